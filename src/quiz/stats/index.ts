/**
 * Bank statistics: whether a question bank measures knowledge or rewards test-taking tricks.
 * Pure; used by `npm run bank:stats` and the bank checks.
 */
export * from './bank-stats.ts';
export * from './similarity.ts';
export * from './strategies.ts';
export * from './matching.ts';
