import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, importProgress, sanitiseProgress, type ProgressData } from '@/quiz/progress';

/**
 * Ordering and matching answers share the stored shape of choice answers (number[]), but keep their
 * order (an ordering answer is a sequence) and may hold -1 (a matching prompt left without a response).
 * Nothing on the way through storage, export and import may sort them or drop them.
 */
describe('progress keeps ordering and matching answers as they were given', () => {
  const at = '2026-05-01T10:00:00.000Z';
  const data: ProgressData = {
    ...emptyProgress(),
    pending: {
      attempts: [
        { questionId: 'envelope-encryption-021', at, selected: [2, 0, 3, 1], correct: false, mode: 'practice' },
        { questionId: 'key-states-022', at, selected: [0, -1, 3, 2], correct: false, mode: 'practice' },
        { questionId: 'policies-001', at, selected: [1], correct: true, mode: 'practice' },
      ],
      exams: [],
    },
  };

  it('survive the check that runs on every load', () => {
    const result = sanitiseProgress(data);
    if (!result) throw new Error('progress rejected');
    const { data: clean, dropped } = result;
    expect(dropped).toBe(0);
    expect(clean.pending.attempts.map((a) => a.selected)).toEqual([[2, 0, 3, 1], [0, -1, 3, 2], [1]]);
  });

  it('survive an export and an import', () => {
    const result = importProgress(emptyProgress(), exportProgress(data, undefined, new Date(at)));
    if ('error' in result) throw new Error(result.error);
    expect(result.attempts.map((a) => a.selected)).toEqual([[2, 0, 3, 1], [0, -1, 3, 2], [1]]);
    expect(result.summary.skipped).toBe(0);
  });

  it('still drop indexes that no item type uses', () => {
    const bad = { ...data, pending: { attempts: [{ ...data.pending.attempts[0]!, selected: [-2, 1] }], exams: [] } };
    expect(sanitiseProgress(bad)?.dropped).toBe(1);
  });
});
