import { describe, expect, it } from 'vitest';
import { scoreExam } from '@/quiz/exam';
import { answer, createExamSession, progressOf } from '@/features/quiz/exam-session';
import { makeMatching, makeOrdering, makeQuestion } from './make-question';

describe('exams with ordering and matching items', () => {
  const questions = [
    { ...makeOrdering('envelope-encryption-901', 4), topic: 'envelope-encryption' },
    { ...makeMatching('key-states-901', [0, 1, 2]), topic: 'key-states' },
    { ...makeQuestion('rotation-901', [1]), topic: 'rotation' },
  ];

  it('scores each item all-or-nothing and counts it in its topic', () => {
    const score = scoreExam(questions, {
      'envelope-encryption-901': [0, 1, 2, 3],
      'key-states-901': [0, 1, 0], // two of three pairs right: wrong
      'rotation-901': [1],
    });
    expect(score).toMatchObject({ correct: 2, total: 3, answered: 3 });
    expect(score.byTopic).toEqual({
      'envelope-encryption': { correct: 1, total: 1 },
      'key-states': { correct: 0, total: 1 },
      rotation: { correct: 1, total: 1 },
    });
  });

  it('keeps an ordering answer in the learner order in the session (no sorting) and counts it answered', () => {
    let session = createExamSession(
      questions.map((q) => q.id),
      { minutes: 10, now: new Date('2026-05-01T10:00:00Z'), id: 'exam-1' },
    );
    session = answer(session, 'envelope-encryption-901', [3, 1, 0, 2]);
    session = answer(session, 'key-states-901', [-1, 2, -1]);
    expect(session.answers['envelope-encryption-901']).toEqual([3, 1, 0, 2]);
    expect(session.answers['key-states-901']).toEqual([-1, 2, -1]);
    expect(progressOf(session)).toMatchObject({ answered: 2, unanswered: 1 });
  });
});
