import { describe, expect, it } from 'vitest';
import {
  aggregate,
  attemptKey,
  emptyProgress,
  foldAttempts,
  laterCard,
  mergeAggregates,
  mergeCards,
  mergeForSave,
  unionAttempts,
  unionExams,
  type Attempt,
  type ProgressData,
} from '@/quiz/progress';
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

describe('merging the hot document', () => {
  const t = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  const doc = (stats: ProgressData['stats'], attempts: Attempt[] = []): ProgressData => ({
    ...emptyProgress(),
    stats,
    days: {},
    pending: { attempts, exams: [] },
  });

  it('an update of the stored copy keeps its own totals', () => {
    const stored = doc({ q1: { answered: 1, correct: 1, lastAt: t(1), lastCorrect: true } });
    const totals = foldAttempts(stored, [a('q1', 2)]);
    const mine = { ...stored, ...totals };
    expect(mergeForSave(stored, mine).stats.q1).toMatchObject({ answered: 2 });
  });

  it('a stale copy written back keeps the larger count per question, and every pending answer', () => {
    const stored = doc({ q1: { answered: 3, correct: 2, lastAt: t(3), lastCorrect: true } }, [a('q1', 3)]);
    const stale = doc(
      {
        q1: { answered: 1, correct: 1, lastAt: t(1), lastCorrect: true },
        q2: { answered: 1, correct: 0, lastAt: t(4), lastCorrect: false },
      },
      [a('q2', 4)],
    );
    const merged = mergeForSave(stored, stale);
    expect(merged.stats.q1!.answered).toBe(3);
    expect(merged.stats.q2!.answered).toBe(1);
    expect(merged.pending.attempts.map((x) => x.questionId)).toEqual(['q1', 'q2']);
  });

  it('drops committed history only', () => {
    const one = a('q1', 1);
    const two = a('q2', 2);
    const stored = doc({}, [one, two]);
    expect(mergeForSave(stored, stored, new Set([attemptKey(one)])).pending.attempts).toEqual([two]);
  });

  it('totals are order-independent folds', () => {
    const list = [a('q1', 3), { ...a('q1', 1), correct: false }, a('q2', 2)];
    const forward = aggregate(list);
    const backward = aggregate([...list].reverse());
    expect(forward).toEqual(backward);
    expect(forward.stats.q1).toEqual({ answered: 2, correct: 1, lastAt: t(3), lastCorrect: true });
    expect(mergeAggregates(forward, aggregate([]))).toEqual(forward);
  });
});
