import { describe, expect, it } from 'vitest';
import { correctIndexes, isCorrect } from '@/quiz/grade';
import { makeQuestion } from './make-question';

describe('isCorrect (all-or-nothing, AWS rule)', () => {
  const single = makeQuestion('s', [1]);
  const multi = makeQuestion('m', [0, 3], {}, 5);

  it('accepts exactly the correct option of a multiple-choice question', () => {
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [0])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
    expect(isCorrect(single, [1, 2])).toBe(false);
  });

  it('gives no partial credit on multiple response, in any order', () => {
    expect(isCorrect(multi, [3, 0])).toBe(true);
    expect(isCorrect(multi, [0])).toBe(false);
    expect(isCorrect(multi, [0, 3, 4])).toBe(false);
    expect(isCorrect(multi, [0, 0, 3])).toBe(true);
  });

  it('treats out-of-range or non-integer indexes as wrong', () => {
    expect(isCorrect(single, [1, 9])).toBe(false);
    expect(isCorrect(single, [-1, 1])).toBe(false);
    expect(isCorrect(single, [1.5])).toBe(false);
  });

  it('lists the correct indexes', () => {
    expect(correctIndexes(multi)).toEqual([0, 3]);
  });
});
