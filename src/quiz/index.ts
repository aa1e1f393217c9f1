/**
 * The quiz core: question model, grading, exams, FSRS scheduling, progress, exam domains and bank
 * statistics. Pure TypeScript (IndexedDB and Storage are passed in or feature-detected), no UI imports.
 *
 * The bank parser (`parse-bank.ts`) and the imported-bank store (`bank-store.ts`) are separate entry
 * points: pages load them with import() only when a learner imports a bank, so they stay out of this
 * index and out of every page that imports it.
 */
export * from './model';
export { hashString, normaliseForId, questionContentId } from './hash';
export { correctAnswer, correctIndexes, isAnswerComplete, isCorrect } from './grade';
export * from './exam';
export * from './schedule';
export { displayOrder, newSeed, seededRandom, shuffled, type DisplayOrder } from './random';
export * from './progress';
export * from './exam-domains';
export * from './stats';
export * from './study-day';
export * from './study-session';
