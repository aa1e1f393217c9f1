import type { TopicScore } from '../exam';
import type { Confidence, StoredCard } from '../schedule';

/**
 * The persisted progress schema. Bump {@link PROGRESS_VERSION} for any change a v-current reader
 * could misread, and add a pure migration in `migrations.ts` with a fixture of the old shape.
 */
export const PROGRESS_VERSION = 2;

/** localStorage key of the progress document. Every progress key starts with it. */
export const PROGRESS_KEY = 'kmslab.progress';

/** Prefix of copies of unreadable progress, kept aside so they can still be exported. */
export const CORRUPT_KEY_PREFIX = 'kmslab.progress.corrupt.';

/** Prefix of the copy of an older schema version kept before it is first overwritten by a migrated save. */
export const BACKUP_KEY_PREFIX = 'kmslab.progress.backup.v';

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
  [key: string]: JsonValue | undefined;
}

/** Everything KMS Lab remembers about a learner, keyed by question id. */
export interface ProgressData {
  version: typeof PROGRESS_VERSION;
  attempts: Attempt[];
  cards: Record<string, StoredCard>;
  flags: Record<string, true>;
  exams: ExamResult[];
  settings: ProgressSettings;
}

/** Empty progress at the current version. */
export function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, attempts: [], cards: {}, flags: {}, exams: [], settings: {} };
}
