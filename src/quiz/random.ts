import { hashString } from './hash';
import type { Question } from './model';

/**
 * A seeded pseudo-random generator (mulberry32) so an exam or a shuffle can be replayed from
 * its seed, in tests and after a reload. Not for anything security-related.
 */
export function seededRandom(seed: number | string): () => number {
  let a = typeof seed === 'number' ? seed >>> 0 : parseInt(hashString(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) using the given random source. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order in which one attempt shows a question's parts: each list maps a display position to a
 * written-order index (`options[0]` is the written index of the option shown first). Grading and
 * progress never see it: answers stay in written-order indexes.
 */
export type DisplayOrder =
  | { type: 'choice'; options: number[] }
  | { type: 'ordering'; steps: number[] }
  | { type: 'matching'; prompts: number[]; responses: number[] };

/** The identity permutation of length n. */
const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A seeded permutation of 0..n-1 that is never the identity (for n >= 2): rotated by one if the shuffle left it in order. */
function movedPermutation(n: number, random: () => number): number[] {
  const order = shuffled(identity(n), random);
  if (n >= 2 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

/**
 * The display order of a question for one attempt: a pure function of the attempt's seed and the
 * question id, so a session that stores its seed shows the same order after a reload, and two
 * questions of one session are shuffled independently.
 *
 * - choice: options shuffled; without a seed they keep the written order.
 * - ordering: steps shuffled and never shown in the right order (that would be the answer).
 * - matching: prompts and responses shuffled; responses never in the written order, which is the
 *   order of the prompts and would pair them up.
 *
 * Ordering and matching items are always shuffled: without a seed, the question id seeds them.
 */
export function displayOrder(question: Question, seed?: number | string): DisplayOrder {
  const random = seededRandom(`${seed ?? 'written'}\u0000${question.id}`);
  switch (question.type) {
    case 'ordering':
      return { type: 'ordering', steps: movedPermutation(question.steps.length, random) };
    case 'matching': {
      const prompts = shuffled(identity(question.prompts.length), random);
      return { type: 'matching', prompts, responses: movedPermutation(question.responses.length, random) };
    }
    default:
      return {
        type: 'choice',
        options: seed === undefined ? identity(question.options.length) : shuffled(identity(question.options.length), random),
      };
  }
}

/** A fresh random seed for a new attempt or session (not for anything security-related). */
export function newSeed(): string {
  return Math.floor(Math.random() * 2 ** 32).toString(36);
}
