import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pure cores must not know about the UI: they run in Node tests, in workers and in scenarios.
 * This test fails when a file under a core imports React, zustand, the router, React Flow or a feature.
 */
const ROOT = join(import.meta.dirname, '../../..');
const CORES = ['src/kms', 'src/quiz', 'src/scenarios', 'src/envelope', 'src/learn', 'src/labs'];
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /^react(-dom)?(\/|$)/, why: 'React' },
  { pattern: /^zustand(\/|$)/, why: 'zustand' },
  { pattern: /^@tanstack\/react-router(\/|$)/, why: 'the router' },
  { pattern: /^@xyflow\//, why: 'React Flow' },
  { pattern: /^(@\/|(\.\.\/)+)features(\/|$)/, why: 'a feature (UI)' },
  { pattern: /^(@\/|(\.\.\/)+)(app|components|stores)(\/|$)/, why: 'app UI code' },
];

/** Every module specifier a source file imports, re-exports or dynamically imports. */
function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const re = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(re)) found.push((m[1] ?? m[2])!);
  return found;
}

function violations(file: string, source: string): string[] {
  return importSpecifiers(source).flatMap((spec) =>
    FORBIDDEN.filter((f) => f.pattern.test(spec)).map((f) => `${file} imports ${f.why} ("${spec}")`),
  );
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('core boundaries', () => {
  it('finds UI imports in a sample (the checker itself works)', () => {
    const sample = [
      "import { useState } from 'react';",
      "import type { X } from '@xyflow/react';",
      "export { y } from '../features/console/thing';",
      "const m = await import('zustand');",
      "import { createRoute } from '@tanstack/react-router';",
      "import { ok } from './ciphertext-blob';",
    ].join('\n');
    expect(violations('sample.ts', sample)).toHaveLength(5);
  });

  it.each(CORES)('%s imports no React, zustand, router, React Flow or feature code', (core) => {
    const files = walk(join(ROOT, core));
    const problems = files.flatMap((f) => violations(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });
});
