import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import prebuilt from 'virtual:kmslab/built-in-banks';
import loadPrebuiltScenarioQuestions from 'virtual:kmslab/scenario-questions';
import { builtInBanks } from '@/features/quiz/built-in-banks';
import { parseBank } from '@/quiz/parse-bank';
import { builtInBanksPlugin, BUILT_IN_BANKS_ID, scenarioModuleId, SCENARIO_QUESTIONS_ID } from '../../../scripts/vite-plugin-built-in-banks';

// The quiz and scenario pages get the built-in banks parsed at build time; learners' imports go
// through parseBank in the browser. Both must give the same questions, or progress (keyed by
// question id) and the bank checks in banks.test.ts would be about different data than the app shows.
const DIR = join(import.meta.dirname, '../../../content/banks');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort((a, b) => a.localeCompare(b));
const parsed = files.map((fileName) => ({ fileName, bank: parseBank(readFileSync(join(DIR, fileName), 'utf8'), { fileName }) }));

describe('built-in banks parsed at build time', () => {
  it('has every bank file, in file-name order', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(prebuilt.map((b) => b.fileName)).toEqual(files);
  });

  it.each(parsed)('$fileName: same questions, ids, problems, format and title as parseBank', ({ fileName, bank }) => {
    const built = prebuilt.find((b) => b.fileName === fileName)!;
    expect(built.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
    expect(built.questions).toEqual(bank.questions);
    expect(built.problems).toEqual(bank.problems);
    expect(built.format).toBe(bank.format);
    expect(built.title).toBe(bank.title ?? fileName.replace(/\.md$/, ''));
  });

  it("each scenario's list is exactly the questions that name it, with their file", async () => {
    const expected = parsed.flatMap(({ fileName, bank }) => bank.questions.filter((q) => q.scenario).map((question) => ({ question, fileName })));
    const scenarios = [...new Set(expected.map((e) => e.question.scenario!))];
    expect(scenarios.length).toBeGreaterThan(1);
    for (const scenario of scenarios) {
      expect(await loadPrebuiltScenarioQuestions(scenario)).toEqual(expected.filter((e) => e.question.scenario === scenario));
    }
    expect(await loadPrebuiltScenarioQuestions('no-such-scenario')).toEqual([]);
    // An id that only looks like a property of the loader table is not one.
    expect(await loadPrebuiltScenarioQuestions('constructor')).toEqual([]);
  });

  it('the quiz lists each bank with its question count under a builtin: id', () => {
    expect(builtInBanks().map((b) => [b.info.id, b.info.questionCount])).toEqual(parsed.map(({ fileName, bank }) => [`builtin:${fileName}`, bank.questions.length]));
  });
});

describe('vite-plugin-built-in-banks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmslab-banks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('still builds a bank with a broken question, and warns with the file and line', () => {
    writeFileSync(
      join(dir, 'broken.md'),
      '# Broken\n\n## Good?\n<!-- id: good-1 -->\n\n- [x] Yes\n- [ ] No\n\n## No answer marked?\n<!-- id: bad-1 -->\n\n- [ ] Yes\n- [ ] No\n',
    );
    const warnings: string[] = [];
    const context = { warn: (m: string) => warnings.push(m), addWatchFile: () => {} };
    const plugin = builtInBanksPlugin({ dir });
    const resolve = plugin.resolveId as unknown as (source: string) => string;
    const load = (id: string) => (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, resolve(id));
    // The hooks are plain functions; call them as Vite would, with just the context they use.
    const code = load(BUILT_IN_BANKS_ID);
    const banks = JSON.parse(JSON.parse(/^export default JSON\.parse\((".*")\);\s*$/s.exec(code)![1]!)) as typeof prebuilt;
    expect(banks.map((b) => [b.fileName, b.title, b.questions.map((q) => q.id)])).toEqual([['broken.md', 'Broken', ['good-1']]]);
    const error = banks[0]!.problems.find((p) => p.severity === 'error')!;
    expect(error.line).toBe(9);
    expect(warnings).toEqual([expect.stringContaining(`content/banks/broken.md:9: `)]);
  });

  it('serves one small module per scenario, behind a loader that knows only those scenarios', () => {
    writeFileSync(
      join(dir, 'tagged.md'),
      '# Tagged\n\n## One?\n<!-- id: t-1; scenario: regions -->\n\n- [x] Yes\n- [ ] No\n\n## Two?\n<!-- id: t-2; scenario: key-rotation -->\n\n- [x] Yes\n- [ ] No\n',
    );
    const context = { warn: () => {}, addWatchFile: () => {} };
    const plugin = builtInBanksPlugin({ dir });
    const resolve = plugin.resolveId as unknown as (source: string) => string;
    const load = (id: string) => (plugin.load as unknown as (this: typeof context, id: string) => string | undefined).call(context, resolve(id));
    const index = load(SCENARIO_QUESTIONS_ID)!;
    expect(index).toContain(`import("${scenarioModuleId('regions')}")`);
    expect(index).toContain(`import("${scenarioModuleId('key-rotation')}")`);
    const regions = JSON.parse(JSON.parse(/^export default JSON\.parse\((".*")\);\s*$/s.exec(load(scenarioModuleId('regions'))!)![1]!));
    expect(regions.map((q: { question: { id: string }; fileName: string }) => [q.question.id, q.fileName])).toEqual([['t-1', 'tagged.md']]);
    expect(load(scenarioModuleId('no-such-scenario'))).toBeUndefined();
  });
});
