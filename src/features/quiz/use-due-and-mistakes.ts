import { useMemo } from 'react';
import { useQuizBanks } from './stores/quiz-banks';
import { useQuizProgress } from './stores/quiz-progress';
import { dailyQueue, limitsFrom, type DailyQueue } from '@/quiz';
import { recentMistakes } from './progress-stats';
import { newQuestionOrder } from './new-question-order';

const EMPTY: DailyQueue = { learning: [], reviews: [], fresh: [], reviewsOverLimit: 0, freshOverLimit: 0, later: [] };

/**
 * Today's review queue (FSRS cards due, within the daily limits; new questions up to the new limit)
 * and the recent mistakes to drill, for the questions in the current banks. Recomputed each minute.
 */
export function useDueAndMistakes(now: Date = new Date()) {
  const pool = useQuizBanks((s) => s.pool);
  const data = useQuizProgress((s) => s.data);
  const minute = Math.floor(now.getTime() / 60_000);
  return useMemo(() => {
    const at = new Date(minute * 60_000);
    if (!data) return { queue: EMPTY, dueToday: 0, mistakeIds: [] as string[] };
    const queue = dailyQueue({
      cards: data.cards,
      available: newQuestionOrder(pool),
      studyDay: data.studyDay,
      limits: limitsFrom(data.settings),
      now: at,
    });
    const available = new Set(pool.map((e) => e.question.id));
    const mistakeIds = recentMistakes(data.stats, at).filter((id) => available.has(id));
    return { queue, dueToday: queue.learning.length + queue.reviews.length + queue.later.length, mistakeIds };
  }, [pool, data, minute]);
}
