import { DEFAULT_EXAM, EXAM_RULES as CORE_RULES, type ExamRule } from '@/quiz';

export type { ExamRule };
export { DEFAULT_EXAM };

/**
 * The exams the simulator offers, from the core's table (AWS exam guides): current exams first,
 * retired ones (kept for older imported banks) last.
 */
export const EXAM_RULES: readonly ExamRule[] = Object.values(CORE_RULES).sort(
  (a, b) => Number(/retired/i.test(a.name)) - Number(/retired/i.test(b.name)),
);

/** Time for a shorter exam: the same minutes per question as the real one, rounded up. */
export function defaultMinutes(count: number, rule?: Pick<ExamRule, 'questions' | 'minutes'>): number {
  const full = rule ?? DEFAULT_EXAM;
  if (count <= 0) return 0;
  return Math.max(1, Math.ceil((full.minutes * count) / full.questions));
}
