// Parses KMS Lab's own question banks (content/banks/*.md) in Node, at build time and in the dev
// server, and serves the result as virtual modules. The browser then never downloads the bank
// Markdown or the parser for them, and never parses 240 questions on the main thread at page load.
//
//   virtual:kmslab/built-in-banks       every bank: { fileName, title, format, problems, questions }[]
//   virtual:kmslab/scenario-questions   only the questions tagged `scenario: <id>`: { question, fileName }[]
//
// The parser is the app's own (src/quiz/parse-bank.ts, relative imports only so vite.config.ts can
// load it), so the prebuilt banks are exactly what the runtime parser gives for learner imports:
// tests/unit/content/prebuilt-banks.test.ts holds the two paths together.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EnvironmentModuleNode, Plugin } from 'vite';
import { parseBank } from '../src/quiz/parse-bank.ts';
import type { BankFormat, Problem, Question } from '../src/quiz/model.ts';

/** The virtual module ids the plugin serves. */
export const BUILT_IN_BANKS_ID = 'virtual:kmslab/built-in-banks';
export const SCENARIO_QUESTIONS_ID = 'virtual:kmslab/scenario-questions';

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

const RESOLVED = new Map([BUILT_IN_BANKS_ID, SCENARIO_QUESTIONS_ID].map((id) => [`\0${id}`, id]));

/** Serves the built-in banks, parsed in Node, as `virtual:kmslab/built-in-banks` and `virtual:kmslab/scenario-questions`. */
export function builtInBanksPlugin(options: BuiltInBanksOptions = {}): Plugin {
  let dir = options.dir ? resolve(options.dir) : '';
  let building = true;
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
      return source === BUILT_IN_BANKS_ID || source === SCENARIO_QUESTIONS_ID ? `\0${source}` : undefined;
    },
    load(id) {
      const which = RESOLVED.get(id);
      if (!which) return undefined;
      // `vite build --watch`: watch the folder too, so an added bank rebuilds. (Not in the dev server:
      // there a watch file becomes an import in the module graph, and it sees adds and removals
      // through hotUpdate below.)
      if (building) this.addWatchFile(dir);
      for (const file of bankFiles(dir)) this.addWatchFile(file);
      const banks = readBuiltInBanks(dir);
      if (which === BUILT_IN_BANKS_ID) {
        // A broken question must not break the build (the quiz lists the bank's problems), but its author should hear about it.
        for (const bank of banks) {
          for (const p of bank.problems) if (p.severity === 'error') this.warn(`content/banks/${bank.fileName}:${p.line}: ${p.message}`);
        }
        return jsonModule(banks);
      }
      return jsonModule(scenarioQuestionsOf(banks));
    },
    // Edits reach the virtual modules through addWatchFile; a bank file created or deleted is not in
    // the module graph yet (or any more), so invalidate the modules by hand and let the page reload.
    hotUpdate(update) {
      if (!dir || !isBankFile(update.file)) return undefined;
      const graph = this.environment.moduleGraph;
      const stale: EnvironmentModuleNode[] = [];
      for (const resolved of RESOLVED.keys()) {
        const mod = graph.getModuleById(resolved);
        if (!mod) continue;
        graph.invalidateModule(mod);
        stale.push(mod);
      }
      return [...update.modules.filter((m) => !stale.includes(m)), ...stale];
    },
  };
}
