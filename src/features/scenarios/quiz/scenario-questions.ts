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
 * `limit`, in a stable order (bank file, then position). Banks that fail to parse are skipped: a
 * scenario without questions still works.
 */
export function pickScenarioQuestions(banks: readonly { fileName: string; source: string }[], scenarioId: string, limit = 3): ScenarioQuestion[] {
  const found: ScenarioQuestion[] = [];
  for (const bank of [...banks].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const parsed = parseBank(bank.source, { fileName: bank.fileName });
    for (const question of parsed.questions) {
      if (question.scenario === scenarioId && question.options.length > 1) found.push({ question, fileName: bank.fileName });
    }
  }
  // Prefer spreading over banks, so three questions do not all come from one file.
  const byFile = new Map<string, ScenarioQuestion[]>();
  for (const q of found) byFile.set(q.fileName, [...(byFile.get(q.fileName) ?? []), q]);
  const picked: ScenarioQuestion[] = [];
  for (let round = 0; picked.length < limit && picked.length < found.length; round++) {
    for (const list of byFile.values()) {
      if (list[round] && picked.length < limit) picked.push(list[round]!);
    }
  }
  return picked;
}

/** Loads the built-in banks and picks the scenario's questions. */
export async function loadScenarioQuestions(scenarioId: string, limit = 3): Promise<ScenarioQuestion[]> {
  const banks = await Promise.all(
    Object.entries(SOURCES).map(async ([path, load]) => ({ fileName: path.split('/').pop() ?? path, source: await load() })),
  );
  return pickScenarioQuestions(banks, scenarioId, limit);
}
