import { localDay } from './progress/aggregates';
import { DEFAULT_DAILY_LIMITS, type StudyDay } from './progress/schema';
import { CARD_STATE, isLearning, type StoredCard } from './schedule';

/**
 * A study day of spaced review, as Anki plans one: learning cards (answered minutes ago, in a
 * same-day step) come back when due without limit; cards due from an earlier day are capped by a
 * daily review limit; questions never answered join up to a daily new limit. The limits keep the
 * next day's queue to a size a learner can finish, however much they studied today.
 */

/** Anki's defaults: 20 new cards and 200 reviews a day. */
export const DEFAULT_LIMITS: Readonly<DailyLimits> = DEFAULT_DAILY_LIMITS;

/** Largest limit accepted from settings. */
export const MAX_LIMIT = 9999;

/**
 * Anki's learn-ahead limit: when nothing else is left, a learning card due within this time is
 * shown early rather than making the learner wait.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** How many new questions and reviews a day may bring. */
export interface DailyLimits {
  newPerDay: number;
  reviewsPerDay: number;
}

const readLimit = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? Math.min(value, MAX_LIMIT) : fallback;

/** The limits in the learner's settings, or the defaults for anything missing or invalid. */
export function limitsFrom(settings: { newPerDay?: unknown; reviewsPerDay?: unknown } | undefined): DailyLimits {
  return {
    newPerDay: readLimit(settings?.newPerDay, DEFAULT_LIMITS.newPerDay),
    reviewsPerDay: readLimit(settings?.reviewsPerDay, DEFAULT_LIMITS.reviewsPerDay),
  };
}

/** What today has used so far (a counter from another day counts as nothing). */
export function usedToday(studyDay: StudyDay | undefined, now: Date): StudyDay {
  const day = localDay(now);
  return studyDay?.day === day ? studyDay : { day, introduced: 0, reviewed: 0 };
}

/** The start of the learner's local day. */
function startOfDay(now: Date): number {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  return start.getTime();
}

/** The end of the learner's local day: "due today" means due before midnight, as on the home page. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/**
 * True when a card counts against the daily review limit: it is in the review state, or a learning
 * step left over from an earlier day (Anki's "interday learning"). Steps from today are not limited.
 */
function isInterday(card: StoredCard, now: Date): boolean {
  if (card.state === CARD_STATE.review) return true;
  if (!isLearning(card)) return false;
  const last = card.last_review ? Date.parse(card.last_review) : NaN;
  return !(last >= startOfDay(now));
}

/**
 * The day's counters after one answer, given the question's card before the answer: a question
 * without a card (or a new one) is introduced; a card due from an earlier day is a review.
 */
export function countAnswer(studyDay: StudyDay | undefined, before: StoredCard | undefined, now: Date): StudyDay {
  const today = usedToday(studyDay, now);
  if (!before || before.state === CARD_STATE.new) return { ...today, introduced: today.introduced + 1 };
  if (isInterday(before, now)) return { ...today, reviewed: today.reviewed + 1 };
  return today;
}

/** Today's review queue. */
export interface DailyQueue {
  /** Learning and relearning cards from today due by `now` plus the learn-ahead limit, soonest first. */
  learning: string[];
  /** Cards due by the end of today from an earlier day, most overdue first, up to the reviews left. */
  reviews: string[];
  /** Questions never answered, in the order given, up to the new questions left. */
  fresh: string[];
  /** Due reviews left out by the limit. */
  reviewsOverLimit: number;
  /** Unanswered questions left out by the limit. */
  freshOverLimit: number;
  /** Today's learning cards due later than that (they join the session when due), soonest first. */
  later: { id: string; due: string }[];
}

/**
 * Builds today's queue. `available` lists the ids of every question that can be asked (the current
 * banks), in the order new questions should be introduced; cards of questions no bank has are left out.
 */
export function dailyQueue(input: {
  cards: Readonly<Record<string, StoredCard>>;
  available: readonly string[];
  studyDay?: StudyDay;
  limits: DailyLimits;
  now: Date;
}): DailyQueue {
  const { cards, now, limits } = input;
  const used = usedToday(input.studyDay, now);
  const end = endOfDay(now).getTime();
  const soon = now.getTime() + LEARN_AHEAD_MS;
  const learning: { id: string; due: number }[] = [];
  const later: { id: string; due: number }[] = [];
  const due: { id: string; due: number }[] = [];
  const fresh: string[] = [];
  let freshTotal = 0;
  for (const id of new Set(input.available)) {
    const card = cards[id];
    if (!card || card.state === CARD_STATE.new) {
      freshTotal++;
      if (fresh.length < Math.max(0, limits.newPerDay - used.introduced)) fresh.push(id);
      continue;
    }
    const at = Date.parse(card.due);
    const when = Number.isFinite(at) ? at : 0;
    if (when > end) continue;
    if (isInterday(card, now)) due.push({ id, due: when });
    else if (when <= soon) learning.push({ id, due: when });
    else later.push({ id, due: when });
  }
  const bySoonest = (a: { due: number; id: string }, b: { due: number; id: string }) => a.due - b.due || (a.id < b.id ? -1 : 1);
  due.sort(bySoonest);
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - used.reviewed);
  return {
    learning: learning.sort(bySoonest).map((x) => x.id),
    reviews: due.slice(0, reviewsLeft).map((x) => x.id),
    fresh,
    reviewsOverLimit: Math.max(0, due.length - reviewsLeft),
    freshOverLimit: freshTotal - fresh.length,
    later: later.sort(bySoonest).map((x) => ({ id: x.id, due: new Date(x.due).toISOString() })),
  };
}
