import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useQuizProgress } from '@/features/quiz/stores/quiz-progress';
import { createExamSession, finish } from '@/features/quiz/exam-session';
import { allAttempts, allExams, type ProgressData } from '@/quiz';

const now = new Date('2026-03-10T12:00:00Z');
const stored = () => JSON.parse(localStorage.getItem('kmslab.progress')!) as ProgressData;
const state = () => useQuizProgress.getState();

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
  useQuizProgress.setState({
    data: null,
    notice: undefined,
    saveError: undefined,
    historyProblem: undefined,
    readOnly: false,
    examList: { status: 'idle', exams: [] },
  });
  state().load();
});

describe('quiz progress store', () => {
  it('records an answer: an FSRS card and totals in localStorage, the attempt moved to IndexedDB', async () => {
    const ok = state().recordAnswers([{ questionId: 'q1', selected: [2], correct: false, mode: 'practice' }], now);
    expect(ok).toBe(true);
    const data = state().data!;
    const due = Date.parse(data.cards.q1!.due);
    expect(due).toBeGreaterThan(now.getTime());
    expect(due - now.getTime()).toBeLessThan(60 * 60_000);
    expect(data.stats.q1).toEqual({ answered: 1, correct: 0, lastAt: now.toISOString(), lastCorrect: false });
    expect(data.studyDay).toMatchObject({ introduced: 1, reviewed: 0 });
    // Saved in the same write as the card, until the database confirms it...
    expect(stored().pending.attempts).toHaveLength(1);
    await state().settle();
    expect(await allAttempts()).toEqual([{ questionId: 'q1', at: now.toISOString(), selected: [2], correct: false, mode: 'practice' }]);
    // ...and dropped from the document with the next save.
    state().recordAnswers([{ questionId: 'q2', selected: [1], correct: true, mode: 'practice' }], new Date(now.getTime() + 1000));
    expect(stored().pending.attempts.map((a) => a.questionId)).toEqual(['q2']);
    await state().settle();
    expect((await allAttempts()).map((a) => a.questionId)).toEqual(['q1', 'q2']);
  });

  it('confidence shapes the interval: certain (Easy) schedules later than unsure (Hard)', () => {
    state().recordAnswers([{ questionId: 'easy', selected: [1], correct: true, mode: 'review', confidence: 'high' }], now);
    state().recordAnswers([{ questionId: 'hard', selected: [1], correct: true, mode: 'review', confidence: 'low' }], now);
    const cards = state().data!.cards;
    expect(Date.parse(cards.easy!.due)).toBeGreaterThan(Date.parse(cards.hard!.due));
  });

  it('keeps answers given in another tab (the core merges on every save)', () => {
    state().recordAnswers([{ questionId: 'mine', selected: [0], correct: true, mode: 'practice' }], now);
    // Another tab writes its own answer directly into storage meanwhile.
    const other = stored();
    other.pending.attempts.push({
      questionId: 'theirs',
      at: new Date(now.getTime() + 1000).toISOString(),
      selected: [1],
      correct: false,
      mode: 'drill',
    });
    other.stats.theirs = { answered: 1, correct: 0, lastAt: new Date(now.getTime() + 1000).toISOString(), lastCorrect: false };
    localStorage.setItem('kmslab.progress', JSON.stringify(other));
    state().recordAnswers([{ questionId: 'mine2', selected: [0], correct: true, mode: 'practice' }], new Date(now.getTime() + 2000));
    expect(Object.keys(state().data!.stats).sort()).toEqual(['mine', 'mine2', 'theirs']);
  });

  it('records a finished exam: one attempt per question without same-day steps, the result in the history', async () => {
    const session = finish(
      {
        ...createExamSession(['a', 'b'], { minutes: 10, now, id: 'x', kmsOnly: true }),
        answers: { a: [1] },
        flags: { b: true },
      },
      new Date(now.getTime() + 60_000),
      'learner',
    );
    state().recordExam(
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
          byDomain: { 'SCS-C03|Data Protection': { correct: 1, total: 2 } },
        },
        answers: [
          { questionId: 'a', selected: [1], correct: true, mode: 'exam' },
          { questionId: 'b', selected: [], correct: false, mode: 'exam' },
        ],
      },
      now,
    );
    // A right exam answer graduates at once (no 10-minute step to come back to during an exam).
    expect(state().data!.cards.a!.state).toBe(2);
    await state().settle();
    const exams = await allExams();
    expect(exams).toHaveLength(1);
    expect(exams[0]).toMatchObject({
      scaledEstimate: 550,
      correct: 1,
      total: 2,
      flagged: ['b'],
      answers: { a: [1] },
      finishedBy: 'learner',
      kmsOnly: true,
      displaySeed: 'x',
      byDomain: { 'SCS-C03|Data Protection': { correct: 1, total: 2 } },
    });
    expect((await allAttempts()).map((a) => [a.questionId, a.mode, a.correct])).toEqual([
      ['a', 'exam', true],
      ['b', 'exam', false],
    ]);
    await state().loadExams();
    expect(state().examList.exams.map((e) => e.id)).toEqual([exams[0]!.id]);
    expect(await state().findExam(exams[0]!.id)).toEqual(exams[0]);
  });

  it('a full quota: says so, keeps the answer in memory, and loses nothing already stored', () => {
    state().recordAnswers([{ questionId: 'before', selected: [0], correct: true, mode: 'practice' }], now);
    const before = localStorage.getItem('kmslab.progress');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const ok = state().recordAnswers([{ questionId: 'after', selected: [0], correct: true, mode: 'practice' }], now);
    expect(ok).toBe(false);
    expect(state().saveError).toMatch(/export your progress/i);
    expect(Object.keys(state().data!.stats)).toEqual(['before', 'after']);
    expect(localStorage.getItem('kmslab.progress')).toBe(before);
  });

  it('migrates stored version-2 progress: keeps a copy, moves its history to IndexedDB, shrinks the document', async () => {
    const v2 = {
      version: 2,
      attempts: Array.from({ length: 30 }, (_, i) => ({
        questionId: `q${i % 5}`,
        at: new Date(now.getTime() - (30 - i) * 60_000).toISOString(),
        selected: [0],
        correct: i % 2 === 0,
        mode: 'practice',
      })),
      cards: {},
      flags: { q1: true },
      exams: [],
      settings: { exam: 'SCS-C03' },
    };
    localStorage.clear();
    localStorage.setItem('kmslab.progress', JSON.stringify(v2));
    useQuizProgress.setState({ data: null });
    state().load();
    expect(state().data!.stats.q0).toMatchObject({ answered: 6 });
    await state().settle();
    await vi.waitFor(() => expect(stored().version).toBe(4));
    expect(stored().pending.attempts).toEqual([]);
    expect(stored().flags).toEqual({ q1: true });
    expect(await allAttempts()).toHaveLength(30);
    const { listBackups } = await import('@/quiz');
    expect((await listBackups()).map((b) => JSON.parse(b.text))).toEqual([v2]);
  });

  it('export carries the whole history; import into an empty browser brings it all back', async () => {
    state().recordAnswers([{ questionId: 'q1', selected: [1], correct: true, mode: 'practice' }], now);
    await state().settle();
    state().recordAnswers([{ questionId: 'q2', selected: [0], correct: false, mode: 'drill' }], new Date(now.getTime() + 1000));
    const { text, warning } = await state().exportJson();
    expect(warning).toBeUndefined();
    expect(JSON.parse(text).attempts.map((a: { questionId: string }) => a.questionId)).toEqual(['q1', 'q2']);

    localStorage.clear();
    globalThis.indexedDB = new IDBFactory();
    useQuizProgress.setState({ data: null });
    state().load();
    const result = await state().importJson(text);
    expect(result).toEqual({ ok: true, summary: expect.arrayContaining(['2 answers added']) as unknown });
    expect(Object.keys(state().data!.stats)).toEqual(['q1', 'q2']);
    expect((await allAttempts()).map((a) => a.questionId)).toEqual(['q1', 'q2']);
    // The same file again adds nothing.
    const again = await state().importJson(text);
    expect(again.ok && again.summary[0]).toMatch(/^Nothing new/);
    expect(state().data!.stats.q1!.answered).toBe(1);
    const bad = await state().importJson('[1,2,3]');
    expect(bad.ok).toBe(false);
  });
});
