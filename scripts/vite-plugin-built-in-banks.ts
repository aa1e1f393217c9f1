// Parses KMS Lab's own question banks (content/banks/*.md) in Node, at build time and in the dev
// server, and serves the result as virtual modules. The browser then never downloads the bank
// Markdown or the parser for them, and never parses 240 questions on the main thread at page load.
//
//   virtual:kmslab/built-in-banks             every bank: { fileName, title, format, problems, questions }[]
//   virtual:kmslab/scenario-questions         default export: (scenarioId) => Promise<its tagged questions>
//   virtual:kmslab/scenario-questions/questions-<id>
//                                             the questions tagged `scenario: <id>`: { question, fileName }[]
//
// A scenario page downloads only its own questions (a few kB) in their own chunk. The banks stay one
// module: split into one chunk per bank, the quiz hub measured worse, not better (Lighthouse /quiz
// medians 92, 87, 87 against 97, 95, 90 side by side; 18 compiles and evaluations instead of one),
// and 17 kB more to download.
//
// The parser is the app's own (src/quiz/parse-bank.ts, relative imports only so vite.config.ts can
// load it), so the prebuilt banks are exactly what the runtime parser gives for learner imports:
// tests/unit/content/prebuilt-banks.test.ts holds the two paths together.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EnvironmentModuleNode, Plugin } from 'vite';
import { parseBank } from '../src/quiz/parse-bank.ts';
import type { BankFormat, Problem, Question } from '../src/quiz/model.ts';

/** The virtual module ids the plugin serves. */
export const BUILT_IN_BANKS_ID = 'virtual:kmslab/built-in-banks';
export const SCENARIO_QUESTIONS_ID = 'virtual:kmslab/scenario-questions';
/** The id of one scenario's questions module. */
export const scenarioModuleId = (scenarioId: string) => `${SCENARIO_QUESTIONS_ID}/questions-${scenarioId}`;
const PREFIX = 'virtual:kmslab/';

/** One built-in bank as the virtual module exports it. */
export interface PrebuiltBank {
  fileName: string;
  title: string;
  format: BankFormat;
  problems: Problem[];
  questions: Question[];
}

/** A question tagged with a scenario, with the bank file it came from. */
export interface PrebuiltScenarioQuestion {
  question: Question;
  fileName: string;
}

/** Options for {@link builtInBanksPlugin}. */
export interface BuiltInBanksOptions {
  /** Folder of the bank files; default `content/banks` under the Vite root. */
  dir?: string;
}

/** The bank files of `dir` (absolute paths), sorted by file name so the output does not depend on the file system. */
export function bankFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort((a, b) => a.localeCompare(b))
    .map((name) => join(dir, name));
}

/** Parses every bank file of `dir` the way the app would at run time. */
export function readBuiltInBanks(dir: string): PrebuiltBank[] {
  return bankFiles(dir).map((file) => {
    const fileName = file.slice(file.lastIndexOf(sep) + 1);
    const parsed = parseBank(readFileSync(file, 'utf8'), { fileName });
    return {
      fileName,
      title: parsed.title ?? fileName.replace(/\.md$/, ''),
      format: parsed.format,
      problems: parsed.problems,
      questions: parsed.questions,
    };
  });
}

/** The questions of `banks` that name a scenario, in bank then question order. */
export function scenarioQuestionsOf(banks: readonly PrebuiltBank[]): PrebuiltScenarioQuestion[] {
  return banks.flatMap((bank) => bank.questions.filter((q) => q.scenario).map((question) => ({ question, fileName: bank.fileName })));
}

/**
 * A module exporting `value`. JSON.parse of a string literal starts much faster than a JS object
 * literal of the same size (the engine only has to scan a string), see v8.dev/blog/cost-of-javascript-2019.
 */
export function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** A module whose default export loads one scenario's questions module by scenario id ([] for none). */
function scenarioLoaderModule(scenarioIds: readonly string[]): string {
  const table = scenarioIds.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(scenarioModuleId(id))}),`).join('\n');
  return `const loaders = {\n${table}\n};\nexport default (id) => (Object.hasOwn(loaders, id) ? loaders[id]().then((m) => m.default) : Promise.resolve([]));\n`;
}

/** Serves the built-in banks, parsed in Node, as the `virtual:kmslab/...` modules listed above. */
export function builtInBanksPlugin(options: BuiltInBanksOptions = {}): Plugin {
  let dir = options.dir ? resolve(options.dir) : '';
  let building = true;
  // Every virtual module reads the same parse: keep it until a bank file changes (size or mtime).
  let cached: { key: string; banks: PrebuiltBank[] } | undefined;
  const currentBanks = (): PrebuiltBank[] => {
    const key = bankFiles(dir)
      .map((file) => {
        const st = statSync(file);
        return `${file}:${st.size}:${st.mtimeMs}`;
      })
      .join('|');
    if (cached?.key !== key) cached = { key, banks: readBuiltInBanks(dir) };
    return cached.banks;
  };
  const isBankFile = (file: string) => {
    const rel = relative(dir, file);
    return rel.endsWith('.md') && !rel.startsWith('..') && !rel.includes(sep) && !rel.includes('/');
  };

  return {
    name: 'kmslab:built-in-banks',
    configResolved(config) {
      if (!options.dir) dir = resolve(config.root, 'content/banks');
      building = config.command === 'build';
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const which = id.slice(1);
      // `vite build --watch`: watch the folder too, so an added bank rebuilds. (Not in the dev server:
      // there a watch file becomes an import in the module graph, and it sees adds and removals
      // through hotUpdate below.)
      if (building) this.addWatchFile(dir);
      for (const file of bankFiles(dir)) this.addWatchFile(file);
      const banks = currentBanks();
      if (which === BUILT_IN_BANKS_ID) {
        // A broken question must not break the build (the quiz lists the bank's problems), but its author should hear about it.
        for (const bank of banks) {
          for (const p of bank.problems) if (p.severity === 'error') this.warn(`content/banks/${bank.fileName}:${p.line}: ${p.message}`);
        }
        return jsonModule(banks);
      }
      const tagged = scenarioQuestionsOf(banks);
      if (which === SCENARIO_QUESTIONS_ID) {
        return scenarioLoaderModule([...new Set(tagged.map((t) => t.question.scenario!))].sort());
      }
      const scenario = tagged.map((t) => t.question.scenario!).find((s) => scenarioModuleId(s) === which);
      if (scenario) return jsonModule(tagged.filter((t) => t.question.scenario === scenario));
      return undefined;
    },
    // Edits reach the virtual modules through addWatchFile; a bank file created or deleted is not in
    // the module graph yet (or any more), so invalidate the modules by hand and let the page reload.
    hotUpdate(update) {
      if (!dir || !isBankFile(update.file)) return undefined;
      cached = undefined;
      const graph = this.environment.moduleGraph;
      const stale: EnvironmentModuleNode[] = [];
      for (const [id, mod] of graph.idToModuleMap) {
        if (!id.startsWith(`\0${PREFIX}`)) continue;
        graph.invalidateModule(mod);
        stale.push(mod);
      }
      return [...update.modules.filter((m) => !stale.includes(m)), ...stale];
    },
  };
}
