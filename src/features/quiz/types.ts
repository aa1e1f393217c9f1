/** Question model types from the quiz core, in one place for the UI. */
export type { ParsedBank, Problem, Question, QuestionOption } from '@/quiz/model';
