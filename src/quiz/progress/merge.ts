import type { StoredCard } from '../schedule';
import { mergeAggregates } from './aggregates';
import type { Attempt, ExamResult, LabRecord, PendingHistory, ProgressData } from './schema';

/** Identity of an attempt: the same answer recorded twice (e.g. by a merge) is one attempt. */
export function attemptKey(a: Pick<Attempt, 'questionId' | 'at' | 'mode' | 'selected'>): string {
  return `${a.questionId}\u0000${a.at}\u0000${a.mode}\u0000${a.selected.join(',')}`;
}

/** Identity of an exam result among pending history keys (attempt keys never start with it). */
export function examKey(e: Pick<ExamResult, 'id'>): string {
  return `exam\u0000${e.id}`;
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
  for (const [id, card] of Object.entries(b)) {
    const other = out[id];
    // The usual save: most cards are the very same objects on both sides.
    if (other !== card) out[id] = other ? laterCard(other, card) : card;
  }
  return out;
}

const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : Date.parse(b) < Date.parse(a) ? b : a;

/** One lab's two records as one: the earliest start and completion, the most hints, any solution seen. */
export function mergeLabRecord(a: LabRecord, b: LabRecord): LabRecord {
  const out: LabRecord = { hintsUsed: Math.max(a.hintsUsed, b.hintsUsed) };
  const startedAt = earlier(a.startedAt, b.startedAt);
  const completedAt = earlier(a.completedAt, b.completedAt);
  if (startedAt !== undefined) out.startedAt = startedAt;
  if (completedAt !== undefined) out.completedAt = completedAt;
  if (a.solutionViewed || b.solutionViewed) out.solutionViewed = true;
  return out;
}

/**
 * Lab records of both (see {@link mergeLabRecord}). Records only grow, so a tab writing back an older
 * copy, or an older export imported, never undoes a finished lab. Entries that are the very same
 * object on both sides (the usual save) are kept as they are.
 */
export function mergeLabs(a: Readonly<Record<string, LabRecord>>, b: Readonly<Record<string, LabRecord>>): Record<string, LabRecord> {
  const out: Record<string, LabRecord> = { ...a };
  for (const [id, record] of Object.entries(b)) {
    const other = out[id];
    if (other !== record) out[id] = other ? mergeLabRecord(other, record) : record;
  }
  return out;
}

/**
 * Pending history without the entries the history database has confirmed (`committed` holds their
 * {@link attemptKey} and {@link examKey}). Returns the same object when nothing is dropped.
 */
export function withoutCommitted(pending: PendingHistory, committed: ReadonlySet<string> | undefined): PendingHistory {
  if (!committed || committed.size === 0) return pending;
  const attempts = pending.attempts.filter((a) => !committed.has(attemptKey(a)));
  const exams = pending.exams.filter((e) => !committed.has(examKey(e)));
  if (attempts.length === pending.attempts.length && exams.length === pending.exams.length) return pending;
  return { attempts, exams };
}

/**
 * Merges what another tab stored (`stored`) with what this tab wants to write (`mine`) so that
 * neither loses answers: pending attempts and exams are unioned (then those the database confirmed
 * are dropped), cards keep the later review, totals keep the larger count (see mergeAggregates), lab
 * records only grow (see mergeLabs).
 * Flags and settings are taken from `mine`, which was computed from `stored` by the caller's update,
 * so an unflag in this tab is respected.
 */
export function mergeForSave(stored: ProgressData, mine: ProgressData, committed?: ReadonlySet<string>): ProgressData {
  // The usual save: `mine` is an update of `stored` itself, so its totals already include stored's.
  const totals =
    mine.stats === stored.stats && mine.days === stored.days
      ? { stats: mine.stats, days: mine.days }
      : derivedFrom(stored, mine)
        ? { stats: mine.stats, days: mine.days }
        : mergeAggregates(stored, mine);
  const merged: ProgressData = {
    version: mine.version,
    cards: mergeCards(stored.cards, mine.cards),
    flags: { ...mine.flags },
    settings: { ...mine.settings },
    stats: totals.stats,
    days: totals.days,
    pending: withoutCommitted(
      {
        attempts: unionAttempts(stored.pending.attempts, mine.pending.attempts),
        exams: unionExams(stored.pending.exams, mine.pending.exams),
      },
      committed,
    ),
    labs: mergeLabs(stored.labs, mine.labs),
  };
  const studyDay = laterStudyDay(stored.studyDay, mine.studyDay);
  if (studyDay) merged.studyDay = studyDay;
  return merged;
}

/**
 * True when `mine`'s totals were computed from `stored`'s (an update that added to them): every
 * entry of stored is either the same object in mine or replaced by one with at least as many answers.
 */
function derivedFrom(stored: ProgressData, mine: ProgressData): boolean {
  for (const [id, s] of Object.entries(stored.stats)) {
    const m = mine.stats[id];
    if (m !== s && (!m || m.answered < s.answered)) return false;
  }
  for (const [day, t] of Object.entries(stored.days)) {
    const m = mine.days[day];
    if (m !== t && (!m || m.answered < t.answered)) return false;
  }
  return true;
}

function laterStudyDay(a: ProgressData['studyDay'], b: ProgressData['studyDay']): ProgressData['studyDay'] {
  if (!a || !b) return b ?? a;
  if (a.day !== b.day) return a.day > b.day ? a : b;
  return { day: a.day, introduced: Math.max(a.introduced, b.introduced), reviewed: Math.max(a.reviewed, b.reviewed) };
}
