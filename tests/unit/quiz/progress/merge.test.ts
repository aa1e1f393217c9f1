import { describe, expect, it } from 'vitest';
import { laterCard, mergeCards, unionAttempts, unionExams, type Attempt } from '@/quiz/progress';
import { newCard, review } from '@/quiz/schedule';

const a = (q: string, min: number, sel = [0]): Attempt => ({
  questionId: q,
  at: new Date(Date.UTC(2026, 0, 1, 0, min)).toISOString(),
  selected: sel,
  correct: true,
  mode: 'practice',
});

describe('merging', () => {
  const base = [a('q1', 1), a('q2', 2), a('q1', 3)];

  it('appends new attempts (same-object prefix fast path), dropping a re-added duplicate and keeping time order', () => {
    const mine = [...base, { ...base[0]! }, a('q3', 0), a('q2', 5)];
    expect(unionAttempts(base, mine)).toEqual([a('q3', 0), a('q1', 1), a('q2', 2), a('q1', 3), a('q2', 5)]);
    expect(unionAttempts(base, [...base])).toEqual(base);
  });

  it('unions two independent lists (another tab’s copy) by attempt identity', () => {
    const other = [a('q1', 1), a('q4', 4), a('q1', 3, [2])];
    expect(unionAttempts(base, other)).toEqual([a('q1', 1), a('q2', 2), a('q1', 3), a('q1', 3, [2]), a('q4', 4)]);
  });

  it('keeps the card with the later review, then more reviews', () => {
    const t = new Date('2026-01-01T00:00:00Z');
    const first = review(newCard(t), 'good', t);
    const later = review(first, 'good', new Date('2026-01-03T00:00:00Z'));
    expect(laterCard(first, later)).toBe(later);
    expect(laterCard(later, first)).toBe(later);
    expect(laterCard(newCard(t), first)).toBe(first);
    expect(mergeCards({ x: later, y: first }, { x: first, z: later })).toEqual({ x: later, y: first, z: later });
  });

  it('keeps each exam once by id, oldest first', () => {
    const e = (id: string, day: number) => ({
      id,
      finishedAt: `2026-01-0${day}T00:00:00.000Z`,
      questionIds: [],
      answers: {},
      correct: 1,
      total: 2,
      percent: 50,
      scaledEstimate: 550,
      passMark: 720,
      passed: false,
      byTopic: {},
    });
    expect(unionExams([e('b', 2)], [e('a', 1), e('b', 2)]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
