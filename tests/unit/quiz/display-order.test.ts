import { describe, expect, it } from 'vitest';
import { displayOrder } from '@/quiz/random';
import { makeMatching, makeOrdering, makeQuestion } from './make-question';

const isPermutation = (order: number[], n: number) => order.length === n && [...order].sort((a, b) => a - b).every((v, i) => v === i);

describe('displayOrder: one shuffle per attempt, from a seed', () => {
  const choice = makeQuestion('c-1', [2], {}, 5);

  it('is a pure function of the seed and the question id', () => {
    expect(displayOrder(choice, 'session-a')).toEqual(displayOrder(choice, 'session-a'));
    expect(displayOrder(makeQuestion('c-2', [2], {}, 5), 'session-a')).not.toEqual(displayOrder(choice, 'session-a'));
  });

  it('shuffles choice options only with a seed, and different seeds give different orders', () => {
    expect(displayOrder(choice)).toEqual({ type: 'choice', options: [0, 1, 2, 3, 4] });
    const orders = new Set(Array.from({ length: 20 }, (_, s) => JSON.stringify(displayOrder(choice, s))));
    expect(orders.size).toBeGreaterThan(10);
    for (const o of orders) expect(isPermutation((JSON.parse(o) as { options: number[] }).options, 5)).toBe(true);
  });

  it('never shows an ordering item in the right order, with or without a seed', () => {
    for (let seed = 0; seed < 300; seed++) {
      const order = displayOrder(makeOrdering(`o-${seed}`, 3), seed);
      if (order.type !== 'ordering') throw new Error('wrong type');
      expect(isPermutation(order.steps, 3)).toBe(true);
      expect(order.steps).not.toEqual([0, 1, 2]);
    }
    const unseeded = displayOrder(makeOrdering('o', 4));
    expect(unseeded.type === 'ordering' && unseeded.steps).not.toEqual([0, 1, 2, 3]);
  });

  it('shuffles matching prompts and responses, and never lists responses in the order of the prompts', () => {
    for (let seed = 0; seed < 300; seed++) {
      const q = makeMatching(`m-${seed}`, [0, 1, 2]);
      const order = displayOrder(q, seed);
      if (order.type !== 'matching') throw new Error('wrong type');
      expect(isPermutation(order.prompts, 3)).toBe(true);
      expect(isPermutation(order.responses, 3)).toBe(true);
      expect(order.responses).not.toEqual([0, 1, 2]);
    }
  });
});
