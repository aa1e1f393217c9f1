import type { Attempt, DayTally, QuestionStats } from './schema';

/**
 * Running totals of the answer history: per question and per calendar day. They are folds
 * (counts and "the latest answer"), so adding attempts in any order gives the same totals, and the
 * history can always rebuild them.
 */

/** The learner's local calendar day of a timestamp, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Totals per question and per day. */
export interface Aggregates {
  stats: Record<string, QuestionStats>;
  days: Record<string, DayTally>;
}

/**
 * Adds attempts to the totals. Returns new objects for what changed and shares the rest, so a save
 * that adds one answer copies two small entries, not the whole map.
 */
export function foldAttempts(into: Aggregates, attempts: readonly Pick<Attempt, 'questionId' | 'at' | 'correct'>[]): Aggregates {
  if (attempts.length === 0) return into;
  const stats = { ...into.stats };
  const days = { ...into.days };
  for (const a of attempts) {
    const prev = stats[a.questionId];
    const later = !prev || a.at >= prev.lastAt;
    stats[a.questionId] = {
      answered: (prev?.answered ?? 0) + 1,
      correct: (prev?.correct ?? 0) + (a.correct ? 1 : 0),
      lastAt: later ? a.at : prev.lastAt,
      lastCorrect: later ? a.correct : prev.lastCorrect,
    };
    const day = localDay(new Date(a.at));
    const tally = days[day];
    days[day] = { answered: (tally?.answered ?? 0) + 1, correct: (tally?.correct ?? 0) + (a.correct ? 1 : 0) };
  }
  return { stats, days };
}

/** Totals of a whole history. */
export function aggregate(attempts: readonly Pick<Attempt, 'questionId' | 'at' | 'correct'>[]): Aggregates {
  return foldAttempts({ stats: {}, days: {} }, attempts);
}

/**
 * Merges the totals of two copies of the same document (another tab wrote in between and this one
 * wrote back a copy it had changed without re-reading). Each entry keeps the copy with more answers,
 * which is exact when only one copy changed that question or day; when both did, the smaller count
 * is lost from the totals (never from the history, which keeps every answer).
 */
export function mergeAggregates(a: Aggregates, b: Aggregates): Aggregates {
  const stats = { ...a.stats };
  for (const [id, s] of Object.entries(b.stats)) {
    const other = stats[id];
    if (!other || s.answered > other.answered || (s.answered === other.answered && s.lastAt > other.lastAt)) stats[id] = s;
  }
  const days = { ...a.days };
  for (const [day, t] of Object.entries(b.days)) {
    const other = days[day];
    if (!other || t.answered > other.answered) days[day] = t;
  }
  return { stats, days };
}
