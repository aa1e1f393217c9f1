import { describe, expect, it } from 'vitest';
import { correctAnswer, correctIndexes, isAnswerComplete, isCorrect } from '@/quiz/grade';
import { makeMatching, makeOrdering, makeQuestion } from './make-question';

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

describe('isCorrect on ordering items', () => {
  const q = makeOrdering('o', 4);

  it('accepts only the written order', () => {
    expect(isCorrect(q, [0, 1, 2, 3])).toBe(true);
    expect(correctAnswer(q)).toEqual([0, 1, 2, 3]);
  });

  it('gives nothing for a partly right order: one swap, the first steps right, or the order reversed', () => {
    expect(isCorrect(q, [0, 1, 3, 2])).toBe(false);
    expect(isCorrect(q, [1, 0, 2, 3])).toBe(false);
    expect(isCorrect(q, [3, 2, 1, 0])).toBe(false);
  });

  it('rejects unanswered, short, long and repeated answers', () => {
    expect(isCorrect(q, [])).toBe(false);
    expect(isCorrect(q, [0, 1, 2])).toBe(false);
    expect(isCorrect(q, [0, 1, 2, 3, 4])).toBe(false);
    expect(isCorrect(q, [0, 0, 2, 3])).toBe(false);
  });

  it('knows when every step is placed once', () => {
    expect(isAnswerComplete(q, [2, 0, 3, 1])).toBe(true);
    expect(isAnswerComplete(q, [2, 0, 3])).toBe(false);
    expect(isAnswerComplete(q, [2, 2, 3, 1])).toBe(false);
    expect(isAnswerComplete(q, [])).toBe(false);
  });
});

describe('isCorrect on matching items', () => {
  // Prompt 0 and prompt 3 share response 0; response 3 is a distractor.
  const q = makeMatching('m', [0, 1, 2, 0], 4);

  it('accepts every prompt with its right response, a shared response included', () => {
    expect(isCorrect(q, [0, 1, 2, 0])).toBe(true);
    expect(correctAnswer(q)).toEqual([0, 1, 2, 0]);
  });

  it('gives nothing for a partly right set of pairs or a missing pair', () => {
    expect(isCorrect(q, [0, 1, 2, 3])).toBe(false);
    expect(isCorrect(q, [0, 1, -1, 0])).toBe(false);
    expect(isCorrect(q, [1, 0, 2, 0])).toBe(false);
    expect(isCorrect(q, [0, 1, 2])).toBe(false);
    expect(isCorrect(q, [])).toBe(false);
  });

  it('knows when every prompt has a response', () => {
    expect(isAnswerComplete(q, [3, 3, 3, 3])).toBe(true);
    expect(isAnswerComplete(q, [0, 1, -1, 0])).toBe(false);
    expect(isAnswerComplete(q, [0, 1, 9, 0])).toBe(false);
  });
});

describe('isAnswerComplete on choice items', () => {
  it('needs as many options as the question asks for', () => {
    expect(isAnswerComplete(makeQuestion('s', [1]), [2])).toBe(true);
    expect(isAnswerComplete(makeQuestion('m', [0, 3], {}, 5), [1])).toBe(false);
    expect(isAnswerComplete(makeQuestion('m', [0, 3], {}, 5), [1, 4])).toBe(true);
  });
});
