import { countAnswer, foldAttempts, newCard, ratingFor, review, type Attempt, type Confidence, type ProgressData } from '@/quiz';

/** One checked answer, as the UI reports it. */
export interface AnswerRecord {
  questionId: string;
  selected: number[];
  correct: boolean;
  mode: 'practice' | 'exam' | 'review' | 'drill';
  confidence?: Confidence;
}

/**
 * Applies answers to progress data: one pending attempt each (the history database takes it from
 * there), the FSRS card moved on by its rating, the running totals and today's counters for the daily
 * limits. Exam answers are scheduled without same-day learning steps: nothing can come back within
 * minutes during an exam, and a step that cannot happen today would only crowd tomorrow's queue.
 */
export function applyAnswers(data: ProgressData, records: readonly AnswerRecord[], now: Date): ProgressData {
  if (records.length === 0) return data;
  const cards = { ...data.cards };
  const attempts: Attempt[] = [];
  let studyDay = data.studyDay;
  for (const r of records) {
    const at = now.toISOString();
    attempts.push({
      questionId: r.questionId,
      at,
      selected: [...r.selected],
      correct: r.correct,
      mode: r.mode,
      ...(r.confidence ? { confidence: r.confidence } : {}),
    });
    const before = cards[r.questionId];
    studyDay = countAnswer(studyDay, before, now);
    cards[r.questionId] = review(before ?? newCard(now), ratingFor(r.correct, r.confidence), now, { learningSteps: r.mode !== 'exam' });
  }
  const totals = foldAttempts(data, attempts);
  return {
    ...data,
    cards,
    stats: totals.stats,
    days: totals.days,
    ...(studyDay ? { studyDay } : {}),
    pending: { ...data.pending, attempts: [...data.pending.attempts, ...attempts] },
  };
}
