/**
 * Schema version 1: the first stored shape (kept only so old data can be migrated).
 * It keyed answers by question and stored timestamps as epoch milliseconds and FSRS fields in
 * camelCase; version 2 moved to an attempt log, ISO dates and ts-fsrs field names.
 */
export interface ProgressV1 {
  version: 1;
  /** Answers per question id, oldest first. */
  answers: Record<string, { at: number; selected: number[]; correct: boolean; mode?: 'practice' | 'exam' }[]>;
  /** FSRS state per question id. */
  srs: Record<
    string,
    {
      due: number;
      stability: number;
      difficulty: number;
      elapsedDays: number;
      scheduledDays: number;
      reps: number;
      lapses: number;
      state: number;
      lastReview?: number;
    }
  >;
  /** Flagged question ids. */
  flagged: string[];
  /** Finished exams (no per-question answers were kept in v1). */
  examHistory: { at: number; exam?: string; correct: number; total: number; minutes?: number }[];
  settings?: { askConfidence?: boolean; exam?: string };
}
