import { scaledEstimate, examRule, DEFAULT_EXAM } from '../exam';
import type { StoredCard } from '../schedule';
import { aggregate } from './aggregates';
import { PROGRESS_VERSION, type Attempt, type ExamResult, type ProgressData } from './schema';
import type { ProgressV1 } from './v1';
import type { ProgressV2 } from './v2';
import type { ProgressV3 } from './v3';
import { readAttempt } from './validate';

/**
 * Pure migrations from each past schema version to the next. Each takes a document of version N
 * (already parsed JSON, possibly hand-edited, so it reads defensively) and returns version N+1.
 * They never mutate their input.
 */
export const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {
  1: (doc) => migrateV1toV2(doc as unknown as ProgressV1) as unknown as Record<string, unknown>,
  2: (doc) => migrateV2toV3(doc as unknown as ProgressV2),
  3: (doc) => migrateV3toV4(doc as unknown as ProgressV3) as unknown as Record<string, unknown>,
};

const iso = (ms: unknown): string | undefined =>
  typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : undefined;

/** Version 1 → 2: answers map → attempt log, epoch ms → ISO, camelCase FSRS → ts-fsrs names, flagged list → map. */
export function migrateV1toV2(v1: ProgressV1): ProgressV2 {
  const attempts: Attempt[] = [];
  for (const [questionId, list] of Object.entries(v1.answers ?? {})) {
    if (!Array.isArray(list)) continue;
    for (const a of list) {
      const at = iso(a?.at);
      // Malformed entries are passed through as-is so the v2 validator counts and reports them.
      if (!at) {
        attempts.push(a as unknown as Attempt);
        continue;
      }
      attempts.push({
        questionId,
        at,
        selected: Array.isArray(a.selected) ? [...a.selected] : a.selected,
        correct: a.correct,
        mode: a.mode ?? 'practice',
      });
    }
  }
  attempts.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const cards: Record<string, StoredCard> = {};
  for (const [id, c] of Object.entries(v1.srs ?? {})) {
    const card = {
      due: iso(c?.due),
      stability: c?.stability,
      difficulty: c?.difficulty,
      elapsed_days: c?.elapsedDays,
      scheduled_days: c?.scheduledDays,
      // v1 had no learning-step index; 0 restarts the step sequence, which FSRS handles.
      learning_steps: 0,
      reps: c?.reps,
      lapses: c?.lapses,
      state: c?.state,
    } as StoredCard;
    const last = iso(c?.lastReview);
    if (last) card.last_review = last;
    cards[id] = card;
  }
  const flags: Record<string, true> = {};
  for (const id of Array.isArray(v1.flagged) ? v1.flagged : []) if (typeof id === 'string') flags[id] = true;
  const exams: ExamResult[] = [];
  for (const [k, e] of (Array.isArray(v1.examHistory) ? v1.examHistory : []).entries()) {
    const finishedAt = iso(e?.at);
    const total = typeof e?.total === 'number' ? e.total : 0;
    const correct = typeof e?.correct === 'number' ? e.correct : 0;
    const passMark = (e?.exam ? examRule(e.exam)?.passMark : undefined) ?? DEFAULT_EXAM.passMark;
    const scaled = scaledEstimate(correct, total);
    const exam = {
      id: `v1-${e?.at ?? k}-${k}`,
      finishedAt,
      // v1 kept no per-question detail; the score survives, the review of answers does not.
      questionIds: [],
      answers: {},
      correct,
      total,
      percent: total > 0 ? Math.round((100 * correct) / total) : 0,
      scaledEstimate: scaled,
      passMark,
      passed: total > 0 && scaled >= passMark,
      byTopic: {},
    } as unknown as ExamResult;
    if (e?.exam) exam.exam = e.exam;
    if (typeof e?.minutes === 'number') exam.minutes = e.minutes;
    exams.push(exam);
  }
  const settings: ProgressV2['settings'] = {};
  if (typeof v1.settings?.askConfidence === 'boolean') settings.askConfidence = v1.settings.askConfidence;
  if (typeof v1.settings?.exam === 'string') settings.exam = v1.settings.exam;
  return { version: 2, attempts, cards, flags, exams, settings };
}

/**
 * Version 2 → 3: the attempt log and the exam list leave the localStorage document. They become
 * `pending` history, which the storage layer moves into IndexedDB (and drops from the document once
 * the database has committed it); the document keeps running totals per question and per day,
 * computed here from the same attempts. Cards, flags and settings are unchanged.
 */
export function migrateV2toV3(v2: ProgressV2): ProgressV3 {
  // Only readable attempts count in the totals. Everything passes through as it was (damaged entries,
  // even a list that is not a list), so validation counts the damage and the loader keeps a copy aside.
  const readable = Array.isArray(v2.attempts) ? v2.attempts.filter((a) => readAttempt(a) !== undefined) : [];
  const { stats, days } = aggregate(readable);
  return {
    version: 3,
    cards: v2.cards,
    flags: v2.flags,
    settings: v2.settings,
    stats,
    days,
    pending: { attempts: v2.attempts, exams: v2.exams },
  };
}

/**
 * Version 3 → 4: hands-on lab records join the document, empty (labs done before version 4 were
 * kept in memory only). Everything else passes through unchanged, damaged entries included, so
 * validation still counts them.
 */
export function migrateV3toV4(v3: ProgressV3): ProgressData {
  return { ...v3, version: 4, labs: {} };
}

/** Outcome of bringing a stored document up to the current version. */
export type MigrationOutcome =
  | { kind: 'current'; doc: Record<string, unknown>; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

/**
 * Applies migrations in order until the document is at {@link PROGRESS_VERSION}. A document from a
 * newer version is reported, never downgraded, so the newer app's data stays intact.
 */
export function migrateToCurrent(value: unknown): MigrationOutcome {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'invalid', reason: 'it is not a JSON object' };
  let doc = value as Record<string, unknown>;
  const from = doc.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { kind: 'invalid', reason: 'it has no valid "version" number' };
  if (from > PROGRESS_VERSION) return { kind: 'newer', version: from };
  let version = from;
  while (version < PROGRESS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { kind: 'invalid', reason: `no migration exists from version ${version}` };
    try {
      doc = step(doc);
    } catch (error) {
      return {
        kind: 'invalid',
        reason: `migration from version ${version} failed (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    version++;
  }
  return { kind: 'current', doc, from };
}
