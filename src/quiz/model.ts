/**
 * The question model shared by the parser, grading, exams and scheduling.
 * Kept free of any parsing detail so the UI can depend on it alone.
 *
 * A question is one of three item types, as AWS's current exams ask them (SCS-C03 since 2 December
 * 2025): `choice` (multiple choice or multiple response), `ordering` (put 3 to 5 steps in order) and
 * `matching` (pair 3 to 7 prompts with responses from a list). Every type is graded all-or-nothing,
 * and every answer is a `number[]` in written-order indexes (see {@link Answer}).
 */

import type { DomainTag } from './exam-domains.ts';

/** Which bank syntax a file was read as. */
export type BankFormat = 'kmslab' | 'task-list' | 'numbered';

/** Difficulty a bank author may give a question. */
export type Difficulty = 'easy' | 'medium' | 'hard';

/** The item types, as the `type:` metadata names them. */
export type QuestionType = 'choice' | 'ordering' | 'matching';

/** Every item type, in the order the app lists them. */
export const QUESTION_TYPES: readonly QuestionType[] = ['choice', 'ordering', 'matching'];

/**
 * A learner's answer, always a list of numbers in written-order indexes, so stored progress has one
 * shape for every item type:
 * - choice: the indexes of the chosen options, ascending;
 * - ordering: the learner's sequence of step indexes (a step's index is its position in the written,
 *   correct order, so the right answer is `[0, 1, ..., n-1]`);
 * - matching: for each prompt in written order, the index of the chosen response in
 *   `responses` (`-1` for none).
 * An empty list is "not answered".
 */
export type Answer = number[];

/** One answer option of a choice question. */
export interface QuestionOption {
  /** Option text (Markdown). */
  text: string;
  /** True when choosing this option is part of the correct answer. */
  correct: boolean;
  /** "Why this option is right or wrong", shown after answering (Markdown). */
  rationale?: string;
}

/** What every item type has. */
export interface QuestionBase {
  /** Stable id: explicit in the bank, or a hash of the normalised stem and options (never the position). */
  id: string;
  /** Question text (Markdown). */
  stem: string;
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
  /** 1-based line where the question starts in its file. */
  line: number;
}

/** A multiple-choice or multiple-response question. */
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  options: QuestionOption[];
  /** True when more than one option is correct (multiple response). */
  multiple: boolean;
  /** Number of correct options, i.e. how many the learner must choose. */
  choose: number;
}

/** How many steps an ordering item has (AWS: "a list of 3–5 responses to complete a specified task"). */
export const ORDERING_STEPS = { min: 3, max: 5 } as const;

/** How many prompts a matching item has (AWS: "a list of responses to match with a list of 3–7 prompts"). */
export const MATCHING_PROMPTS = { min: 3, max: 7 } as const;

/** One step of an ordering question. */
export interface OrderingStep {
  /** Step text (Markdown). */
  text: string;
  /** Why the step sits where it does, shown after answering (Markdown). */
  rationale?: string;
}

/** Put 3 to 5 steps in order. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** The steps in the right order (the app shows them shuffled). */
  steps: OrderingStep[];
}

/** One prompt of a matching question. */
export interface MatchingPrompt {
  /** Prompt text (Markdown). */
  text: string;
  /** Index of the right response in {@link MatchingQuestion.responses}. */
  response: number;
  /** Why this pair belongs together, shown after answering (Markdown). */
  rationale?: string;
}

/** One response a matching question offers. */
export interface MatchingResponse {
  /** Response text (Markdown). */
  text: string;
  /**
   * For a distractor (a response no prompt uses): why it matches no prompt. The rationale of a used
   * response lives on its prompts.
   */
  rationale?: string;
}

/** Pair 3 to 7 prompts with responses from a list (a response may serve several prompts; distractors serve none). */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  /** The prompts in written order. */
  prompts: MatchingPrompt[];
  /** Every response on offer: those the prompts use, in order of first use, then the distractors. */
  responses: MatchingResponse[];
}

/** One question of any item type. */
export type Question = ChoiceQuestion | OrderingQuestion | MatchingQuestion;

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
