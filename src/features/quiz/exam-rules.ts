/**
 * AWS exam facts the simulator follows (see /sources and the AWS exam guides): 65 questions,
 * scaled score 100–1000, all-or-nothing per question, no penalty for guessing.
 */
export interface ExamRule {
  code: string;
  name: string;
  questions: number;
  minutes: number;
  passing: number;
}

export const EXAM_RULES: readonly ExamRule[] = [
  { code: 'SAA-C03', name: 'Solutions Architect – Associate', questions: 65, minutes: 130, passing: 720 },
  { code: 'SCS-C03', name: 'Security – Specialty', questions: 65, minutes: 170, passing: 750 },
  { code: 'DVA-C02', name: 'Developer – Associate', questions: 65, minutes: 130, passing: 720 },
  { code: 'CLF-C02', name: 'Cloud Practitioner', questions: 65, minutes: 90, passing: 700 },
];

/** Default length and time when no exam is chosen: the Associate format. */
export const DEFAULT_EXAM = { questions: 65, minutes: 130 } as const;

/** Time for a shorter exam: the same minutes per question as the real one, rounded up. */
export function defaultMinutes(count: number, rule?: ExamRule): number {
  const full = rule ?? { questions: DEFAULT_EXAM.questions, minutes: DEFAULT_EXAM.minutes };
  if (count <= 0) return 0;
  return Math.max(1, Math.ceil((full.minutes * count) / full.questions));
}
