import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion } from '@/quiz/model';

/** Builds a question for tests: `key` lists the correct option indexes. */
export function makeQuestion(id: string, key: number[], extra: Partial<ChoiceQuestion> = {}, optionCount = 4): ChoiceQuestion {
  return {
    type: 'choice',
    id,
    stem: `Question ${id}?`,
    options: Array.from({ length: optionCount }, (_, i) => ({ text: `option ${i}`, correct: key.includes(i) })),
    multiple: key.length > 1,
    choose: key.length,
    line: 1,
    ...extra,
  };
}

/** An ordering item whose steps are written in the right order: "step 0", "step 1", ... */
export function makeOrdering(id: string, steps = 4): OrderingQuestion {
  return { type: 'ordering', id, stem: `Order ${id}`, steps: Array.from({ length: steps }, (_, i) => ({ text: `step ${i}` })), line: 1 };
}

/**
 * A matching item: `key[k]` is the response of prompt k; responses beyond the highest used index are
 * distractors.
 */
export function makeMatching(id: string, key: number[], responses = Math.max(...key) + 1): MatchingQuestion {
  return {
    type: 'matching',
    id,
    stem: `Match ${id}`,
    prompts: key.map((response, i) => ({ text: `prompt ${i}`, response })),
    responses: Array.from({ length: responses }, (_, i) => ({ text: `response ${i}` })),
    line: 1,
  };
}
