import type { TopicScore } from '../exam';
import type { Confidence, StoredCard } from '../schedule';

/**
 * The persisted progress schema. Bump {@link PROGRESS_VERSION} for any change a v-current reader
 * could misread, and add a pure migration in `migrations.ts` with a fixture of the old shape.
 */
export const PROGRESS_VERSION = 4;

/** localStorage key of the progress document. Every progress key starts with it. */
export const PROGRESS_KEY = 'kmslab.progress';

/** Prefix of copies of unreadable progress, kept aside so they can still be exported. */
export const CORRUPT_KEY_PREFIX = 'kmslab.progress.corrupt.';

/** Prefix of the copy of an older schema version kept before it is first overwritten by a migrated save. */
export const BACKUP_KEY_PREFIX = 'kmslab.progress.backup.v';

/**
 * Default daily limits of spaced review, as Anki's: 20 new questions and 200 reviews a day. Here, with
 * the storage key, because the home page's "reviews due" line reads them without the quiz engine.
 */
export const DEFAULT_DAILY_LIMITS = { newPerDay: 20, reviewsPerDay: 200 } as const;

/** Where an answer was given. */
export type AttemptMode = 'practice' | 'exam' | 'review' | 'drill';

/** The modes, for validation. */
export const ATTEMPT_MODES: readonly AttemptMode[] = ['practice', 'exam', 'review', 'drill'];

/** One answer to one question. */
export interface Attempt {
  questionId: string;
  /** ISO timestamp. */
  at: string;
  /** Chosen option indexes. */
  selected: number[];
  correct: boolean;
  mode: AttemptMode;
  /** How sure the learner said they were, when asked. */
  confidence?: Confidence;
}

/** A finished exam simulation. */
export interface ExamResult {
  /** Unique per exam (e.g. the start timestamp plus a random suffix); merges use it. */
  id: string;
  startedAt?: string;
  finishedAt: string;
  /** Exam code followed, e.g. `SAA-C03`. */
  exam?: string;
  /** Why it ended. */
  finishedBy?: 'learner' | 'timeout';
  /** Time allowed, in minutes. */
  minutes?: number;
  questionIds: string[];
  answers: Record<string, number[]>;
  flagged?: string[];
  correct: number;
  total: number;
  percent: number;
  /** Labelled estimate on the 100–1000 scale. */
  scaledEstimate: number;
  passMark: number;
  passed: boolean;
  byTopic: Record<string, TopicScore>;
  /**
   * Per exam-guide domain, keyed `EXAM|Domain name` (the domains each question was tagged with when
   * the exam was taken). Missing in results saved before schema version 3.
   */
  byDomain?: Record<string, TopicScore>;
  /** True when every question came from KMS Lab's own banks: the score covers KMS questions only. */
  kmsOnly?: boolean;
  /** Seed of the display order of options within each question, so a review shows what the learner saw. */
  displaySeed?: string;
}

/** A JSON value, for settings the UI may add without a schema change. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Learner settings. Known keys are typed; the UI may add others (JSON values only). */
export interface ProgressSettings {
  /** Ask "how sure were you?" after each practice answer (maps to FSRS Hard/Easy). */
  askConfidence?: boolean;
  /** Exam code preselected in exam setup. */
  exam?: string;
  examCount?: number;
  examMinutes?: number;
  /** Questions per practice session the learner chose last (0 = all). */
  practiceLength?: number;
  /** Daily limit of new questions in spaced review (default 20, as Anki). */
  newPerDay?: number;
  /** Daily limit of review cards (default 200, as Anki). */
  reviewsPerDay?: number;
  [key: string]: JsonValue | undefined;
}

/** What a learner did with one question, summed over every answer (kept in the hot document). */
export interface QuestionStats {
  /** Answers given. */
  answered: number;
  /** Right answers. */
  correct: number;
  /** ISO time of the latest answer. */
  lastAt: string;
  /** Whether the latest answer was right (the drill list and "mastered" read this). */
  lastCorrect: boolean;
}

/** Answers and right answers on one calendar day of the learner's clock. */
export interface DayTally {
  answered: number;
  correct: number;
}

/** Counts for the daily limits of spaced review: what today has used so far. */
export interface StudyDay {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** New questions (no review card before) first answered today. */
  introduced: number;
  /** Answers to cards that were in the review state (due from an earlier day). */
  reviewed: number;
}

/**
 * Answers and finished exams not yet confirmed by the history database (IndexedDB). They are saved
 * here first, in the same write as the card they moved, so a closed tab or a failed database loses
 * nothing; once the database has committed them they are dropped from here.
 */
export interface PendingHistory {
  attempts: Attempt[];
  exams: ExamResult[];
}

/**
 * What a learner did in one hands-on lab (`/labs/<id>`). Times are ISO timestamps; the time a lab took
 * is `completedAt - startedAt`. Records only ever grow (a merge keeps the earliest times, the most
 * hints and any solution seen), so two tabs or an import never undo a finished lab.
 */
export interface LabRecord {
  /** First opened in a workspace. */
  startedAt?: string;
  /** First time the checker found every condition held. */
  completedAt?: string;
  /** Hints revealed (the most ever revealed). */
  hintsUsed: number;
  /** The model solution was shown. */
  solutionViewed?: boolean;
}

/**
 * The hot progress document in localStorage: small and bounded by the number of questions, not by
 * the number of answers. The long history (every attempt, every finished exam) lives in IndexedDB
 * (`history-db.ts`); `stats` and `days` are running totals of it, so the pages that need numbers
 * (drill list, mastery, streak, accuracy) never read the whole history.
 */
export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  cards: Record<string, StoredCard>;
  flags: Record<string, true>;
  settings: ProgressSettings;
  /** Per question id. */
  stats: Record<string, QuestionStats>;
  /** Per local calendar day, `YYYY-MM-DD`. */
  days: Record<string, DayTally>;
  studyDay?: StudyDay;
  pending: PendingHistory;
  /** Hands-on labs, per lab id (added in schema version 4). */
  labs: Record<string, LabRecord>;
}

/** Empty progress at the current version. */
export function emptyProgress(): ProgressData {
  return {
    version: PROGRESS_VERSION,
    cards: {},
    flags: {},
    settings: {},
    stats: {},
    days: {},
    pending: { attempts: [], exams: [] },
    labs: {},
  };
}
