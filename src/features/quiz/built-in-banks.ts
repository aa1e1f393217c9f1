import { parseBank } from './core';
import type { LoadedBank } from './question-pool';

// Read at build time: every file in content/banks becomes part of the quiz chunk (not the home page).
const SOURCES = import.meta.glob('/content/banks/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cache: LoadedBank[] | null = null;

/** KMS Lab's own banks, parsed once per page load. */
export function builtInBanks(): LoadedBank[] {
  if (cache) return cache;
  cache = Object.entries(SOURCES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, source]) => {
      const fileName = path.split('/').pop() ?? path;
      const parsed = parseBank(source, { fileName });
      return {
        info: {
          id: `builtin:${fileName}`,
          title: parsed.title ?? fileName.replace(/\.md$/, ''),
          fileName,
          origin: 'built-in' as const,
          format: parsed.format,
          problems: parsed.problems,
          questionCount: parsed.questions.length,
        },
        questions: parsed.questions,
      };
    });
  return cache;
}
