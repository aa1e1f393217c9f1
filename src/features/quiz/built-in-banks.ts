import banks from 'virtual:kmslab/built-in-banks';
import type { LoadedBank } from './question-pool';

// Parsed at build time (scripts/vite-plugin-built-in-banks.ts): this module is JSON, no Markdown and
// no parser. The quiz store imports it with import(), so a quiz page renders before the banks arrive.

let cache: LoadedBank[] | null = null;

/** KMS Lab's own banks, as the quiz lists them. */
export function builtInBanks(): LoadedBank[] {
  cache ??= banks.map(({ fileName, title, format, problems, questions }) => ({
    info: {
      id: `builtin:${fileName}`,
      title,
      fileName,
      origin: 'built-in' as const,
      format,
      problems,
      questionCount: questions.length,
    },
    questions,
  }));
  return cache;
}
