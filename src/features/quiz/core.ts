/**
 * The quiz UI's single doorway into the pure quiz core (src/quiz). Pages import core functions
 * from here, so if the core's module layout changes only this file moves.
 *
 * Not re-exported: the bank parser and the imported-bank store. The quiz store loads those with
 * `import()` only when a learner has imported banks, so /quiz does not download the parser for the
 * built-in banks (parsed at build time); a static re-export here would pull them into every page.
 */
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
export type * from './types';
