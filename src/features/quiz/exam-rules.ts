import { DEFAULT_EXAM, EXAM_RULES as CORE_RULES, examRule, type ExamRule } from '@/quiz';

export type { ExamRule };
export { DEFAULT_EXAM };

/** The exams the simulator offers: the current ones (the core maps retired codes to their successors). */
export const EXAM_RULES: readonly ExamRule[] = Object.values(CORE_RULES);

/** The rule of a chosen exam code (a retired code gets its successor's), or undefined for "any". */
export function ruleFor(code: string | undefined): ExamRule | undefined {
  return code ? examRule(code) : undefined;
}

/**
 * How an exam is named wherever it is shown. KMS Lab's own questions cover AWS KMS only, so an exam
 * built from them is the KMS part of the chosen exam, never the whole of it.
 */
export function examLabel(code: string | undefined, kmsOnly: boolean | undefined): string {
  const rule = ruleFor(code);
  if (kmsOnly === true) return rule ? `${rule.code}, KMS part` : 'KMS questions, any exam';
  // Exams saved before KMS Lab recorded where the questions came from say only what they were.
  if (kmsOnly === undefined) return rule?.code ?? code ?? 'Any exam';
  return rule ? `${rule.code}, with your own questions` : 'Any exam, with your own questions';
}

/** Time for a shorter exam: the same minutes per question as the real one, rounded up. */
export function defaultMinutes(count: number, rule?: Pick<ExamRule, 'questions' | 'minutes'>): number {
  const full = rule ?? DEFAULT_EXAM;
  if (count <= 0) return 0;
  return Math.max(1, Math.ceil((full.minutes * count) / full.questions));
}
