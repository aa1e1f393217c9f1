import type { StoredCard } from '../schedule';
import type { Attempt, ExamResult, ProgressData } from './schema';

/** Identity of an attempt: the same answer recorded twice (e.g. by a merge) is one attempt. */
export function attemptKey(a: Attempt): string {
  return `${a.questionId}\u0000${a.at}\u0000${a.mode}\u0000${a.selected.join(',')}`;
}

/** The card that reflects the later review (then more reviews, then the later due date). */
export function laterCard(a: StoredCard, b: StoredCard): StoredCard {
  const la = a.last_review ? Date.parse(a.last_review) : -Infinity;
  const lb = b.last_review ? Date.parse(b.last_review) : -Infinity;
  if (la !== lb) return lb > la ? b : a;
  if (a.reps !== b.reps) return b.reps > a.reps ? b : a;
  return Date.parse(b.due) > Date.parse(a.due) ? b : a;
}

const byTime = (x: { at: string }, y: { at: string }) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0);

function sortedByTime<T extends { at: string }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.at > list[i]!.at) return list.sort(byTime);
  return list;
}

/** Attempts of both, each once, oldest first. */
export function unionAttempts(a: readonly Attempt[], b: readonly Attempt[]): Attempt[] {
  // Fast path for the usual save: `b` is `a` (the same objects) plus new answers at the end.
  if (b.length >= a.length && a.every((x, i) => b[i] === x)) {
    if (b.length === a.length) return sortedByTime(a.slice());
    // Only attempts on the same questions as the new ones can be duplicates of them.
    const newIds = new Set<string>();
    for (let i = a.length; i < b.length; i++) newIds.add(b[i]!.questionId);
    const seenNew = new Set<string>();
    for (const x of a) if (newIds.has(x.questionId)) seenNew.add(attemptKey(x));
    const out = a.slice();
    for (let i = a.length; i < b.length; i++) {
      const k = attemptKey(b[i]!);
      if (!seenNew.has(k)) {
        seenNew.add(k);
        out.push(b[i]!);
      }
    }
    return sortedByTime(out);
  }
  const seen = new Set<string>();
  const out: Attempt[] = [];
  for (const x of [...a, ...b]) {
    const k = attemptKey(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return sortedByTime(out);
}

/** Exams of both, each id once (the first seen wins), oldest first. */
export function unionExams(a: readonly ExamResult[], b: readonly ExamResult[]): ExamResult[] {
  const byId = new Map<string, ExamResult>();
  for (const e of [...a, ...b]) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((x, y) => (x.finishedAt < y.finishedAt ? -1 : x.finishedAt > y.finishedAt ? 1 : 0));
}

/** Cards of both; where both have a card for a question, the later review wins. */
export function mergeCards(a: Readonly<Record<string, StoredCard>>, b: Readonly<Record<string, StoredCard>>): Record<string, StoredCard> {
  const out: Record<string, StoredCard> = { ...a };
  for (const [id, card] of Object.entries(b)) out[id] = out[id] ? laterCard(out[id], card) : card;
  return out;
}

/**
 * Merges what another tab stored (`stored`) with what this tab wants to write (`mine`) so that
 * neither loses answers: attempts and exams are unioned, cards keep the later review.
 * Flags and settings are taken from `mine`, which was computed from `stored` by the caller's
 * update, so an unflag in this tab is respected.
 */
export function mergeForSave(stored: ProgressData, mine: ProgressData): ProgressData {
  return {
    version: mine.version,
    attempts: unionAttempts(stored.attempts, mine.attempts),
    cards: mergeCards(stored.cards, mine.cards),
    flags: { ...mine.flags },
    exams: unionExams(stored.exams, mine.exams),
    settings: { ...mine.settings },
  };
}
