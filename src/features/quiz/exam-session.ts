import { hasAnswer } from '@/quiz';

/**
 * The state of one exam simulation, kept as plain JSON so it can be saved after every click and
 * restored after a reload. Pure functions: no React, no clock of its own (callers pass `now`).
 */
export interface ExamSession {
  version: 1;
  /** Random id, so two finished exams are never confused. */
  id: string;
  /** Exam code the learner chose (pass mark, time), or undefined for "any". */
  exam?: string;
  questionIds: string[];
  startedAt: string;
  durationMinutes: number;
  /** Selected option indexes per question id; missing or empty = unanswered. */
  answers: Record<string, number[]>;
  flags: Record<string, true>;
  /** Index of the question on screen. */
  current: number;
  /** Set when submitted (by the learner or because time ran out). */
  finishedAt?: string;
  finishedBy?: 'learner' | 'timeout';
  /** True when every question comes from KMS Lab's own banks: the exam is the KMS part of the chosen exam. */
  kmsOnly?: boolean;
}

/** Storage key of the exam in progress (or the last finished one, until a new one starts). */
export const EXAM_SESSION_KEY = 'kmslab.quiz.exam-session';

export function createExamSession(
  questionIds: string[],
  options: { minutes: number; exam?: string; now: Date; id?: string; kmsOnly?: boolean },
): ExamSession {
  const session: ExamSession = {
    version: 1,
    id: options.id ?? Math.random().toString(36).slice(2, 10),
    exam: options.exam,
    questionIds: [...questionIds],
    startedAt: options.now.toISOString(),
    durationMinutes: options.minutes,
    answers: {},
    flags: {},
    current: 0,
  };
  if (options.kmsOnly !== undefined) session.kmsOnly = options.kmsOnly;
  return session;
}

/**
 * Records the answer to a question. A finished exam cannot change. The answer is kept exactly as
 * given: for an ordering item the order is the answer, for a matching item the position is the prompt.
 */
export function answer(session: ExamSession, questionId: string, selected: number[]): ExamSession {
  if (session.finishedAt || !session.questionIds.includes(questionId)) return session;
  const answers = { ...session.answers };
  if (!hasAnswer(selected)) delete answers[questionId];
  else answers[questionId] = [...selected];
  return { ...session, answers };
}

export function toggleFlag(session: ExamSession, questionId: string): ExamSession {
  if (session.finishedAt) return session;
  const flags = { ...session.flags };
  if (flags[questionId]) delete flags[questionId];
  else flags[questionId] = true;
  return { ...session, flags };
}

export function goTo(session: ExamSession, index: number): ExamSession {
  const clamped = Math.max(0, Math.min(session.questionIds.length - 1, index));
  return { ...session, current: clamped };
}

/** Milliseconds left; never negative. */
export function remainingMs(session: ExamSession, now: Date): number {
  const end = Date.parse(session.startedAt) + session.durationMinutes * 60_000;
  return Math.max(0, end - now.getTime());
}

export function isAnswered(session: ExamSession, questionId: string): boolean {
  return hasAnswer(session.answers[questionId]);
}

/** Counts for the question map and the submit confirmation. */
export function progressOf(session: ExamSession): { answered: number; unanswered: number; flagged: number; total: number } {
  const total = session.questionIds.length;
  const answered = session.questionIds.filter((id) => isAnswered(session, id)).length;
  const flagged = session.questionIds.filter((id) => session.flags[id]).length;
  return { answered, unanswered: total - answered, flagged, total };
}

export function finish(session: ExamSession, now: Date, by: 'learner' | 'timeout'): ExamSession {
  if (session.finishedAt) return session;
  return { ...session, finishedAt: now.toISOString(), finishedBy: by };
}

/** "12:05" or "1:02:05" for a duration. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

function isSession(value: unknown): value is ExamSession {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<ExamSession>;
  return (
    v.version === 1 &&
    typeof v.id === 'string' &&
    Array.isArray(v.questionIds) &&
    v.questionIds.every((q) => typeof q === 'string') &&
    typeof v.startedAt === 'string' &&
    !Number.isNaN(Date.parse(v.startedAt)) &&
    typeof v.durationMinutes === 'number' &&
    typeof v.answers === 'object' &&
    v.answers !== null &&
    typeof v.flags === 'object' &&
    v.flags !== null &&
    typeof v.current === 'number'
  );
}

/** Reads the saved session; anything unreadable counts as none (it is only an exam in progress). */
export function loadSession(storage: Pick<Storage, 'getItem'>): ExamSession | null {
  try {
    const raw = storage.getItem(EXAM_SESSION_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Saves the session; returns false when the browser refused (storage full or blocked). */
export function saveSession(storage: Pick<Storage, 'setItem'>, session: ExamSession): boolean {
  try {
    storage.setItem(EXAM_SESSION_KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(EXAM_SESSION_KEY);
  } catch {
    // Nothing to do: a session that cannot be removed is replaced by the next save.
  }
}
