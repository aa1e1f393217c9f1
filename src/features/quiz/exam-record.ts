import { hasAnswer, type ExamResult, type ExamScore } from '@/quiz';
import type { ExamSession } from './exam-session';

/** What the exam page hands to the progress store when an exam is submitted. */
export interface ExamRecordInput {
  session: ExamSession;
  score: ExamScore;
  /** One answer per question (unanswered ones with `selected: []`, counted wrong as on the real exam). */
  answers: { questionId: string; selected: number[]; correct: boolean; mode: 'exam' }[];
}

/** The stored exam result (progress schema) for a finished session and its score. */
export function examResultFrom({ session, score, answers }: ExamRecordInput): ExamResult {
  const flagged = Object.keys(session.flags).filter((id) => session.questionIds.includes(id));
  return {
    id: `${session.startedAt}-${session.id}`,
    startedAt: session.startedAt,
    finishedAt: session.finishedAt ?? new Date().toISOString(),
    ...(session.exam ? { exam: session.exam } : {}),
    ...(session.finishedBy ? { finishedBy: session.finishedBy } : {}),
    minutes: session.durationMinutes,
    questionIds: answers.map((a) => a.questionId),
    answers: Object.fromEntries(answers.filter((a) => hasAnswer(a.selected)).map((a) => [a.questionId, a.selected])),
    ...(flagged.length ? { flagged } : {}),
    correct: score.correct,
    total: score.total,
    percent: score.percent,
    scaledEstimate: score.scaledEstimate,
    passMark: score.passMark,
    passed: score.passed,
    byTopic: score.byTopic,
    byDomain: score.byDomain,
    ...(session.kmsOnly !== undefined ? { kmsOnly: session.kmsOnly } : {}),
    // The runner seeds the display order with the session id: the review shows the same order.
    displaySeed: session.id,
  };
}
