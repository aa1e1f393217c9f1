import { PROGRESS_KEY } from '@/quiz/progress/schema';

/**
 * How many review cards are due before the end of the learner's day, read straight from the
 * stored progress JSON. Deliberately tiny (no parser, no FSRS, no banks) so the home page can show
 * it without loading the quiz engine. Returns null when there is nothing readable to count.
 */
export function countDueToday(storage: Pick<Storage, 'getItem'>, now: Date = new Date()): { due: number; cards: number } | null {
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    if (!raw) return null;
    const doc = JSON.parse(raw) as { cards?: Record<string, { due?: unknown }> };
    if (!doc || typeof doc !== 'object' || !doc.cards || typeof doc.cards !== 'object') return null;
    const end = new Date(now);
    end.setHours(23, 59, 59, 999);
    const cards = Object.values(doc.cards);
    const due = cards.filter((c) => {
      const t = typeof c?.due === 'string' ? Date.parse(c.due) : NaN;
      return Number.isFinite(t) && t <= end.getTime();
    }).length;
    return { due, cards: cards.length };
  } catch {
    return null;
  }
}
