/**
 * Numbers for the progress page, the hub and the home page, derived from stored attempts.
 * Pure, structural types only, so they are easy to test and cheap to import.
 */
export interface AttemptLike {
  questionId: string;
  at: string;
  correct: boolean;
  mode?: string;
}

/** The learner's local calendar day of a timestamp, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The latest attempt per question. */
export function latestAttempts(attempts: readonly AttemptLike[]): Map<string, AttemptLike> {
  const latest = new Map<string, AttemptLike>();
  for (const a of attempts) {
    const prev = latest.get(a.questionId);
    if (!prev || Date.parse(a.at) >= Date.parse(prev.at)) latest.set(a.questionId, a);
  }
  return latest;
}

/** How far back "recent" mistakes go. */
export const MISTAKE_WINDOW_DAYS = 30;

/**
 * Questions to drill: the last answer was wrong and it was given in the last 30 days.
 * Answering one right takes it off the list. Most recent mistakes first.
 */
export function recentMistakes(attempts: readonly AttemptLike[], now: Date, windowDays = MISTAKE_WINDOW_DAYS): string[] {
  const since = now.getTime() - windowDays * 86_400_000;
  return [...latestAttempts(attempts).values()]
    .filter((a) => !a.correct && Date.parse(a.at) >= since)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .map((a) => a.questionId);
}

/** Days in a row, ending today (or yesterday, so a streak is not lost before today's study), with at least one answer. */
export function streakDays(attempts: readonly AttemptLike[], now: Date): number {
  const days = new Set(attempts.map((a) => localDay(new Date(a.at))));
  const cursor = new Date(now);
  if (!days.has(localDay(cursor))) cursor.setDate(cursor.getDate() - 1);
  let streak = 0;
  while (days.has(localDay(cursor))) {
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

/** Answers and right answers per day for the last `days` days, oldest first (days without answers included). */
export function accuracyByDay(attempts: readonly AttemptLike[], now: Date, days = 30): DayAccuracy[] {
  const byDay = new Map<string, DayAccuracy>();
  const cursor = new Date(now);
  cursor.setDate(cursor.getDate() - (days - 1));
  for (let i = 0; i < days; i++) {
    const day = localDay(cursor);
    byDay.set(day, { day, answered: 0, correct: 0 });
    cursor.setDate(cursor.getDate() + 1);
  }
  for (const a of attempts) {
    const entry = byDay.get(localDay(new Date(a.at)));
    if (!entry) continue;
    entry.answered++;
    if (a.correct) entry.correct++;
  }
  return [...byDay.values()];
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
export function masteryByTopic(questions: readonly { id: string; topic?: string }[], attempts: readonly AttemptLike[]): TopicMastery[] {
  const latest = latestAttempts(attempts);
  const topicOf = new Map(questions.map((q) => [q.id, q.topic ?? '']));
  const rows = new Map<string, TopicMastery>();
  const row = (topic: string) => {
    let r = rows.get(topic);
    if (!r) rows.set(topic, (r = { topic, total: 0, seen: 0, mastered: 0, accuracy: null, attempts: 0 }));
    return r;
  };
  for (const q of questions) {
    const r = row(q.topic ?? '');
    r.total++;
    const last = latest.get(q.id);
    if (last) {
      r.seen++;
      if (last.correct) r.mastered++;
    }
  }
  const right = new Map<string, number>();
  for (const a of attempts) {
    const topic = topicOf.get(a.questionId);
    if (topic === undefined) continue; // a question from a bank that was removed
    const r = row(topic);
    r.attempts++;
    if (a.correct) right.set(topic, (right.get(topic) ?? 0) + 1);
  }
  for (const r of rows.values()) r.accuracy = r.attempts ? (right.get(r.topic) ?? 0) / r.attempts : null;
  return [...rows.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}
