// Parses the study guides (content/guides/*.md) in Node, at build time and in the dev server, and
// serves them as virtual modules, like the question banks (scripts/vite-plugin-built-in-banks.ts):
//
//   virtual:kmslab/guides                  the guide list: GuideSummary[] (titles, sections, changes, links)
//   virtual:kmslab/guides/load             default export: (topic) => Promise<Guide | undefined>
//   virtual:kmslab/guides/guide-<topic>    one guide with its section text, in its own chunk
//   virtual:kmslab/learn-timeline          every dated change with the questions that test it (Timeline)
//
// Only /learn pages import these, so no guide reaches the home page (npm run budget checks it). The
// Markdown is parsed here and rendered in the page by the shared sanitising renderer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EnvironmentModuleNode, Plugin } from 'vite';
import { parseGuide } from '../src/learn/parse-guide.ts';
import { buildTimeline, type QuestionRef } from '../src/learn/timeline.ts';
import { topicOrder } from '../src/learn/topics.ts';
import type { Guide, GuideProblem, GuideSummary, Timeline } from '../src/learn/guide-model.ts';
import { jsonModule, readBuiltInBanks } from './vite-plugin-built-in-banks.ts';

export const GUIDES_ID = 'virtual:kmslab/guides';
export const GUIDE_LOADER_ID = 'virtual:kmslab/guides/load';
export const TIMELINE_ID = 'virtual:kmslab/learn-timeline';
const guideModuleId = (topic: string) => `${GUIDES_ID}/guide-${topic}`;
const IDS = [GUIDES_ID, GUIDE_LOADER_ID, TIMELINE_ID];

/** Every guide file of `dir`, parsed, in teaching order, with its problems. */
export function readGuides(dir: string): { guide: Guide; fileName: string; problems: GuideProblem[] }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((fileName) => ({ fileName, ...parseGuide(readFileSync(join(dir, fileName), 'utf8'), fileName) }))
    .sort((a, b) => topicOrder(a.guide.topic) - topicOrder(b.guide.topic) || a.fileName.localeCompare(b.fileName));
}

/** A guide without its section text: what the list and the notes page need. */
export function summaryOf(guide: Guide): GuideSummary {
  return { ...guide, sections: guide.sections.map(({ id, title }) => ({ id, title })) };
}

/** The timeline of every dated change, with the built-in questions that test it. */
export function readTimeline(guides: readonly Guide[], banksDir: string): Timeline {
  const questions: QuestionRef[] = readBuiltInBanks(banksDir).flatMap((bank) =>
    bank.questions.map((q) => ({ id: q.id, stem: q.stem, topic: q.topic, changed: q.changed })),
  );
  return buildTimeline(guides, questions);
}

function loaderModule(topics: readonly string[]): string {
  const table = topics.map((t) => `  ${JSON.stringify(t)}: () => import(${JSON.stringify(guideModuleId(t))}),`).join('\n');
  return `const loaders = {\n${table}\n};\nexport default (topic) => (Object.hasOwn(loaders, topic) ? loaders[topic]().then((m) => m.default) : Promise.resolve(undefined));\n`;
}

/** Options for {@link guidesPlugin}. */
export interface GuidesOptions {
  /** Folder of the guides; default `content/guides` under the Vite root. */
  dir?: string;
  /** Folder of the banks (for the timeline's questions); default `content/banks`. */
  banksDir?: string;
}

const filesKey = (dirs: string[]) =>
  dirs
    .flatMap((d) => readdirSync(d).map((n) => join(d, n)))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`)
    .join('|');

/** Serves the study guides as the `virtual:kmslab/...` modules listed above. */
export function guidesPlugin(options: GuidesOptions = {}): Plugin {
  let dir = options.dir ? resolve(options.dir) : '';
  let banksDir = options.banksDir ? resolve(options.banksDir) : '';
  let building = true;
  let cached: { key: string; guides: ReturnType<typeof readGuides>; timeline?: Timeline } | undefined;
  const current = () => {
    const key = filesKey([dir, banksDir]);
    if (cached?.key !== key) cached = { key, guides: readGuides(dir) };
    return cached;
  };
  const isWatched = (file: string) =>
    [dir, banksDir].some((d) => {
      const rel = relative(d, file);
      return rel.endsWith('.md') && !rel.startsWith('..') && !rel.includes(sep) && !rel.includes('/');
    });

  return {
    name: 'kmslab:guides',
    configResolved(config) {
      if (!options.dir) dir = resolve(config.root, 'content/guides');
      if (!options.banksDir) banksDir = resolve(config.root, 'content/banks');
      building = config.command === 'build';
    },
    resolveId(source) {
      return IDS.includes(source) || source.startsWith(`${GUIDES_ID}/guide-`) ? `\0${source}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const which = id.slice(1);
      if (!IDS.includes(which) && !which.startsWith(`${GUIDES_ID}/guide-`)) return undefined;
      if (building) this.addWatchFile(dir);
      const state = current();
      for (const { fileName } of state.guides) this.addWatchFile(join(dir, fileName));
      const guides = state.guides.map((g) => g.guide);
      if (which === GUIDES_ID) {
        for (const g of state.guides) for (const p of g.problems) this.warn(`content/guides/${g.fileName}:${p.line}: ${p.message}`);
        return jsonModule(guides.map(summaryOf));
      }
      if (which === GUIDE_LOADER_ID) return loaderModule(guides.map((g) => g.topic));
      if (which === TIMELINE_ID) {
        state.timeline ??= readTimeline(guides, banksDir);
        return jsonModule(state.timeline);
      }
      const guide = guides.find((g) => guideModuleId(g.topic) === which);
      return guide ? jsonModule(guide) : undefined;
    },
    // A guide created or deleted is not in the module graph: invalidate the virtual modules by hand.
    hotUpdate(update) {
      if (!dir || !isWatched(update.file)) return undefined;
      cached = undefined;
      const graph = this.environment.moduleGraph;
      const stale: EnvironmentModuleNode[] = [];
      for (const [id, mod] of graph.idToModuleMap) {
        if (!id.startsWith('\0virtual:kmslab/guides') && id !== `\0${TIMELINE_ID}`) continue;
        graph.invalidateModule(mod);
        stale.push(mod);
      }
      return [...update.modules.filter((m) => !stale.includes(m)), ...stale];
    },
  };
}
