import { parseBank, type Question } from '@/quiz/parse-bank';

/** A bank question tagged with a scenario, and the bank file it came from. */
export interface ScenarioQuestion {
  question: Question;
  fileName: string;
}

// Lazy: the banks are read only when a scenario page asks for its questions.
const SOURCES = import.meta.glob('/content/banks/*.md', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/**
 * Picks the questions whose metadata says `scenario: <id>` from every built-in bank, at most
 * `limit`, in a stable order: up to two from the scenario's own topic first, then one from each
 * other bank in turn. Banks that fail to parse add nothing: a scenario without questions still works.
 */
export function pickScenarioQuestions(
  banks: readonly { fileName: string; source: string }[],
  scenarioId: string,
  limit = 3,
  preferredTopic?: string,
): ScenarioQuestion[] {
  const found: ScenarioQuestion[] = [];
  for (const bank of [...banks].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const parsed = parseBank(bank.source, { fileName: bank.fileName });
    for (const question of parsed.questions) {
      if (question.scenario === scenarioId && question.options.length > 1) found.push({ question, fileName: bank.fileName });
    }
  }
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

/** Loads the built-in banks and picks the scenario's questions. */
export async function loadScenarioQuestions(scenarioId: string, limit = 3, preferredTopic?: string): Promise<ScenarioQuestion[]> {
  const banks = await Promise.all(
    Object.entries(SOURCES).map(async ([path, load]) => ({ fileName: path.split('/').pop() ?? path, source: await load() })),
  );
  return pickScenarioQuestions(banks, scenarioId, limit, preferredTopic);
}
