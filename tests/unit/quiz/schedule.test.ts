import { describe, expect, it } from 'vitest';
import { dueIds, isDue, isStoredCard, newCard, ratingFor, retrievability, review } from '@/quiz/schedule';

const T0 = new Date('2026-01-01T09:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

describe('FSRS scheduling (injected clock)', () => {
  it('a new card is due now and survives a JSON round trip', () => {
    const card = newCard(T0);
    expect(card.due).toBe(T0.toISOString());
    expect(card.reps).toBe(0);
    expect(isDue(card, T0)).toBe(true);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(isStoredCard(card)).toBe(true);
  });

  it('a wrong answer brings the card back within minutes; a right one pushes it out', () => {
    const again = review(newCard(T0), 'again', T0);
    const good = review(newCard(T0), 'good', T0);
    const easy = review(newCard(T0), 'easy', T0);
    const gap = (c: { due: string }) => Date.parse(c.due) - T0.getTime();
    expect(gap(again)).toBeLessThanOrEqual(10 * 60_000);
    expect(gap(good)).toBeGreaterThan(gap(again));
    expect(gap(easy)).toBeGreaterThanOrEqual(86_400_000);
    expect(isDue(again, minutes(1))).toBe(true);
    expect(isDue(easy, minutes(60))).toBe(false);
    expect(again.last_review).toBe(T0.toISOString());
  });

  it('repeated right answers grow the interval; a lapse shrinks it and counts', () => {
    let card = review(newCard(T0), 'good', T0);
    let now = new Date(card.due);
    card = review(card, 'good', now); // leaves learning steps
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      now = new Date(card.due);
      card = review(card, 'good', now);
      intervals.push(card.scheduled_days);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(card.state).toBe(2);
    const lapsed = review(card, 'again', new Date(card.due));
    expect(lapsed.lapses).toBe(1);
    expect(Date.parse(lapsed.due) - Date.parse(card.due)).toBeLessThan(86_400_000);
  });

  it('is deterministic: same history, same due date', () => {
    const a = review(review(newCard(T0), 'good', T0), 'good', days(1));
    const b = review(review(newCard(T0), 'good', T0), 'good', days(1));
    expect(a).toEqual(b);
  });

  it('retrievability falls as time passes', () => {
    const card = review(review(newCard(T0), 'good', T0), 'good', days(1));
    expect(retrievability(card, days(2))).toBeGreaterThan(retrievability(card, days(60)));
  });

  it('maps outcomes and confidence to ratings', () => {
    expect(ratingFor(false)).toBe('again');
    expect(ratingFor(false, 'high')).toBe('again');
    expect(ratingFor(true)).toBe('good');
    expect(ratingFor(true, 'low')).toBe('hard');
    expect(ratingFor(true, 'high')).toBe('easy');
  });

  it('lists due cards, most overdue first', () => {
    const cards = {
      late: { ...newCard(T0), due: days(-3).toISOString() },
      soon: { ...newCard(T0), due: days(-1).toISOString() },
      future: { ...newCard(T0), due: days(5).toISOString() },
    };
    expect(dueIds(cards, T0)).toEqual(['late', 'soon']);
  });

  it('rejects malformed cards', () => {
    expect(isStoredCard({ ...newCard(T0), due: 'tomorrow' })).toBe(false);
    expect(isStoredCard({ ...newCard(T0), reps: '1' })).toBe(false);
    expect(isStoredCard(null)).toBe(false);
  });
});
