import { isStoredCard } from '../schedule';
import {
  ATTEMPT_MODES,
  emptyProgress,
  PROGRESS_VERSION,
  type Attempt,
  type DayTally,
  type ExamResult,
  type JsonValue,
  type LabRecord,
  type ProgressData,
  type QuestionStats,
  type StudyDay,
} from './schema';

/** Progress with malformed entries left out, and how many were left out. */
export interface SanitisedProgress {
  data: ProgressData;
  /** Entries that could not be read and were left out. */
  dropped: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
// An answer is a list of small indexes; -1 is "no response chosen" for a prompt of a matching item.
const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= -1 && n < 64);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A well-formed attempt (a clean copy), or undefined. */
export function readAttempt(v: unknown): Attempt | undefined {
  if (!isRecord(v)) return undefined;
  if (typeof v.questionId !== 'string' || !v.questionId || !isIso(v.at) || !isIndexList(v.selected) || typeof v.correct !== 'boolean')
    return undefined;
  if (!ATTEMPT_MODES.includes(v.mode as Attempt['mode'])) return undefined;
  const a: Attempt = { questionId: v.questionId, at: v.at, selected: [...v.selected], correct: v.correct, mode: v.mode as Attempt['mode'] };
  if (v.confidence === 'low' || v.confidence === 'normal' || v.confidence === 'high') a.confidence = v.confidence;
  return a;
}

/** A well-formed exam result (a clean copy), or undefined. */
export function readExam(v: unknown): ExamResult | undefined {
  if (!isRecord(v)) return undefined;
  if (typeof v.id !== 'string' || !v.id || !isIso(v.finishedAt)) return undefined;
  if (!isCount(v.correct) || !isCount(v.total) || !isCount(v.percent) || !isCount(v.scaledEstimate) || !isCount(v.passMark))
    return undefined;
  if (typeof v.passed !== 'boolean' || !Array.isArray(v.questionIds) || !v.questionIds.every((x) => typeof x === 'string'))
    return undefined;
  const answers: Record<string, number[]> = {};
  if (isRecord(v.answers)) for (const [id, sel] of Object.entries(v.answers)) if (isIndexList(sel)) answers[id] = [...sel];
  const byTopic: ExamResult['byTopic'] = {};
  if (isRecord(v.byTopic)) {
    for (const [topic, s] of Object.entries(v.byTopic)) {
      if (isRecord(s) && isCount(s.correct) && isCount(s.total)) byTopic[topic] = { correct: s.correct, total: s.total };
    }
  }
  const exam: ExamResult = {
    id: v.id,
    finishedAt: v.finishedAt,
    questionIds: [...v.questionIds],
    answers,
    correct: v.correct,
    total: v.total,
    percent: v.percent,
    scaledEstimate: v.scaledEstimate,
    passMark: v.passMark,
    passed: v.passed,
    byTopic,
  };
  if (isIso(v.startedAt)) exam.startedAt = v.startedAt;
  if (typeof v.exam === 'string') exam.exam = v.exam;
  if (v.finishedBy === 'learner' || v.finishedBy === 'timeout') exam.finishedBy = v.finishedBy;
  if (isCount(v.minutes)) exam.minutes = v.minutes;
  if (Array.isArray(v.flagged)) exam.flagged = v.flagged.filter((x): x is string => typeof x === 'string');
  if (isRecord(v.byDomain)) {
    exam.byDomain = {};
    for (const [key, s] of Object.entries(v.byDomain)) {
      if (isRecord(s) && isCount(s.correct) && isCount(s.total)) exam.byDomain[key] = { correct: s.correct, total: s.total };
    }
  }
  if (typeof v.kmsOnly === 'boolean') exam.kmsOnly = v.kmsOnly;
  if (typeof v.displaySeed === 'string') exam.displaySeed = v.displaySeed;
  return exam;
}

function readStats(v: unknown): QuestionStats | undefined {
  if (!isRecord(v) || !isCount(v.answered) || !isCount(v.correct) || !isIso(v.lastAt) || typeof v.lastCorrect !== 'boolean')
    return undefined;
  if (v.correct > v.answered) return undefined;
  return { answered: v.answered, correct: v.correct, lastAt: v.lastAt, lastCorrect: v.lastCorrect };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Lab ids are kebab-case words (`src/labs`); anything else in the map is damage. */
const LAB_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A well-formed lab record (a clean copy), or undefined. */
export function readLabRecord(v: unknown): LabRecord | undefined {
  if (!isRecord(v) || !isCount(v.hintsUsed) || !Number.isInteger(v.hintsUsed)) return undefined;
  if (v.startedAt !== undefined && !isIso(v.startedAt)) return undefined;
  if (v.completedAt !== undefined && !isIso(v.completedAt)) return undefined;
  if (v.solutionViewed !== undefined && typeof v.solutionViewed !== 'boolean') return undefined;
  const record: LabRecord = { hintsUsed: v.hintsUsed };
  if (v.startedAt !== undefined) record.startedAt = v.startedAt;
  if (v.completedAt !== undefined) record.completedAt = v.completedAt;
  if (v.solutionViewed === true) record.solutionViewed = true;
  return record;
}

function readTally(v: unknown): DayTally | undefined {
  if (!isRecord(v) || !isCount(v.answered) || !isCount(v.correct) || v.correct > v.answered) return undefined;
  return { answered: v.answered, correct: v.correct };
}

function readStudyDay(v: unknown): StudyDay | undefined {
  if (!isRecord(v) || typeof v.day !== 'string' || !DAY.test(v.day) || !isCount(v.introduced) || !isCount(v.reviewed)) return undefined;
  return { day: v.day, introduced: v.introduced, reviewed: v.reviewed };
}

function isJson(v: unknown, depth = 0): v is JsonValue {
  if (depth > 8) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJson(x, depth + 1));
  if (isRecord(v)) return Object.values(v).every((x) => isJson(x, depth + 1));
  return false;
}

/** Reads a list with `read`, counting what it could not read. */
function readList<T>(value: unknown, read: (v: unknown) => T | undefined, out: T[]): number {
  if (value === undefined) return 0;
  if (!Array.isArray(value)) return 1;
  let dropped = 0;
  for (const v of value) {
    const ok = read(v);
    if (ok) out.push(ok);
    else dropped++;
  }
  return dropped;
}

/** Reads a map with `read`, counting what it could not read. */
function readMap<T>(value: unknown, read: (v: unknown, key: string) => T | undefined, out: Record<string, T>): number {
  if (value === undefined) return 0;
  if (!isRecord(value)) return 1;
  let dropped = 0;
  for (const [k, v] of Object.entries(value)) {
    const ok = read(v, k);
    if (ok !== undefined) out[k] = ok;
    else dropped++;
  }
  return dropped;
}

/**
 * Reads a current-version progress document defensively: every well-formed entry is kept,
 * malformed ones are counted and left out (the caller decides whether to keep the original aside).
 * An export file's top-level `attempts` and `exams` (the whole history) are read as pending history.
 * Returns undefined when the value is not a progress document at all.
 */
export function sanitiseProgress(value: unknown): SanitisedProgress | undefined {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION) return undefined;
  const data: ProgressData = emptyProgress();
  let dropped = 0;
  dropped += readMap(value.cards, (c) => (isStoredCard(c) ? { ...c } : undefined), data.cards);
  // A false flag is an unflag written by hand: not damage, just nothing to keep.
  if (isRecord(value.flags)) {
    for (const [id, f] of Object.entries(value.flags)) {
      if (f === true) data.flags[id] = true;
      else if (f !== false) dropped++;
    }
  } else if (value.flags !== undefined) dropped++;
  dropped += readMap(value.settings, (v) => (isJson(v) ? v : undefined), data.settings as Record<string, JsonValue>);
  dropped += readMap(value.stats, readStats, data.stats);
  dropped += readMap(value.days, (v, k) => (DAY.test(k) ? readTally(v) : undefined), data.days);
  dropped += readMap(value.labs, (v, k) => (LAB_ID.test(k) ? readLabRecord(v) : undefined), data.labs);
  if (value.studyDay !== undefined) {
    const day = readStudyDay(value.studyDay);
    if (day) data.studyDay = day;
    else dropped++;
  }
  const pending = isRecord(value.pending) ? value.pending : value.pending === undefined ? {} : (dropped++, {});
  dropped += readList(pending.attempts, readAttempt, data.pending.attempts);
  dropped += readList(value.attempts, readAttempt, data.pending.attempts);
  dropped += readList(pending.exams, readExam, data.pending.exams);
  dropped += readList(value.exams, readExam, data.pending.exams);
  return { data, dropped };
}

/**
 * Checks what an update changed, not the whole document: entries that are the very same objects
 * as in `base` were validated when `base` was read. Returns the number of malformed new or changed
 * entries, or undefined when `mine` is not a progress document at all. This keeps saves fast.
 */
export function countInvalidChanges(base: ProgressData, mine: unknown): number | undefined {
  if (!isRecord(mine) || mine.version !== PROGRESS_VERSION) return undefined;
  const pending = mine.pending;
  if (
    !isRecord(mine.cards) ||
    !isRecord(mine.flags) ||
    !isRecord(mine.settings) ||
    !isRecord(mine.stats) ||
    !isRecord(mine.days) ||
    !isRecord(mine.labs) ||
    !isRecord(pending) ||
    !Array.isArray(pending.attempts) ||
    !Array.isArray(pending.exams)
  )
    return undefined;
  let bad = 0;
  const known = new Set<unknown>(base.pending.attempts);
  for (const a of pending.attempts) if (!known.has(a) && !readAttempt(a)) bad++;
  const knownExams = new Set<unknown>(base.pending.exams);
  for (const e of pending.exams) if (!knownExams.has(e) && !readExam(e)) bad++;
  for (const [id, c] of Object.entries(mine.cards)) if (base.cards[id] !== c && !isStoredCard(c)) bad++;
  for (const [id, s] of Object.entries(mine.stats)) if (base.stats[id] !== s && !readStats(s)) bad++;
  for (const [day, t] of Object.entries(mine.days)) if (base.days[day] !== t && !(DAY.test(day) && readTally(t))) bad++;
  for (const [id, r] of Object.entries(mine.labs)) if (base.labs[id] !== r && !(LAB_ID.test(id) && readLabRecord(r))) bad++;
  for (const f of Object.values(mine.flags)) if (f !== true) bad++;
  for (const v of Object.values(mine.settings)) if (!isJson(v)) bad++;
  if (mine.studyDay !== undefined && mine.studyDay !== base.studyDay && !readStudyDay(mine.studyDay)) bad++;
  return bad;
}
