import type { ChoiceQuestion, Question } from '@/quiz/model';

/** The questions as choice items, failing loudly if a test bank unexpectedly holds another item type. */
export function choiceOnly(questions: readonly Question[]): ChoiceQuestion[] {
  return questions.map((q) => {
    if (q.type !== 'choice') throw new Error(`${q.id} is a ${q.type} item, not a choice item`);
    return q;
  });
}
