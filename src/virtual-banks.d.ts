// Modules served by scripts/vite-plugin-built-in-banks.ts: the built-in banks, parsed at build time.

declare module 'virtual:kmslab/built-in-banks' {
  import type { BankFormat, Problem, Question } from '@/quiz/model';

  /** Every bank in content/banks, sorted by file name, as parseBank read it. */
  const banks: readonly {
    fileName: string;
    /** The bank's title, or its file name without `.md`. */
    title: string;
    format: BankFormat;
    problems: Problem[];
    questions: Question[];
  }[];
  export default banks;
}

declare module 'virtual:kmslab/scenario-questions' {
  import type { Question } from '@/quiz/model';

  /** The built-in questions that name a scenario (`scenario: <id>`), in file then question order. */
  const questions: readonly { question: Question; fileName: string }[];
  export default questions;
}
