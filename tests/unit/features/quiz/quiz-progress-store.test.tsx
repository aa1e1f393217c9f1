import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuizProgress } from '@/features/quiz/stores/quiz-progress';
import { createExamSession, finish } from '@/features/quiz/exam-session';

const now = new Date('2026-03-10T12:00:00Z');

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  useQuizProgress.setState({ data: null, notice: undefined, saveError: undefined, readOnly: false });
  useQuizProgress.getState().load();
});

describe('quiz progress store', () => {
  it('records an answer as an attempt and an FSRS card (wrong = Again: due again the same day)', () => {
    const ok = useQuizProgress.getState().recordAnswers([{ questionId: 'q1', selected: [2], correct: false, mode: 'practice' }], now);
    expect(ok).toBe(true);
    const data = useQuizProgress.getState().data!;
    expect(data.attempts).toEqual([{ questionId: 'q1', at: now.toISOString(), selected: [2], correct: false, mode: 'practice' }]);
    const due = Date.parse(data.cards.q1!.due);
    expect(due).toBeGreaterThan(now.getTime());
    expect(due - now.getTime()).toBeLessThan(60 * 60_000);
    // And it is in localStorage, where another tab or a reload finds it.
    expect(JSON.parse(localStorage.getItem('kmslab.progress')!).attempts).toHaveLength(1);
  });

  it('confidence shapes the interval: certain (Easy) schedules later than unsure (Hard)', () => {
    const store = useQuizProgress.getState();
    store.recordAnswers([{ questionId: 'easy', selected: [1], correct: true, mode: 'review', confidence: 'high' }], now);
    store.recordAnswers([{ questionId: 'hard', selected: [1], correct: true, mode: 'review', confidence: 'low' }], now);
    const cards = useQuizProgress.getState().data!.cards;
    expect(Date.parse(cards.easy!.due)).toBeGreaterThan(Date.parse(cards.hard!.due));
    expect(useQuizProgress.getState().data!.attempts.map((a) => a.confidence)).toEqual(['high', 'low']);
  });

  it('keeps answers given in another tab (the core merges on every save)', () => {
    useQuizProgress.getState().recordAnswers([{ questionId: 'mine', selected: [0], correct: true, mode: 'practice' }], now);
    // Another tab writes its own answer directly into storage meanwhile.
    const other = JSON.parse(localStorage.getItem('kmslab.progress')!);
    other.attempts.push({
      questionId: 'theirs',
      at: new Date(now.getTime() + 1000).toISOString(),
      selected: [1],
      correct: false,
      mode: 'drill',
    });
    localStorage.setItem('kmslab.progress', JSON.stringify(other));
    useQuizProgress
      .getState()
      .recordAnswers([{ questionId: 'mine2', selected: [0], correct: true, mode: 'practice' }], new Date(now.getTime() + 2000));
    expect(
      useQuizProgress
        .getState()
        .data!.attempts.map((a) => a.questionId)
        .sort(),
    ).toEqual(['mine', 'mine2', 'theirs']);
  });

  it('records a finished exam in the history, with one attempt per question', () => {
    const session = finish(
      { ...createExamSession(['a', 'b'], { minutes: 10, now, id: 'x' }), answers: { a: [1] }, flags: { b: true } },
      new Date(now.getTime() + 60_000),
      'learner',
    );
    useQuizProgress.getState().recordExam(
      {
        session,
        score: {
          correct: 1,
          total: 2,
          answered: 1,
          percent: 50,
          scaledEstimate: 550,
          passMark: 720,
          passed: false,
          byTopic: { other: { correct: 1, total: 2 } },
        },
        answers: [
          { questionId: 'a', selected: [1], correct: true, mode: 'exam' },
          { questionId: 'b', selected: [], correct: false, mode: 'exam' },
        ],
      },
      now,
    );
    const data = useQuizProgress.getState().data!;
    expect(data.exams).toHaveLength(1);
    expect(data.exams[0]).toMatchObject({
      scaledEstimate: 550,
      correct: 1,
      total: 2,
      flagged: ['b'],
      answers: { a: [1] },
      finishedBy: 'learner',
    });
    expect(data.attempts.map((a) => [a.questionId, a.mode, a.correct])).toEqual([
      ['a', 'exam', true],
      ['b', 'exam', false],
    ]);
  });

  it('a full quota: says so, keeps the answer in memory, and loses nothing already stored', () => {
    useQuizProgress.getState().recordAnswers([{ questionId: 'before', selected: [0], correct: true, mode: 'practice' }], now);
    const stored = localStorage.getItem('kmslab.progress');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const ok = useQuizProgress.getState().recordAnswers([{ questionId: 'after', selected: [0], correct: true, mode: 'practice' }], now);
    expect(ok).toBe(false);
    expect(useQuizProgress.getState().saveError).toMatch(/export your progress/i);
    expect(useQuizProgress.getState().data!.attempts.map((a) => a.questionId)).toEqual(['before', 'after']);
    expect(localStorage.getItem('kmslab.progress')).toBe(stored);
  });

  it('import: merges a file and summarises it; refuses a file that is not progress', () => {
    const file = JSON.stringify({
      format: 'kmslab-progress',
      version: 2,
      attempts: [{ questionId: 'z', at: now.toISOString(), selected: [0], correct: true, mode: 'practice' }],
      cards: {},
      flags: {},
      exams: [],
      settings: {},
    });
    const result = useQuizProgress.getState().importJson(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.summary).toContain('1 answer added');
    expect(useQuizProgress.getState().data!.attempts).toHaveLength(1);
    const bad = useQuizProgress.getState().importJson('[1,2,3]');
    expect(bad.ok).toBe(false);
    expect(useQuizProgress.getState().data!.attempts).toHaveLength(1);
  });
});
