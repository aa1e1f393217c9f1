/**
 * The quiz core: bank parsing, grading, exams, FSRS scheduling, progress and imported banks.
 * Pure TypeScript (IndexedDB and Storage are passed in or feature-detected), no UI imports.
 */
export * from './model';
export { parseBank, type ParseBankOptions } from './parse-bank';
export { hashString, normaliseForId, questionContentId } from './hash';
export { correctIndexes, isCorrect } from './grade';
export * from './exam';
export * from './schedule';
export { seededRandom, shuffled } from './random';
export * from './progress';
export * from './bank-store';
