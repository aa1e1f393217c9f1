/**
 * The question model shared by the parser, grading, exams and scheduling.
 * Kept free of any parsing detail so the UI can depend on it alone.
 */

import type { DomainTag } from './exam-domains.ts';

/** Which bank syntax a file was read as. */
export type BankFormat = 'kmslab' | 'task-list' | 'numbered';

/** Difficulty a bank author may give a question. */
export type Difficulty = 'easy' | 'medium' | 'hard';

/** One answer option of a question. */
export interface QuestionOption {
  /** Option text (Markdown). */
  text: string;
  /** True when choosing this option is part of the correct answer. */
  correct: boolean;
  /** "Why this option is right or wrong", shown after answering (Markdown). */
  rationale?: string;
}

/** One multiple-choice or multiple-response question. */
export interface Question {
  /** Stable id: explicit in the bank, or a hash of the normalised stem and options (never the position). */
  id: string;
  /** Question text (Markdown). */
  stem: string;
  options: QuestionOption[];
  /** Why the correct answer is correct (Markdown). */
  explanation?: string;
  /** Reference URLs. */
  references?: string[];
  tags?: string[];
  topic?: string;
  /** Exam codes such as `SAA-C03`. */
  exams?: string[];
  /** The exam-guide domains this question serves, one per exam at most (e.g. SCS-C03 "Data Protection"). */
  domains?: DomainTag[];
  difficulty?: Difficulty;
  /** Id of an app scenario that shows the idea. */
  scenario?: string;
  /** `YYYY-MM` when a rule the question tests changed over time. */
  changed?: string;
  /** True when more than one option is correct (multiple response). */
  multiple: boolean;
  /** Number of correct options, i.e. how many the learner must choose. */
  choose: number;
  /** 1-based line where the question starts in its file. */
  line: number;
}

/** Something wrong or doubtful in a bank, tied to a line so an author can fix it. */
export interface Problem {
  /** 1-based line number. */
  line: number;
  /** What is wrong, and where possible how to fix it. */
  message: string;
  /** `error`: the question was not loaded. `warning`: it was loaded but looks doubtful. */
  severity: 'error' | 'warning';
}

/** The result of reading one bank file. */
export interface ParsedBank {
  title?: string;
  topic?: string;
  exams?: string[];
  domains?: DomainTag[];
  tags?: string[];
  format: BankFormat;
  /** Questions that loaded (those with errors are left out and reported in `problems`). */
  questions: Question[];
  problems: Problem[];
}
