import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import prebuilt from 'virtual:kmslab/built-in-banks';
import prebuiltScenarioQuestions from 'virtual:kmslab/scenario-questions';
import { builtInBanks } from '@/features/quiz/built-in-banks';
import { parseBank } from '@/quiz/parse-bank';
import { builtInBanksPlugin, BUILT_IN_BANKS_ID } from '../../../scripts/vite-plugin-built-in-banks';

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

  it('the scenario list is exactly the questions that name a scenario, with their file', () => {
    const expected = parsed.flatMap(({ fileName, bank }) => bank.questions.filter((q) => q.scenario).map((question) => ({ question, fileName })));
    expect(expected.length).toBeGreaterThan(0);
    expect(prebuiltScenarioQuestions).toEqual(expected);
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
    // The hooks are plain functions; call them as Vite would, with just the context they use.
    const id = (plugin.resolveId as unknown as (source: string) => string)(BUILT_IN_BANKS_ID);
    const code = (plugin.load as unknown as (this: typeof context, id: string) => string).call(context, id);
    const banks = JSON.parse(JSON.parse(/^export default JSON\.parse\((".*")\);\s*$/s.exec(code)![1]!)) as typeof prebuilt;
    expect(banks.map((b) => [b.fileName, b.title, b.questions.map((q) => q.id)])).toEqual([['broken.md', 'Broken', ['good-1']]]);
    const error = banks[0]!.problems.find((p) => p.severity === 'error')!;
    expect(error.line).toBe(9);
    expect(warnings).toEqual([expect.stringContaining(`content/banks/broken.md:9: `)]);
  });
});
