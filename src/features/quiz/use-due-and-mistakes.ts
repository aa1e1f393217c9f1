import { useMemo } from 'react';
import { useQuizBanks } from './stores/quiz-banks';
import { useQuizProgress } from './stores/quiz-progress';
import { isDue } from '@/quiz';
import { recentMistakes } from './progress-stats';

/** The end of the learner's local day: "due today" means due before midnight, as on the home page. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Ids (in the current pool) of reviews due today and of recent mistakes to drill. */
export function useDueAndMistakes(now: Date = new Date()) {
  const pool = useQuizBanks((s) => s.pool);
  const data = useQuizProgress((s) => s.data);
  const minute = Math.floor(now.getTime() / 60_000);
  return useMemo(() => {
    const at = new Date(minute * 60_000);
    if (!data) return { dueIds: [] as string[], mistakeIds: [] as string[] };
    const available = new Set(pool.map((e) => e.question.id));
    const dueIds = Object.entries(data.cards)
      .filter(([id, card]) => available.has(id) && isDue(card, endOfDay(at)))
      .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
      .map(([id]) => id);
    const mistakeIds = recentMistakes(data.attempts, at).filter((id) => available.has(id));
    return { dueIds, mistakeIds };
  }, [pool, data, minute]);
}
