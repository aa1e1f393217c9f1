// ESLint (flat config): type-checked TypeScript rules, React hooks rules, and the import rules that
// keep the layers one-way (docs/architecture.md). `npm run lint` runs it with Prettier and knip.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

/** The pure cores: no React, no router, no DOM framework, no feature. */
const CORES = ['kms', 'quiz', 'scenarios', 'envelope', 'labs', 'learn'];
/**
 * Modules of a core that other layers may import besides its index.ts, each for a reason:
 * - kms/access: the access layer (IAM, policies, grants, audit), a documented sub-module of its own;
 * - quiz/parse-bank, quiz/bank-store, scenarios/registry and labs/registry are loaded only by the
 *   pages that need them (an imported bank, a scenario run, a lab being worked on), so the index
 *   must not pull them into every page.
 */
const EXTRA_CORE_ENTRIES = {
  kms: ['access/index.ts'],
  labs: ['registry.ts'],
  quiz: ['parse-bank.ts', 'bank-store.ts'],
  scenarios: ['registry.ts'],
};
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const UI_LIBRARIES = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@tanstack/*', '@xyflow/*'];

/** import-x/no-restricted-paths zones: who may not import whom. */
const zones = [
  // Cores import no UI layer.
  ...CORES.map((core) => ({
    target: `./src/${core}`,
    from: ['./src/features', './src/app', './src/components', './src/lib', './src/router.tsx', './src/main.tsx'],
    message: 'A core (src/kms, src/quiz, ...) is pure: it imports no feature, app, UI or lib module.',
  })),
  // Other layers use a core through its index.ts (and the lazy entries above).
  ...CORES.map((core) => ({
    target: ['./src/features', './src/app', './src/components', './src/lib', ...CORES.filter((c) => c !== core).map((c) => `./src/${c}`)],
    from: `./src/${core}`,
    except: ['./index.ts', ...(EXTRA_CORE_ENTRIES[core] ?? []).map((f) => `./${f}`)],
    message: `Import src/${core} through its index.ts ('@/${core}'), so the core can move its files freely.`,
  })),
  // Shared layers never reach up.
  {
    target: ['./src/lib', './src/components'],
    from: ['./src/features', './src/app', './src/router.tsx', './src/main.tsx'],
    message: 'src/lib and src/components are shared by every feature; they import no feature and not the app shell.',
  },
  // A feature never imports the shell or the router (they compose features, not the reverse) ...
  {
    target: './src/features',
    from: ['./src/app', './src/router.tsx', './src/main.tsx'],
    message: 'Features do not import the app shell or the router; the router hangs their routes under the root.',
  },
  // ... and uses another feature only through that feature's index.ts.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...FEATURES.filter((f) => f !== feature).map((f) => `./${f}/index.ts`)],
    message: "Use another feature only through its index.ts ('@/features/<name>').",
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dev-dist/**',
      'node_modules/**',
      'tests/artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // An async event handler is fine in JSX (React ignores the promise); the handlers catch their own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Async methods that implement an async interface without awaiting (the in-memory store) are intended.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON the app stored and the wire carried; typing each parse would only restate the assertion.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The house rule (DEVELOPERS.md): no function over 150 lines; aim under 100 by splitting a
    // component into parts, or logic into a reducer or named pure helpers.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: CORES.map((core) => `src/${core}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI_LIBRARIES, message: 'Cores are pure TypeScript: no React, router, store or diagram library.' }] },
      ],
    },
  },
  {
    // Plain JavaScript (scripts, this config): no type information to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
