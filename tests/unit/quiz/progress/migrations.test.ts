import { describe, expect, it } from 'vitest';
import { migrateToCurrent, migrateV1toV2, PROGRESS_VERSION, sanitiseProgress, type ProgressV1 } from '@/quiz/progress';
import { review } from '@/quiz/schedule';
import { fixtureText } from './read-json';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('progress migrations', () => {
  it('the code reads schema version 2', () => {
    expect(PROGRESS_VERSION).toBe(2);
  });

  it('migrates the version-1 fixture to version 2 without losing anything', () => {
    const v1 = deepFreeze(JSON.parse(fixtureText('progress-v1.json')) as ProgressV1);
    const outcome = migrateToCurrent(v1);
    expect(outcome.kind).toBe('current');
    if (outcome.kind !== 'current') return;
    expect(outcome.from).toBe(1);
    const clean = sanitiseProgress(outcome.doc)!;
    expect(clean.dropped).toBe(0);
    const d = clean.data;
    expect(d.attempts).toEqual([
      { questionId: 'rotation-001', at: '2026-01-01T09:00:00.000Z', selected: [1], correct: true, mode: 'practice' },
      { questionId: 'q-0123456789abcdef', at: '2026-01-01T10:00:00.000Z', selected: [0, 2], correct: true, mode: 'practice' },
      { questionId: 'rotation-001', at: '2026-01-02T09:00:00.000Z', selected: [0], correct: false, mode: 'exam' },
    ]);
    expect(d.cards['rotation-001']).toEqual({
      due: '2026-01-03T09:00:00.000Z',
      stability: 2.3065,
      difficulty: 6.4133,
      elapsed_days: 1,
      scheduled_days: 2,
      learning_steps: 0,
      reps: 2,
      lapses: 1,
      state: 3,
      last_review: '2026-01-02T09:00:00.000Z',
    });
    expect(d.flags).toEqual({ 'q-0123456789abcdef': true });
    expect(d.exams).toHaveLength(2);
    // 48/65 → estimate 765: passes SCS-C03 (750). 10/20 with no exam → 550 against the default 720.
    expect(d.exams[0]).toMatchObject({
      exam: 'SCS-C03',
      correct: 48,
      total: 65,
      percent: 74,
      scaledEstimate: 765,
      passMark: 750,
      passed: true,
      minutes: 170,
      finishedAt: '2026-01-02T10:00:00.000Z',
    });
    expect(d.exams[1]).toMatchObject({ correct: 10, total: 20, scaledEstimate: 550, passMark: 720, passed: false });
    expect(new Set(d.exams.map((e) => e.id)).size).toBe(2);
    expect(d.settings).toEqual({ askConfidence: true, exam: 'SCS-C03' });
  });

  it('is pure: the same input gives the same output and is not changed', () => {
    const text = fixtureText('progress-v1.json');
    const v1 = deepFreeze(JSON.parse(text) as ProgressV1);
    expect(migrateV1toV2(v1)).toEqual(migrateV1toV2(JSON.parse(text)));
    expect(JSON.stringify(v1)).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('produces cards the FSRS scheduler accepts', () => {
    const d = migrateV1toV2(JSON.parse(fixtureText('progress-v1.json')));
    const next = review(d.cards['rotation-001']!, 'good', new Date('2026-01-03T09:00:00.000Z'));
    expect(next.reps).toBe(3);
    expect(Date.parse(next.due)).toBeGreaterThan(Date.parse('2026-01-03T09:00:00.000Z'));
  });

  it('passes damaged v1 entries on so validation counts them instead of inventing data', () => {
    const v1 = JSON.parse(fixtureText('progress-v1.json'));
    v1.answers['rotation-001'].push({ at: 'yesterday', selected: [1], correct: true });
    v1.srs['broken'] = { due: 'never' };
    const outcome = migrateToCurrent(v1);
    expect(outcome.kind).toBe('current');
    if (outcome.kind !== 'current') return;
    const clean = sanitiseProgress(outcome.doc)!;
    expect(clean.dropped).toBe(2);
    expect(clean.data.attempts).toHaveLength(3);
  });

  it('leaves the version-2 fixture as it is', () => {
    const v2 = JSON.parse(fixtureText('progress-v2.json'));
    const outcome = migrateToCurrent(v2);
    expect(outcome).toMatchObject({ kind: 'current', from: 2 });
    expect(sanitiseProgress(v2)).toEqual({ data: v2, dropped: 0 });
  });

  it('reports newer and invalid documents instead of guessing', () => {
    expect(migrateToCurrent({ version: 3, attempts: [] })).toEqual({ kind: 'newer', version: 3 });
    expect(migrateToCurrent({ attempts: [] })).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent({ version: 0 })).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent([1, 2])).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent('x')).toMatchObject({ kind: 'invalid' });
  });
});
