import type { Question } from './model';

/**
 * True when the selection is exactly the set of correct options: AWS scores each question
 * all-or-nothing (no partial credit on multiple response, no penalty for a wrong guess).
 * Duplicate indexes are ignored; an out-of-range index makes the answer wrong.
 */
export function isCorrect(question: Pick<Question, 'options'>, selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  for (const i of chosen) {
    if (!Number.isInteger(i) || i < 0 || i >= question.options.length) return false;
  }
  let correctCount = 0;
  for (let i = 0; i < question.options.length; i++) {
    if (question.options[i]!.correct) {
      correctCount++;
      if (!chosen.has(i)) return false;
    }
  }
  return chosen.size === correctCount && correctCount > 0;
}

/** Indexes of the correct options, for "the right answer was…" feedback. */
export function correctIndexes(question: Pick<Question, 'options'>): number[] {
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}
