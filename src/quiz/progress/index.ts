/**
 * Learner progress: the versioned schema, pure migrations, safe localStorage persistence and
 * export/import. Import from here.
 */
export * from './schema';
export type { ProgressV1 } from './v1';
export { MIGRATIONS, migrateToCurrent, migrateV1toV2, type MigrationOutcome } from './migrations';
export { sanitiseProgress, type SanitisedProgress } from './validate';
export { attemptKey, laterCard, mergeCards, mergeForSave, unionAttempts, unionExams } from './merge';
export {
  isQuotaError,
  listCorruptCopies,
  loadProgress,
  readStoredCopy,
  removeStoredCopy,
  saveProgress,
  type LoadResult,
  type LoadStatus,
  type SaveFailure,
  type SaveResult,
} from './storage';
export { EXPORT_FORMAT, exportProgress, importProgress, type ImportSummary } from './transfer';
