import type { ChoiceQuestion, Question } from '@/quiz';

/** A bank question tagged with a scenario, and the bank file it came from. */
export interface ScenarioQuestion {
  question: ChoiceQuestion;
  fileName: string;
}

/** A tagged question of any item type, as the banks give it. */
interface TaggedQuestion {
  question: Question;
  fileName: string;
}

/** The inline scenario quiz asks choice items only (ordering and matching items need the quiz's own UI). */
const isChoiceEntry = (q: TaggedQuestion): q is ScenarioQuestion => q.question.type === 'choice' && q.question.options.length > 1;

/**
 * Picks the questions whose metadata says `scenario: <id>`, at most `limit`, in a stable order: up
 * to two from the scenario's own topic first, then one from each other bank in turn (banks by file
 * name, questions in file order). A scenario without questions still works: it gets none.
 */
export function pickScenarioQuestions(
  tagged: readonly TaggedQuestion[],
  scenarioId: string,
  limit = 3,
  preferredTopic?: string,
): ScenarioQuestion[] {
  // sort is stable: questions keep their order within a file.
  const found = tagged
    .filter((q): q is ScenarioQuestion => q.question.scenario === scenarioId && isChoiceEntry(q))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  const preferred = found.filter((q) => preferredTopic && q.question.topic === preferredTopic);
  const rest = found.filter((q) => !preferred.includes(q));
  // Spread the rest over banks, so the questions do not all come from one file.
  const byFile = new Map<string, ScenarioQuestion[]>();
  for (const q of rest) byFile.set(q.fileName, [...(byFile.get(q.fileName) ?? []), q]);
  const spread: ScenarioQuestion[] = [];
  for (let round = 0; spread.length < rest.length; round++) {
    for (const list of byFile.values()) if (list[round]) spread.push(list[round]!);
  }
  const ordered = [...preferred.slice(0, 2), ...spread, ...preferred.slice(2)];
  return ordered.slice(0, limit);
}

/**
 * Picks the scenario's questions from the built-in banks. They come parsed at build time, already
 * narrowed to the questions that name this scenario (scripts/vite-plugin-built-in-banks.ts), in a
 * small chunk of their own: a scenario page never downloads the banks, the parser or the other
 * scenarios' questions.
 */
export async function loadScenarioQuestions(scenarioId: string, limit = 3, preferredTopic?: string): Promise<ScenarioQuestion[]> {
  const { default: load } = await import('virtual:kmslab/scenario-questions');
  return pickScenarioQuestions(await load(scenarioId), scenarioId, limit, preferredTopic);
}
