import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  addHistory,
  allAttempts,
  allExams,
  attemptKey,
  countAttempts,
  examKey,
  getExam,
  HistoryError,
  historyKeys,
  listBackups,
  saveBackup,
  type Attempt,
  type ExamResult,
} from '@/quiz/progress';

const at = (min: number) => new Date(Date.UTC(2026, 1, 1, 8, min)).toISOString();
const attempt = (questionId: string, min: number, selected = [1]): Attempt => ({
  questionId,
  at: at(min),
  selected,
  correct: selected[0] === 1,
  mode: 'practice',
});
const exam = (id: string, min: number): ExamResult => ({
  id,
  finishedAt: at(min),
  questionIds: ['q1', 'q2'],
  answers: { q1: [1] },
  correct: 1,
  total: 2,
  percent: 50,
  scaledEstimate: 550,
  passMark: 750,
  passed: false,
  byTopic: {},
  byDomain: { 'SCS-C03|Data Protection': { correct: 1, total: 2 } },
  kmsOnly: true,
  exam: 'SCS-C03',
});

describe('answer history in IndexedDB', () => {
  it('stores attempts and exams in one committed write and reports the keys it committed', async () => {
    const indexedDB = new IDBFactory();
    const attempts = [attempt('q2', 5), attempt('q1', 1), attempt('q1', 3, [0, 2])];
    const keys = await addHistory({ attempts, exams: [exam('e1', 10)] }, { indexedDB });
    expect(keys).toEqual(new Set([...attempts.map(attemptKey), examKey(exam('e1', 10))]));
    // Oldest first, whatever the order written.
    expect(await allAttempts({ indexedDB })).toEqual([attempts[1], attempts[2], attempts[0]]);
    expect(await getExam('e1', { indexedDB })).toEqual(exam('e1', 10));
    expect(await getExam('nope', { indexedDB })).toBeUndefined();
  });

  it('stores an attempt once however often it is written (retries, two tabs, re-imports)', async () => {
    const indexedDB = new IDBFactory();
    const a = attempt('q1', 1);
    await addHistory({ attempts: [a], exams: [] }, { indexedDB });
    await addHistory({ attempts: [a, { ...a }], exams: [exam('e1', 2)] }, { indexedDB });
    await addHistory({ attempts: [], exams: [exam('e1', 2)] }, { indexedDB });
    expect(await countAttempts({ indexedDB })).toBe(1);
    expect(await allExams({ indexedDB })).toHaveLength(1);
    const keys = await historyKeys({ indexedDB });
    expect(keys.attempts).toEqual(new Set([attemptKey(a)]));
    expect(keys.exams).toEqual(new Set(['e1']));
  });

  it('keeps an answer with -1 (a matching prompt left without a response)', async () => {
    const indexedDB = new IDBFactory();
    const matching: Attempt = { questionId: 'm1', at: at(1), selected: [2, -1, 0], correct: false, mode: 'exam' };
    await addHistory({ attempts: [matching], exams: [] }, { indexedDB });
    expect(await allAttempts({ indexedDB })).toEqual([matching]);
  });

  it('lists exams oldest first', async () => {
    const indexedDB = new IDBFactory();
    await addHistory({ attempts: [], exams: [exam('late', 50), exam('early', 5)] }, { indexedDB });
    expect((await allExams({ indexedDB })).map((e) => e.id)).toEqual(['early', 'late']);
  });

  it('keeps a backup once per key', async () => {
    const indexedDB = new IDBFactory();
    await saveBackup({ key: 'v2', savedAt: at(1), text: 'first' }, { indexedDB });
    await saveBackup({ key: 'v2', savedAt: at(2), text: 'second' }, { indexedDB });
    expect(await listBackups({ indexedDB })).toEqual([{ key: 'v2', savedAt: at(1), text: 'first' }]);
  });

  it('a missing IndexedDB is a clear error, not a crash', async () => {
    const blocked = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(addHistory({ attempts: [attempt('q', 1)], exams: [] }, { indexedDB: blocked })).rejects.toBeInstanceOf(HistoryError);
  });

  it('a write the database refuses leaves nothing half-written', async () => {
    const indexedDB = new IDBFactory();
    await addHistory({ attempts: [attempt('q', 1)], exams: [] }, { indexedDB });
    // A value IndexedDB cannot store (as a full disk would) fails the whole transaction.
    const bad = { ...attempt('q', 2), selected: [() => 1] } as unknown as Attempt;
    await expect(addHistory({ attempts: [attempt('r', 3), bad], exams: [] }, { indexedDB })).rejects.toBeInstanceOf(HistoryError);
    expect(await countAttempts({ indexedDB })).toBe(1);
  });
});
