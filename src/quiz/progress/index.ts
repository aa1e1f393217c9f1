/**
 * Learner progress: the versioned schema, pure migrations, safe localStorage persistence of the hot
 * document, the answer history in IndexedDB, and export/import. Import from here.
 */
export * from './schema';
export type { ProgressV1 } from './v1';
export type { ProgressV2 } from './v2';
export type { ProgressV3 } from './v3';
export { MIGRATIONS, migrateToCurrent, migrateV1toV2, migrateV2toV3, migrateV3toV4, type MigrationOutcome } from './migrations';
export { readLabRecord, sanitiseProgress, type SanitisedProgress } from './validate';
export {
  attemptKey,
  examKey,
  laterCard,
  mergeCards,
  mergeForSave,
  mergeLabRecord,
  mergeLabs,
  unionAttempts,
  unionExams,
  withoutCommitted,
} from './merge';
export { aggregate, foldAttempts, localDay, mergeAggregates, type Aggregates } from './aggregates';
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
  type SaveOptions,
  type SaveResult,
} from './storage';
export {
  EXPORT_FORMAT,
  applyImport,
  exportProgress,
  importProgress,
  type ImportPlan,
  type ImportSummary,
  type KnownHistory,
} from './transfer';
export {
  HistoryError,
  addHistory,
  allAttempts,
  allExams,
  countAttempts,
  getExam,
  historyKeys,
  listBackups,
  saveBackup,
  type HistoryBackup,
  type HistoryOptions,
} from './history-db';
