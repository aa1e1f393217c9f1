import { describe, expect, it } from 'vitest';
import {
  localDay,
  migrateToCurrent,
  migrateV1toV2,
  migrateV2toV3,
  migrateV3toV4,
  PROGRESS_VERSION,
  sanitiseProgress,
  type ProgressV1,
  type ProgressV2,
  type ProgressV3,
} from '@/quiz/progress';
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
  it('the code reads schema version 4', () => {
    expect(PROGRESS_VERSION).toBe(4);
  });

  it('migrates the version-1 fixture to version 4 without losing anything', () => {
    const v1 = deepFreeze(JSON.parse(fixtureText('progress-v1.json')) as ProgressV1);
    const outcome = migrateToCurrent(v1);
    expect(outcome.kind).toBe('current');
    if (outcome.kind !== 'current') return;
    expect(outcome.from).toBe(1);
    const clean = sanitiseProgress(outcome.doc)!;
    expect(clean.dropped).toBe(0);
    const d = { ...clean.data, attempts: clean.data.pending.attempts, exams: clean.data.pending.exams };
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
    // Version 3's running totals are computed from the same attempts.
    expect(d.stats['rotation-001']).toEqual({ answered: 2, correct: 1, lastAt: '2026-01-02T09:00:00.000Z', lastCorrect: false });
    expect(d.stats['q-0123456789abcdef']).toMatchObject({ answered: 1, correct: 1, lastCorrect: true });
    const days = Object.values(d.days).reduce((s, t) => ({ answered: s.answered + t.answered, correct: s.correct + t.correct }));
    expect(days).toEqual({ answered: 3, correct: 2 });
    // Version 4's lab records start empty: labs were never stored before.
    expect(d.labs).toEqual({});
  });

  it('migrates the version-2 fixture to version 4: history becomes pending, totals are added, labs start empty, nothing else changes', () => {
    const v2 = deepFreeze(JSON.parse(fixtureText('progress-v2.json')) as ProgressV2);
    const outcome = migrateToCurrent(v2);
    expect(outcome).toMatchObject({ kind: 'current', from: 2 });
    if (outcome.kind !== 'current') return;
    const clean = sanitiseProgress(outcome.doc)!;
    expect(clean.dropped).toBe(0);
    expect(clean.data).toEqual({
      version: 4,
      cards: v2.cards,
      flags: v2.flags,
      settings: v2.settings,
      stats: { 'grants-003': { answered: 1, correct: 1, lastAt: '2026-01-05T10:00:00.000Z', lastCorrect: true } },
      days: { [localDay(new Date('2026-01-05T10:00:00.000Z'))]: { answered: 1, correct: 1 } },
      pending: { attempts: v2.attempts, exams: [] },
      labs: {},
    });
  });

  it('a version-2 document with a year of answers migrates in one step, with exact totals', () => {
    const attempts = Array.from({ length: 50_000 }, (_, i) => ({
      questionId: `q${i % 400}`,
      at: new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString(),
      selected: [i % 4],
      correct: i % 3 !== 0,
      mode: 'practice' as const,
    }));
    const v3 = migrateV2toV3({ version: 2, attempts, cards: {}, flags: {}, exams: [], settings: {} });
    expect(Object.keys(v3.stats)).toHaveLength(400);
    expect(Object.values(v3.stats).reduce((n, s) => n + s.answered, 0)).toBe(50_000);
    expect(Object.values(v3.days).reduce((n, t) => n + t.correct, 0)).toBe(attempts.filter((a) => a.correct).length);
    expect(v3.stats.q399!.lastAt).toBe(attempts[49_999]!.at);
    expect(v3.pending.attempts).toBe(attempts);
  });

  it('migrates the version-3 fixture to version 4: empty lab records added, everything else exactly as it was', () => {
    const v3 = deepFreeze(JSON.parse(fixtureText('progress-v3.json')) as ProgressV3);
    const outcome = migrateToCurrent(v3);
    expect(outcome).toMatchObject({ kind: 'current', from: 3 });
    if (outcome.kind !== 'current') return;
    const { version: _v3, ...rest } = v3;
    expect(sanitiseProgress(outcome.doc)).toEqual({ data: { ...rest, version: 4, labs: {} }, dropped: 0 });
  });

  it('a version-3 document with damaged entries still migrates, and the damage is counted', () => {
    const v3 = JSON.parse(fixtureText('progress-v3.json'));
    v3.stats.broken = { answered: 'many' };
    const doc = migrateV3toV4(v3);
    expect(doc.labs).toEqual({});
    expect(sanitiseProgress(doc)).toMatchObject({ dropped: 1, data: { labs: {}, stats: { 'grants-003': expect.any(Object) } } });
  });

  it('leaves the version-4 fixture (with lab records) as it is', () => {
    const v4 = JSON.parse(fixtureText('progress-v4.json'));
    expect(migrateToCurrent(v4)).toMatchObject({ kind: 'current', from: 4 });
    expect(sanitiseProgress(v4)).toEqual({ data: v4, dropped: 0 });
    expect(Object.keys(v4.labs)).toEqual(['protect-app-secrets', 'rotation-old-ciphertext']);
  });

  it('counts damaged lab records and keeps the readable ones', () => {
    const v4 = JSON.parse(fixtureText('progress-v4.json'));
    v4.labs['bad-hints'] = { hintsUsed: -1 };
    v4.labs['bad-time'] = { hintsUsed: 0, completedAt: 'yesterday' };
    v4.labs['Not A Lab Id!'] = { hintsUsed: 0 };
    v4.labs['bad-solution'] = { hintsUsed: 1, solutionViewed: 'yes' };
    const clean = sanitiseProgress(v4)!;
    expect(clean.dropped).toBe(4);
    expect(Object.keys(clean.data.labs)).toEqual(['protect-app-secrets', 'rotation-old-ciphertext']);
    expect(sanitiseProgress({ ...v4, labs: 'oops' })).toMatchObject({ dropped: 1, data: { labs: {} } });
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
    expect(clean.data.pending.attempts).toHaveLength(3);
    expect(Object.values(clean.data.stats).reduce((n, s) => n + s.answered, 0)).toBe(3);
  });

  it('a version-2 document with damaged entries: the damage is counted, the rest migrates', () => {
    const v2 = JSON.parse(fixtureText('progress-v2.json'));
    v2.attempts.push({ questionId: 'x', at: 'never' }, 'junk');
    v2.exams = [{ id: 'e1' }];
    const outcome = migrateToCurrent(v2);
    if (outcome.kind !== 'current') throw new Error(outcome.kind);
    const clean = sanitiseProgress(outcome.doc)!;
    expect(clean.dropped).toBe(3);
    expect(clean.data.pending.attempts).toHaveLength(1);
    expect(clean.data.stats).toEqual({ 'grants-003': expect.objectContaining({ answered: 1 }) });
  });

  it('a version-2 history that is not a list is counted as damage, not silently emptied', () => {
    const outcome = migrateToCurrent({ version: 2, attempts: 'oops', cards: {}, flags: {}, exams: [], settings: {} });
    if (outcome.kind !== 'current') throw new Error(outcome.kind);
    expect(sanitiseProgress(outcome.doc)).toMatchObject({ dropped: 1, data: { pending: { attempts: [] } } });
  });

  it('a migration that throws is reported with its reason, never half-applied', () => {
    const doc = {
      version: 2,
      get attempts(): unknown {
        throw new Error('boom');
      },
    };
    expect(migrateToCurrent(doc)).toEqual({ kind: 'invalid', reason: 'migration from version 2 failed (boom)' });
  });

  it('reports newer and invalid documents instead of guessing', () => {
    expect(migrateToCurrent({ version: 5, attempts: [] })).toEqual({ kind: 'newer', version: 5 });
    expect(migrateToCurrent({ attempts: [] })).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent({ version: 0 })).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent([1, 2])).toMatchObject({ kind: 'invalid' });
    expect(migrateToCurrent('x')).toMatchObject({ kind: 'invalid' });
  });
});
