import { beforeEach, describe, expect, it, vi } from 'vitest';
import { labEvents, useLabProgress } from '@/features/labs/lab-progress';
import { PROGRESS_KEY, type ProgressData } from '@/quiz';

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY)!) as ProgressData;
const state = () => useLabProgress.getState();
const T0 = new Date('2026-06-01T09:00:00.000Z');

beforeEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  useLabProgress.setState({ records: {}, loaded: false, saveError: undefined, notice: undefined });
});

describe('lab progress store', () => {
  it('saves a lab’s start, hints and completion into the progress document, next to the quiz progress', () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 3, cards: {}, flags: { q1: true }, settings: {}, stats: {}, days: {} }));
    state().load();
    labEvents.started('grant-batch-job', T0);
    labEvents.hintShown('grant-batch-job', 2);
    labEvents.hintShown('grant-batch-job', 1);
    labEvents.solved('grant-batch-job', new Date(T0.getTime() + 600_000));
    const doc = stored();
    expect(doc.version).toBe(4);
    expect(doc.flags).toEqual({ q1: true });
    expect(doc.labs['grant-batch-job']).toEqual({ startedAt: T0.toISOString(), completedAt: '2026-06-01T09:10:00.000Z', hintsUsed: 2 });
    // A fresh load (a reload of the page) reads it back.
    useLabProgress.setState({ records: {}, loaded: false });
    state().load();
    expect(state().records['grant-batch-job']?.completedAt).toBe('2026-06-01T09:10:00.000Z');
  });

  it('a full quota keeps the change for this visit, says so, and leaves stored progress as it was', () => {
    labEvents.started('safe-deletion', T0);
    const before = localStorage.getItem(PROGRESS_KEY);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    labEvents.solved('safe-deletion', T0);
    expect(state().saveError).toMatch(/storage is full/);
    expect(state().records['safe-deletion']?.completedAt).toBe(T0.toISOString());
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(before);
    // Reading again (another tab saved) does not drop the unsaved change.
    state().load();
    expect(state().records['safe-deletion']?.completedAt).toBe(T0.toISOString());
  });

  it('damaged stored progress is kept aside and the notice says so', () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":4,"labs":');
    state().load();
    expect(state().notice).toMatch(/could not be read.*kept aside/);
    expect(state().records).toEqual({});
  });

  it('progress saved by a newer KMS Lab is never overwritten', () => {
    const newer = JSON.stringify({ version: 99, labs: {} });
    localStorage.setItem(PROGRESS_KEY, newer);
    state().load();
    labEvents.started('four-kb-limit', T0);
    expect(state().saveError).toMatch(/newer version of KMS Lab/);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(newer);
  });
});
