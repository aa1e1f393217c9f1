import { describe, expect, it } from 'vitest';
import { aggregate } from '@/quiz';
import { accuracyByDay, masteryByTopic, recentMistakes, streakDays, totals } from '@/features/quiz/progress-stats';

// The pages read running totals; building them from attempts here tests the fold and the numbers together.
const stats = (list: Parameters<typeof aggregate>[0]) => aggregate(list).stats;
const daysOf = (list: Parameters<typeof aggregate>[0]) => aggregate(list).days;

// Local-time dates, so "days" mean the learner's calendar days whatever the machine's zone.
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();
const now = new Date(2026, 2, 10, 18); // 10 March 2026, 18:00 local

describe('progress stats', () => {
  it('drill list: latest answer wrong, within 30 days, most recent first; a later right answer removes it', () => {
    const attempts = [
      { questionId: 'a', at: at(2026, 3, 1), correct: false },
      { questionId: 'a', at: at(2026, 3, 2), correct: true },
      { questionId: 'b', at: at(2026, 3, 5), correct: false },
      { questionId: 'c', at: at(2026, 3, 9), correct: false },
      { questionId: 'old', at: at(2026, 1, 1), correct: false },
    ];
    expect(recentMistakes(stats(attempts), now)).toEqual(['c', 'b']);
    expect(totals(stats(attempts))).toEqual({ answered: 5, correct: 1 });
  });

  it('streak counts consecutive days ending today or yesterday', () => {
    const days = (list: number[]) => list.map((d) => ({ questionId: 'q', at: at(2026, 3, d), correct: true }));
    expect(streakDays(daysOf(days([10, 9, 8, 6])), now)).toBe(3);
    expect(streakDays(daysOf(days([9, 8])), now)).toBe(2); // not studied yet today: the streak still stands
    expect(streakDays(daysOf(days([7])), now)).toBe(0);
    expect(streakDays({}, now)).toBe(0);
  });

  it('accuracy per day covers every day of the window, oldest first', () => {
    const result = accuracyByDay(
      daysOf([
        { questionId: 'a', at: at(2026, 3, 10, 9), correct: true },
        { questionId: 'b', at: at(2026, 3, 10, 10), correct: false },
        { questionId: 'c', at: at(2026, 3, 4), correct: true },
        { questionId: 'd', at: at(2025, 12, 1), correct: true },
      ]),
      now,
      7,
    );
    expect(result).toHaveLength(7);
    expect(result[0]).toEqual({ day: '2026-03-04', answered: 1, correct: 1 });
    expect(result[6]).toEqual({ day: '2026-03-10', answered: 2, correct: 1 });
    expect(result.slice(1, 6).every((d) => d.answered === 0)).toBe(true);
  });

  it('mastery per topic: latest answer right counts as mastered; removed questions are ignored', () => {
    const questions = [{ id: 'r1', topic: 'rotation' }, { id: 'r2', topic: 'rotation' }, { id: 'g1', topic: 'grants' }, { id: 'x' }];
    const attempts = [
      { questionId: 'r1', at: at(2026, 3, 1), correct: false },
      { questionId: 'r1', at: at(2026, 3, 2), correct: true },
      { questionId: 'r2', at: at(2026, 3, 2), correct: false },
      { questionId: 'gone', at: at(2026, 3, 2), correct: true },
    ];
    const rows = masteryByTopic(questions, stats(attempts));
    expect(rows.map((r) => r.topic)).toEqual(['', 'grants', 'rotation']);
    expect(rows.find((r) => r.topic === 'rotation')).toEqual({
      topic: 'rotation',
      total: 2,
      seen: 2,
      mastered: 1,
      accuracy: 1 / 3,
      attempts: 3,
    });
    expect(rows.find((r) => r.topic === 'grants')).toMatchObject({ total: 1, seen: 0, mastered: 0, accuracy: null });
  });
});

describe('describeNextReview', async () => {
  const { describeNextReview } = await import('@/features/quiz/next-review');
  const base = new Date(2026, 2, 10, 9, 0);
  const plus = (ms: number) => new Date(base.getTime() + ms).toISOString();
  it('says when a card comes back in words', () => {
    expect(describeNextReview(plus(10 * 60_000), base)).toBe('in 10 minutes');
    expect(describeNextReview(plus(5 * 3_600_000), base)).toBe('later today');
    expect(describeNextReview(plus(86_400_000), base)).toBe('tomorrow');
    expect(describeNextReview(plus(4 * 86_400_000), base)).toBe('in 4 days');
    expect(describeNextReview(plus(95 * 86_400_000), base)).toBe('in about 3 months');
    expect(describeNextReview('garbage', base)).toBe('soon');
  });
});
