import type { Question } from '@/quiz/model';

/** Builds a question for tests: `key` lists the correct option indexes. */
export function makeQuestion(id: string, key: number[], extra: Partial<Question> = {}, optionCount = 4): Question {
  return {
    id,
    stem: `Question ${id}?`,
    options: Array.from({ length: optionCount }, (_, i) => ({ text: `option ${i}`, correct: key.includes(i) })),
    multiple: key.length > 1,
    choose: key.length,
    line: 1,
    ...extra,
  };
}
