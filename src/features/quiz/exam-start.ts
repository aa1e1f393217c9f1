import { buildExam, isCorrect, scoreExam, type Question } from '@/quiz';
import { createExamSession, finish, type ExamSession } from './exam-session';
import type { ExamRecordInput } from './exam-record';
import type { ExamChoice } from './exam-setup';
import type { PoolEntry } from './question-pool';

/** The exam's answers as progress records: one per question, unanswered ones counted wrong as on the real exam. */
export function answerRecords(questions: readonly Question[], answers: ExamSession['answers']): ExamRecordInput['answers'] {
  return questions.map((q) => {
    const selected = answers[q.id] ?? [];
    return { questionId: q.id, selected, correct: isCorrect(q, selected), mode: 'exam' as const };
  });
}

/**
 * A new exam session for the learner's choice. The core samples topics in proportion to the pool, so
 * a short exam still spreads like a real one. An exam of KMS Lab's own questions only is marked as
 * such: it is the KMS part of the chosen exam.
 */
export function startExam(pool: readonly PoolEntry[], choice: ExamChoice, now: Date): ExamSession {
  const bankOf = new Map(pool.map((e) => [e.question.id, e.bank]));
  const picked = buildExam(
    pool.map((e) => e.question),
    {
      count: choice.count,
      filter: (q) => (!choice.exam || (q.exams ?? []).includes(choice.exam)) && (!choice.bank || bankOf.get(q.id)?.id === choice.bank),
    },
  );
  return createExamSession(
    picked.map((q) => q.id),
    {
      minutes: choice.minutes,
      exam: choice.exam,
      now,
      kmsOnly: picked.every((q) => bankOf.get(q.id)?.origin === 'built-in'),
    },
  );
}

/**
 * The finished session and what the progress store records for it. After a reload past the deadline,
 * the exam ended at the deadline, not when the tab came back.
 */
export function submitExam(
  session: ExamSession,
  entries: readonly PoolEntry[],
  by: 'learner' | 'timeout',
  now: number,
): { done: ExamSession; record: ExamRecordInput } {
  const deadline = Date.parse(session.startedAt) + session.durationMinutes * 60_000;
  const done = finish(session, new Date(by === 'timeout' ? Math.min(now, deadline) : now), by);
  const questions = entries.map((e) => e.question);
  return {
    done,
    record: {
      session: done,
      score: scoreExam(questions, done.answers, { exam: done.exam }),
      answers: answerRecords(questions, done.answers),
    },
  };
}
