import { DEFAULT_DAILY_LIMITS, PROGRESS_KEY } from '@/quiz';

/**
 * Where the quiz pages note the review cards whose question is in no current bank (the learner
 * removed the imported bank, or a question left the built-in banks). Their progress is kept (the
 * bank may come back), but the home page must not count them: the review page cannot ask them.
 */
export const UNAVAILABLE_CARDS_KEY = 'kmslab.quiz.unavailable-cards';

/**
 * How many review cards are due before the end of the learner's day, read straight from the
 * stored progress JSON. Deliberately tiny (no parser, no FSRS, no banks) so the home page can show
 * it without loading the quiz engine; cards the quiz pages noted as unavailable are left out. As on
 * the review page, cards due from an earlier day count up to the daily review limit left today;
 * cards in a same-day learning step (state 1 or 3) always count.
 * Returns null when there is nothing readable to count.
 */
export function countDueToday(storage: Pick<Storage, 'getItem'>, now: Date = new Date()): { due: number; cards: number } | null {
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    if (!raw) return null;
    const doc = JSON.parse(raw) as {
      cards?: Record<string, { due?: unknown; state?: unknown }>;
      settings?: { reviewsPerDay?: unknown };
      studyDay?: { day?: unknown; reviewed?: unknown };
    };
    if (!doc || typeof doc !== 'object' || !doc.cards || typeof doc.cards !== 'object') return null;
    const end = new Date(now);
    end.setHours(23, 59, 59, 999);
    const unavailable = readUnavailable(storage);
    const cards = Object.entries(doc.cards)
      .filter(([id]) => !unavailable.has(id))
      .map(([, card]) => card);
    const dueCards = cards.filter((c) => {
      const t = typeof c?.due === 'string' ? Date.parse(c.due) : NaN;
      return Number.isFinite(t) && t <= end.getTime();
    });
    const learning = dueCards.filter((c) => c?.state === 1 || c?.state === 3).length;
    const reviewed = doc.studyDay?.day === today(now) && typeof doc.studyDay.reviewed === 'number' ? doc.studyDay.reviewed : 0;
    const limit = doc.settings?.reviewsPerDay;
    const perDay = typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_DAILY_LIMITS.reviewsPerDay;
    const reviewsLeft = Math.max(0, perDay - reviewed);
    return { due: learning + Math.min(dueCards.length - learning, reviewsLeft), cards: cards.length };
  } catch {
    return null;
  }
}

/** The local calendar day, YYYY-MM-DD, as the quiz core's localDay writes it (not imported: see above). */
function today(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function readUnavailable(storage: Pick<Storage, 'getItem'>): Set<string> {
  try {
    const list: unknown = JSON.parse(storage.getItem(UNAVAILABLE_CARDS_KEY) ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    // A damaged note only makes the count include too much, as before the note existed.
    return new Set();
  }
}

/**
 * Notes which of the learner's review cards have no question in the current banks, for
 * {@link countDueToday}. Writes only when the list changed; a full or blocked storage is ignored
 * (the note is a convenience, the progress itself is stored elsewhere).
 */
export function noteUnavailableCards(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  cardIds: Iterable<string>,
  questionIds: ReadonlySet<string>,
): void {
  const missing = [...cardIds].filter((id) => !questionIds.has(id)).sort();
  try {
    const next = missing.length ? JSON.stringify(missing) : null;
    if (storage.getItem(UNAVAILABLE_CARDS_KEY) === next) return;
    if (next === null) storage.removeItem(UNAVAILABLE_CARDS_KEY);
    else storage.setItem(UNAVAILABLE_CARDS_KEY, next);
  } catch {
    /* quota or privacy mode: the home count then includes these cards */
  }
}
