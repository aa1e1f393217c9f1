import type { Answer, ChoiceQuestion, Question } from './model';

/**
 * Grading, all-or-nothing for every item type as AWS scores its exams: no partial credit on multiple
 * response, on a partly right order or on a partly right set of pairs, and no penalty for a wrong
 * guess. Answers are in written-order indexes (see {@link Answer}); display shuffles never reach here.
 */

/**
 * True when the answer is exactly right.
 * - choice: the selection is exactly the set of correct options (duplicate indexes are ignored; an
 *   out-of-range index makes it wrong);
 * - ordering: the sequence is `[0, 1, ..., n-1]`;
 * - matching: every prompt has its right response.
 */
export function isCorrect(question: Question, answer: readonly number[]): boolean {
  switch (question.type) {
    case 'ordering':
      return answer.length === question.steps.length && answer.every((step, i) => step === i);
    case 'matching':
      return answer.length === question.prompts.length && question.prompts.every((p, i) => answer[i] === p.response);
    default:
      return isChoiceCorrect(question, answer);
  }
}

function isChoiceCorrect(question: Pick<ChoiceQuestion, 'options'>, selected: readonly number[]): boolean {
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

/** The right answer in the same shape as a learner's: what {@link isCorrect} accepts. */
export function correctAnswer(question: Question): Answer {
  switch (question.type) {
    case 'ordering':
      return question.steps.map((_, i) => i);
    case 'matching':
      return question.prompts.map((p) => p.response);
    default:
      return correctIndexes(question);
  }
}

/** Indexes of the correct options of a choice question, for "the right answer was…" feedback. */
export function correctIndexes(question: Pick<ChoiceQuestion, 'options'>): number[] {
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/**
 * True when the answer says something about every part of the item: a choice item has as many
 * options chosen as it asks for, an ordering item places every step once, a matching item gives every
 * prompt a response. An incomplete answer is still graded (wrong); this is for "answered" counts and
 * for warning a learner before submitting.
 */
export function isAnswerComplete(question: Question, answer: readonly number[]): boolean {
  switch (question.type) {
    case 'ordering':
      return (
        answer.length === question.steps.length &&
        new Set(answer).size === answer.length &&
        answer.every((s) => s >= 0 && s < answer.length)
      );
    case 'matching':
      return (
        answer.length === question.prompts.length && answer.every((r) => Number.isInteger(r) && r >= 0 && r < question.responses.length)
      );
    default:
      return new Set(answer).size >= Math.max(1, question.choose);
  }
}
