import { describe, expect, it } from 'vitest';
import {
  answer,
  clearSession,
  createExamSession,
  EXAM_SESSION_KEY,
  finish,
  formatClock,
  goTo,
  loadSession,
  progressOf,
  remainingMs,
  saveSession,
  toggleFlag,
} from '@/features/quiz/exam-session';
import { defaultMinutes, EXAM_RULES } from '@/features/quiz/exam-rules';

const start = new Date('2026-01-10T10:00:00Z');

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('exam session', () => {
  const ids = ['q1', 'q2', 'q3'];

  it('tracks answers, clearing and flags for the question map', () => {
    let s = createExamSession(ids, { minutes: 6, now: start, id: 'x' });
    s = answer(s, 'q1', [0, 2]);
    s = answer(s, 'q2', [1]);
    s = answer(s, 'q2', []); // unselecting everything makes it unanswered again
    s = toggleFlag(s, 'q3');
    s = toggleFlag(s, 'q1');
    s = toggleFlag(s, 'q1');
    // Answers are kept as the card gives them (an ordering answer is a sequence, so never sorted here).
    expect(s.answers).toEqual({ q1: [0, 2] });
    expect(progressOf(s)).toEqual({ answered: 1, unanswered: 2, flagged: 1, total: 3 });
  });

  it('a matching answer with every prompt still open (-1) is no answer; one chosen response is', () => {
    let s = createExamSession(ids, { minutes: 6, now: start, id: 'x' });
    s = answer(s, 'q1', [-1, -1, -1]);
    expect(progressOf(s).answered).toBe(0);
    s = answer(s, 'q1', [-1, 2, -1]);
    expect(s.answers).toEqual({ q1: [-1, 2, -1] });
    expect(progressOf(s).answered).toBe(1);
  });

  it('ignores answers to questions not in the exam', () => {
    const s = createExamSession(ids, { minutes: 6, now: start });
    expect(answer(s, 'other', [1])).toBe(s);
  });

  it('a finished exam can no longer change, and finishing twice keeps the first time', () => {
    let s = createExamSession(ids, { minutes: 6, now: start });
    s = finish(s, new Date(start.getTime() + 60_000), 'learner');
    const again = finish(s, new Date(start.getTime() + 120_000), 'timeout');
    expect(again.finishedBy).toBe('learner');
    expect(answer(s, 'q1', [0]).answers).toEqual({});
    expect(toggleFlag(s, 'q1').flags).toEqual({});
  });

  it('counts time from the start, so a reload does not reset the clock', () => {
    const s = createExamSession(ids, { minutes: 2, now: start });
    expect(remainingMs(s, start)).toBe(120_000);
    expect(remainingMs(s, new Date(start.getTime() + 90_500))).toBe(29_500);
    expect(remainingMs(s, new Date(start.getTime() + 999_000))).toBe(0);
  });

  it('keeps the current index inside the exam', () => {
    const s = createExamSession(ids, { minutes: 6, now: start });
    expect(goTo(s, 5).current).toBe(2);
    expect(goTo(s, -1).current).toBe(0);
  });

  it('saves and restores through storage; bad data counts as no session', () => {
    const storage = memoryStorage();
    const s = answer(createExamSession(ids, { minutes: 6, now: start }), 'q2', [3]);
    expect(saveSession(storage, s)).toBe(true);
    expect(loadSession(storage)).toEqual(s);
    storage.map.set(EXAM_SESSION_KEY, '{not json');
    expect(loadSession(storage)).toBeNull();
    storage.map.set(EXAM_SESSION_KEY, JSON.stringify({ version: 1, id: 3 }));
    expect(loadSession(storage)).toBeNull();
    clearSession(storage);
    expect(loadSession(storage)).toBeNull();
  });

  it('reports a refused save (storage full) instead of throwing', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveSession(full, createExamSession(ids, { minutes: 1, now: start }))).toBe(false);
  });

  it('formats the clock', () => {
    expect(formatClock(130 * 60_000)).toBe('2:10:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(400)).toBe('0:01');
  });
});

describe('exam rules', () => {
  it('the full exam gets the full time; shorter exams keep the pace', () => {
    expect(defaultMinutes(65)).toBe(130);
    expect(defaultMinutes(10)).toBe(20);
    const scs = EXAM_RULES.find((r) => r.code === 'SCS-C03')!;
    expect(defaultMinutes(65, scs)).toBe(170);
    expect(defaultMinutes(13, scs)).toBe(34);
    expect(defaultMinutes(0)).toBe(0);
  });
});
