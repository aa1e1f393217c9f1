import { localDay, type DayTally, type QuestionStats } from '@/quiz';

/**
 * Numbers for the progress page, the hub and the drill list, derived from the running totals of
 * the progress document (per question and per day), so no page reads the whole answer history.
 * Pure, so they are easy to test and cheap to import.
 */

/** How far back "recent" mistakes go. */
export const MISTAKE_WINDOW_DAYS = 30;

/**
 * Questions to drill: the last answer was wrong and it was given in the last 30 days.
 * Answering one right takes it off the list. Most recent mistakes first.
 */
export function recentMistakes(stats: Readonly<Record<string, QuestionStats>>, now: Date, windowDays = MISTAKE_WINDOW_DAYS): string[] {
  const since = now.getTime() - windowDays * 86_400_000;
  return Object.entries(stats)
    .filter(([, s]) => !s.lastCorrect && Date.parse(s.lastAt) >= since)
    .sort(([, a], [, b]) => Date.parse(b.lastAt) - Date.parse(a.lastAt))
    .map(([id]) => id);
}

/** Days in a row, ending today (or yesterday, so a streak is not lost before today's study), with at least one answer. */
export function streakDays(days: Readonly<Record<string, DayTally>>, now: Date): number {
  const studied = (d: Date) => (days[localDay(d)]?.answered ?? 0) > 0;
  const cursor = new Date(now);
  if (!studied(cursor)) cursor.setDate(cursor.getDate() - 1);
  let streak = 0;
  while (studied(cursor)) {
    streak++;
    cursor.setDate(cursor.getDate() - 1);
  }
  return streak;
}

export interface DayAccuracy {
  day: string;
  answered: number;
  correct: number;
}

/** Answers and right answers per day for the last `count` days, oldest first (days without answers included). */
export function accuracyByDay(days: Readonly<Record<string, DayTally>>, now: Date, count = 30): DayAccuracy[] {
  const out: DayAccuracy[] = [];
  const cursor = new Date(now);
  cursor.setDate(cursor.getDate() - (count - 1));
  for (let i = 0; i < count; i++) {
    const day = localDay(cursor);
    out.push({ day, answered: days[day]?.answered ?? 0, correct: days[day]?.correct ?? 0 });
    cursor.setDate(cursor.getDate() + 1);
  }
  return out;
}

/** All answers and right answers. */
export function totals(stats: Readonly<Record<string, QuestionStats>>): { answered: number; correct: number } {
  let answered = 0;
  let correct = 0;
  for (const s of Object.values(stats)) {
    answered += s.answered;
    correct += s.correct;
  }
  return { answered, correct };
}

export interface TopicMastery {
  topic: string;
  total: number;
  /** Questions answered at least once. */
  seen: number;
  /** Questions whose latest answer was right. */
  mastered: number;
  /** Share of all answers in this topic that were right, or null before any answer. */
  accuracy: number | null;
  attempts: number;
}

/** Per-topic mastery over the questions available now (topic-less questions count under ""). */
export function masteryByTopic(
  questions: readonly { id: string; topic?: string }[],
  stats: Readonly<Record<string, QuestionStats>>,
): TopicMastery[] {
  const rows = new Map<string, TopicMastery & { right: number }>();
  for (const q of questions) {
    const topic = q.topic ?? '';
    let r = rows.get(topic);
    if (!r) rows.set(topic, (r = { topic, total: 0, seen: 0, mastered: 0, accuracy: null, attempts: 0, right: 0 }));
    r.total++;
    const s = stats[q.id];
    if (!s) continue;
    r.seen++;
    if (s.lastCorrect) r.mastered++;
    r.attempts += s.answered;
    r.right += s.correct;
  }
  return [...rows.values()]
    .map(({ right, ...r }) => ({ ...r, accuracy: r.attempts ? right / r.attempts : null }))
    .sort((a, b) => a.topic.localeCompare(b.topic));
}
