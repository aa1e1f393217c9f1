import type { OrderingQuestion } from '@/quiz';

/**
 * The order on screen: the learner's answer when it places every step once, else the attempt's
 * shuffled order (before the first move, or if a stored answer no longer fits the question).
 */
export function arrangementOf(question: OrderingQuestion, shown: readonly number[], answer: readonly number[]): number[] {
  const n = question.steps.length;
  const valid = answer.length === n && new Set(answer).size === n && answer.every((s) => Number.isInteger(s) && s >= 0 && s < n);
  return valid ? [...answer] : [...shown];
}

/** The arrangement with the step at `position` moved one place up (-1) or down (+1), or null at an end. */
export function moveStep(arrangement: readonly number[], position: number, by: -1 | 1): number[] | null {
  const target = position + by;
  if (position < 0 || position >= arrangement.length || target < 0 || target >= arrangement.length) return null;
  const next = [...arrangement];
  [next[position], next[target]] = [next[target]!, next[position]!];
  return next;
}
