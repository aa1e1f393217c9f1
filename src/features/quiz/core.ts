/**
 * The quiz UI's single doorway into the pure quiz core (src/quiz). Pages import core functions
 * from here, so if the core's module layout changes only this file moves.
 */
export { parseBank } from '@/quiz/parse-bank';
export { isCorrect } from '@/quiz/grade';
export { buildExam, scoreExam } from '@/quiz/exam';
export type { ExamScore } from '@/quiz/exam';
export { newCard, review, ratingFor, isDue } from '@/quiz/schedule';
export type { StoredCard, Confidence } from '@/quiz/schedule';
export {
  PROGRESS_KEY,
  exportProgress,
  importProgress,
  listCorruptCopies,
  loadProgress,
  readStoredCopy,
  saveProgress,
} from '@/quiz/progress';
export type { ExamResult, ImportSummary, LoadResult, ProgressData } from '@/quiz/progress';
export { listImportedBanks, removeImportedBank, saveImportedBank } from '@/quiz/bank-store';
export type * from './types';
