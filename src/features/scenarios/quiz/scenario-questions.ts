import type { Question } from '@/quiz';

/** A bank question tagged with a scenario, and the bank file it came from. */
export interface ScenarioQuestion {
  question: Question;
  fileName: string;
}

/**
 * Picks the questions whose metadata says `scenario: <id>`, at most `limit`, in a stable order: up
 * to two from the scenario's own topic first, then one from each other bank in turn (banks by file
 * name, questions in file order). A scenario without questions still works: it gets none.
 */
export function pickScenarioQuestions(
  tagged: readonly ScenarioQuestion[],
  scenarioId: string,
  limit = 3,
  preferredTopic?: string,
): ScenarioQuestion[] {
  // sort is stable: questions keep their order within a file.
  const found = tagged
    .filter((q) => q.question.scenario === scenarioId && q.question.options.length > 1)
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
