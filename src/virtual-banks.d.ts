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

  /**
   * Loads the built-in questions that name this scenario (`scenario: <id>`), in file then question
   * order; none for a scenario no question names. One small chunk per scenario.
   */
  const loadScenarioQuestions: (scenarioId: string) => Promise<{ question: Question; fileName: string }[]>;
  export default loadScenarioQuestions;
}
