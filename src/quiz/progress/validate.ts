import { isStoredCard, type StoredCard } from '../schedule';
import {
  ATTEMPT_MODES,
  PROGRESS_VERSION,
  type Attempt,
  type ExamResult,
  type JsonValue,
  type ProgressData,
  type ProgressSettings,
} from './schema';

/** Progress with malformed entries left out, and how many were left out. */
export interface SanitisedProgress {
  data: ProgressData;
  /** Entries that could not be read and were left out. */
  dropped: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isIso = (v: unknown): v is string => typeof v === 'string' && Number.isFinite(Date.parse(v));
// -1 is a matching item's "no response" for one prompt (see Answer in src/quiz/model.ts).
const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= -1 && n < 64);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function readAttempt(v: unknown): Attempt | undefined {
  if (!isRecord(v)) return undefined;
  if (typeof v.questionId !== 'string' || !v.questionId || !isIso(v.at) || !isIndexList(v.selected) || typeof v.correct !== 'boolean')
    return undefined;
  if (!ATTEMPT_MODES.includes(v.mode as Attempt['mode'])) return undefined;
  const a: Attempt = { questionId: v.questionId, at: v.at, selected: [...v.selected], correct: v.correct, mode: v.mode as Attempt['mode'] };
  if (v.confidence === 'low' || v.confidence === 'normal' || v.confidence === 'high') a.confidence = v.confidence;
  return a;
}

function readExam(v: unknown): ExamResult | undefined {
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
  return exam;
}

function isJson(v: unknown, depth = 0): v is JsonValue {
  if (depth > 8) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJson(x, depth + 1));
  if (isRecord(v)) return Object.values(v).every((x) => isJson(x, depth + 1));
  return false;
}

/**
 * Reads a current-version progress document defensively: every well-formed entry is kept,
 * malformed ones are counted and left out (the caller decides whether to keep the original aside).
 * Returns undefined when the value is not a progress document at all.
 */
export function sanitiseProgress(value: unknown): SanitisedProgress | undefined {
  if (!isRecord(value) || value.version !== PROGRESS_VERSION) return undefined;
  let dropped = 0;
  const attempts: Attempt[] = [];
  if (Array.isArray(value.attempts)) {
    for (const a of value.attempts) {
      const ok = readAttempt(a);
      if (ok) attempts.push(ok);
      else dropped++;
    }
  } else if (value.attempts !== undefined) dropped++;
  const cards: Record<string, StoredCard> = {};
  if (isRecord(value.cards)) {
    for (const [id, c] of Object.entries(value.cards)) {
      if (isStoredCard(c)) cards[id] = { ...c };
      else dropped++;
    }
  } else if (value.cards !== undefined) dropped++;
  const flags: Record<string, true> = {};
  if (isRecord(value.flags)) {
    for (const [id, f] of Object.entries(value.flags)) {
      if (f === true) flags[id] = true;
      else if (f !== false) dropped++;
    }
  } else if (value.flags !== undefined) dropped++;
  const exams: ExamResult[] = [];
  if (Array.isArray(value.exams)) {
    for (const e of value.exams) {
      const ok = readExam(e);
      if (ok) exams.push(ok);
      else dropped++;
    }
  } else if (value.exams !== undefined) dropped++;
  const settings: ProgressSettings = {};
  if (isRecord(value.settings)) {
    for (const [k, v] of Object.entries(value.settings)) {
      if (isJson(v)) settings[k] = v;
      else dropped++;
    }
  } else if (value.settings !== undefined) dropped++;
  return { data: { version: PROGRESS_VERSION, attempts, cards, flags, exams, settings }, dropped };
}

/**
 * Checks what an update changed, not the whole document: entries that are the very same objects
 * as in `base` were validated when `base` was read. Returns the number of malformed new or changed
 * entries, or undefined when `mine` is not a progress document at all. This keeps saves fast for
 * learners with tens of thousands of attempts.
 */
export function countInvalidChanges(base: ProgressData, mine: unknown): number | undefined {
  if (!isRecord(mine) || mine.version !== PROGRESS_VERSION) return undefined;
  if (
    !Array.isArray(mine.attempts) ||
    !isRecord(mine.cards) ||
    !isRecord(mine.flags) ||
    !Array.isArray(mine.exams) ||
    !isRecord(mine.settings)
  )
    return undefined;
  let bad = 0;
  const known = new Set<unknown>(base.attempts);
  for (const a of mine.attempts) if (!known.has(a) && !readAttempt(a)) bad++;
  for (const [id, c] of Object.entries(mine.cards)) if (base.cards[id] !== c && !isStoredCard(c)) bad++;
  for (const f of Object.values(mine.flags)) if (f !== true) bad++;
  const knownExams = new Set<unknown>(base.exams);
  for (const e of mine.exams) if (!knownExams.has(e) && !readExam(e)) bad++;
  for (const v of Object.values(mine.settings)) if (!isJson(v)) bad++;
  return bad;
}
