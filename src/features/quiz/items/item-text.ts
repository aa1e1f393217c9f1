import { correctAnswer, type DisplayOrder, type Question } from '@/quiz';
import { displayLetters } from './display';

/**
 * The sentences every item type needs around its answer: the instruction above it, the verdict after
 * it and the live announcement of that verdict. Letters follow the attempt's display order.
 */

/** The answering instruction under the stem; `keys` is the part only keyboard users need. */
export function instruction(question: Question, answer: readonly number[]): { text: string; keys: string } {
  switch (question.type) {
    case 'ordering':
      return {
        text: `Ordering: put the ${question.steps.length} steps in the right order with their Move up and Move down buttons.`,
        keys: ' Alt+↑ and Alt+↓ move the focused step.',
      };
    case 'matching':
      return {
        text: `Matching: choose a response for each of the ${question.prompts.length} prompts. Each prompt has one right response; a response may fit several prompts or none.`,
        keys: '',
      };
    default: {
      const keys = ` Keys 1–${Math.min(9, question.options.length)} ${question.multiple ? 'toggle options' : 'pick an option'}.`;
      return question.multiple
        ? { text: `Multiple response: choose ${question.choose} (${answer.length} selected).`, keys }
        : { text: 'Multiple choice: choose one.', keys };
    }
  }
}

/** How many parts of an ordering or matching answer are right, for the verdict. */
function partsRight(question: Question, answer: readonly number[]): number {
  const right = correctAnswer(question);
  return right.filter((r, i) => answer[i] === r).length;
}

/** The verdict shown in the feedback: right or wrong, and what the right answer was. */
export function verdict(question: Question, answer: readonly number[], correct: boolean | undefined, order: DisplayOrder): string {
  const head = correct ? 'Correct' : answer.length === 0 ? 'Not answered' : 'Incorrect';
  if (question.type === 'ordering') {
    if (correct) return `${head}: every step is in the right place.`;
    return answer.length === 0
      ? `${head}: the right order is below.`
      : `${head}: ${partsRight(question, answer)} of ${question.steps.length} steps were in the right place, and an order counts only when all are. The right order is below.`;
  }
  if (question.type === 'matching') {
    if (correct) return `${head}: every prompt has its right response.`;
    return answer.length === 0
      ? `${head}: the right pairs are below.`
      : `${head}: ${partsRight(question, answer)} of ${question.prompts.length} prompts had the right response, and a match counts only when all do. The right pairs are below.`;
  }
  const options = order.type === 'choice' ? order.options : question.options.map((_, i) => i);
  const right = displayLetters(options, correctAnswer(question));
  const chose = answer.length > 0 && !correct ? `; you chose ${displayLetters(options, answer)}` : '';
  return `${head}: the answer is ${right}${chose}.`;
}

/** The polite live announcement once the answer is revealed. */
export function announcement(question: Question, correct: boolean, order: DisplayOrder): string {
  if (correct) return 'Correct.';
  if (question.type === 'ordering') return 'Incorrect. Your order and the right order are shown below.';
  if (question.type === 'matching') return 'Incorrect. Your pairs and the right ones are shown below.';
  const options = order.type === 'choice' ? order.options : question.options.map((_, i) => i);
  return `Incorrect. The correct answer is ${displayLetters(options, correctAnswer(question))}.`;
}
