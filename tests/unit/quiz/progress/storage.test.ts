import { describe, expect, it } from 'vitest';
import {
  attemptKey,
  BACKUP_KEY_PREFIX,
  listCorruptCopies,
  loadProgress,
  PROGRESS_KEY,
  readStoredCopy,
  saveProgress,
  type Attempt,
  type ProgressData,
} from '@/quiz/progress';
import { newCard, review } from '@/quiz/schedule';
import { MemoryStorage } from './memory-storage';
import { fixtureText } from './read-json';

const T0 = new Date('2026-02-01T08:00:00.000Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);
const attempt = (questionId: string, min: number, correct = true): Attempt => ({
  questionId,
  at: at(min).toISOString(),
  selected: [correct ? 1 : 0],
  correct,
  mode: 'practice',
});
const addAttempt = (a: Attempt) => (d: ProgressData) => ({ ...d, pending: { ...d.pending, attempts: [...d.pending.attempts, a] } });
const attemptsOf = (d: ProgressData) => d.pending.attempts;

describe('loadProgress / saveProgress', () => {
  it('starts empty and round-trips what was saved', () => {
    const s = new MemoryStorage();
    expect(loadProgress(s, T0)).toMatchObject({
      status: 'empty',
      readOnly: false,
      data: { version: 4, pending: { attempts: [] }, labs: {} },
    });
    const r = saveProgress(s, addAttempt(attempt('q1', 0)), T0);
    expect(r.ok).toBe(true);
    const loaded = loadProgress(s, T0);
    expect(loaded.status).toBe('ok');
    expect(loaded.notice).toBeUndefined();
    expect(attemptsOf(loaded.data)).toEqual([attempt('q1', 0)]);
  });

  it('migrates stored version-1 data, and keeps the original once as a backup on the first save', () => {
    const s = new MemoryStorage();
    const v1 = fixtureText('progress-v1.json');
    s.setItem(PROGRESS_KEY, v1);
    const loaded = loadProgress(s, T0);
    expect(loaded).toMatchObject({ status: 'migrated', migratedFrom: 1, readOnly: false });
    expect(attemptsOf(loaded.data)).toHaveLength(3);
    expect(s.getItem(PROGRESS_KEY)).toBe(v1); // loading alone writes nothing
    expect(saveProgress(s, addAttempt(attempt('q9', 0)), T0).ok).toBe(true);
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!).version).toBe(4);
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!).pending.attempts).toHaveLength(4);
    expect(readStoredCopy(s, `${BACKUP_KEY_PREFIX}1`)).toBe(v1);
  });

  it('keeps a newer schema untouched: read-only with a notice, and saves refuse', () => {
    const s = new MemoryStorage();
    const newer = JSON.stringify({ version: 5, pending: { attempts: [attempt('q1', 0)], exams: [] }, futureField: { x: 1 } });
    s.setItem(PROGRESS_KEY, newer);
    const loaded = loadProgress(s, T0);
    expect(loaded).toMatchObject({ status: 'newer', readOnly: true });
    expect(loaded.notice).toMatch(/newer version of KMS Lab \(data version 5/);
    expect(attemptsOf(loaded.data)).toEqual([attempt('q1', 0)]); // shown read-only where it still reads
    const r = saveProgress(s, addAttempt(attempt('q2', 1)), T0);
    expect(r).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(s.getItem(PROGRESS_KEY)).toBe(newer);
  });

  it('copies corrupt JSON aside under kmslab.progress.corrupt.<timestamp>, reports it, and never overwrites it silently', () => {
    const s = new MemoryStorage();
    const broken = '{"version":3,"pending":{"attempts":[{"questionId":"q1",';
    s.setItem(PROGRESS_KEY, broken);
    const loaded = loadProgress(s, T0);
    expect(loaded.status).toBe('corrupt');
    expect(loaded.corruptKey).toBe(`kmslab.progress.corrupt.${T0.toISOString()}`);
    expect(loaded.notice).toMatch(/could not be read \(it is not valid JSON/);
    expect(loaded.notice).toContain(loaded.corruptKey!);
    expect(s.getItem(loaded.corruptKey!)).toBe(broken);
    expect(s.getItem(PROGRESS_KEY)).toBe(broken);
    // A second load (another tab, a reload) does not pile up copies.
    loadProgress(s, at(5));
    expect(listCorruptCopies(s)).toEqual([loaded.corruptKey]);
    // Saving now starts fresh; the damaged copy stays available for export.
    expect(saveProgress(s, addAttempt(attempt('q2', 6)), at(6)).ok).toBe(true);
    expect(attemptsOf(loadProgress(s, at(7)).data)).toEqual([attempt('q2', 6)]);
    expect(readStoredCopy(s, loaded.corruptKey!)).toBe(broken);
  });

  it('treats JSON that is not progress as damaged too', () => {
    for (const raw of ['[1,2,3]', '"hello"', '{"attempts":[]}', '{"version":3,"pending":"oops"}', '{"version":2,"attempts":"oops"}']) {
      const s = new MemoryStorage();
      s.setItem(PROGRESS_KEY, raw);
      const loaded = loadProgress(s, T0);
      expect(['corrupt', 'recovered']).toContain(loaded.status);
      expect(s.getItem(loaded.corruptKey!)).toBe(raw);
    }
  });

  it('loads the readable part of partly damaged data and keeps the original aside', () => {
    const s = new MemoryStorage();
    const raw = JSON.stringify({
      version: 3,
      cards: {},
      flags: {},
      settings: {},
      stats: { q1: { answered: 1, correct: 1, lastAt: at(0).toISOString(), lastCorrect: true }, q2: { answered: -1 } },
      days: {},
      pending: { attempts: [attempt('q1', 0), { questionId: 'q2' }], exams: [] },
    });
    s.setItem(PROGRESS_KEY, raw);
    const loaded = loadProgress(s, T0);
    expect(loaded.status).toBe('recovered');
    expect(attemptsOf(loaded.data)).toEqual([attempt('q1', 0)]);
    expect(loaded.data.stats).toEqual({ q1: { answered: 1, correct: 1, lastAt: at(0).toISOString(), lastCorrect: true } });
    expect(loaded.notice).toMatch(/2 damaged entries .* were left out/);
    expect(s.getItem(loaded.corruptKey!)).toBe(raw);
  });

  it('when damaged data cannot be copied aside (no room), leaves it exactly as it is and refuses to save', () => {
    const broken = '{not json' + 'x'.repeat(400);
    const s = new MemoryStorage(2 * (PROGRESS_KEY.length + broken.length) + 100);
    s.setItem(PROGRESS_KEY, broken);
    const loaded = loadProgress(s, T0);
    expect(loaded).toMatchObject({ status: 'corrupt', readOnly: true });
    expect(loaded.notice).toMatch(/no room to copy it aside/);
    const r = saveProgress(s, addAttempt(attempt('q1', 0)), T0);
    expect(r).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(s.getItem(PROGRESS_KEY)).toBe(broken);
  });

  it('on a full quota returns a clear result and loses nothing already stored', () => {
    const s = new MemoryStorage(6_000);
    for (let i = 0; i < 10; i++) expect(saveProgress(s, addAttempt(attempt(`q${i}`, i)), T0).ok).toBe(true);
    const before = s.getItem(PROGRESS_KEY);
    const big = (d: ProgressData) => ({
      ...d,
      pending: { ...d.pending, attempts: [...d.pending.attempts, ...Array.from({ length: 200 }, (_, k) => attempt(`big${k}`, 100 + k))] },
    });
    const r = saveProgress(s, big, T0);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    if (!r.ok) expect(r.message).toMatch(/storage is full.*Everything saved before is still there/);
    expect(s.getItem(PROGRESS_KEY)).toBe(before);
    expect(attemptsOf(loadProgress(s, T0).data)).toHaveLength(10);
  });

  it('reports blocked storage instead of throwing', () => {
    const s = new MemoryStorage();
    s.blocked = true;
    expect(loadProgress(s, T0)).toMatchObject({
      status: 'unavailable',
      readOnly: false,
      notice: expect.stringMatching(/does not let KMS Lab keep data/),
    });
    expect(saveProgress(s, (d) => d, T0)).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('refuses an update that throws or produces malformed entries, leaving storage unchanged', () => {
    const s = new MemoryStorage();
    saveProgress(s, addAttempt(attempt('q1', 0)), T0);
    const before = s.getItem(PROGRESS_KEY);
    expect(
      saveProgress(
        s,
        () => {
          throw new Error('boom');
        },
        T0,
      ),
    ).toMatchObject({ ok: false, reason: 'invalid' });
    expect(saveProgress(s, addAttempt({ questionId: 'x' } as Attempt), T0)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(s.getItem(PROGRESS_KEY)).toBe(before);
  });
});

describe('pending history', () => {
  it('drops exactly the entries the history database committed, and keeps the rest', () => {
    const s = new MemoryStorage();
    const a = attempt('q1', 0);
    const b = attempt('q2', 1);
    saveProgress(s, addAttempt(a), T0);
    saveProgress(s, addAttempt(b), T0);
    expect(saveProgress(s, (d) => d, T0, { committed: new Set([attemptKey(a)]) }).ok).toBe(true);
    expect(attemptsOf(loadProgress(s, T0).data)).toEqual([b]);
  });

  it('a commit noted by one tab is not undone by another tab writing back its older copy', () => {
    const s = new MemoryStorage();
    const a = attempt('q1', 0);
    saveProgress(s, addAttempt(a), T0);
    const stale = loadProgress(s, T0).data;
    saveProgress(s, (d) => d, T0, { committed: new Set([attemptKey(a)]) });
    // The stale copy still lists `a` as pending: it comes back (safe: the database stores it once).
    saveProgress(s, () => stale, T0);
    expect(attemptsOf(loadProgress(s, T0).data)).toEqual([a]);
  });

  it('a large pre-migration document is not doubled in localStorage (the history database keeps that copy)', () => {
    const s = new MemoryStorage();
    const attempts = Array.from({ length: 3000 }, (_, i) => attempt(`q${i % 50}`, i));
    const raw = JSON.stringify({ version: 2, attempts, cards: {}, flags: {}, exams: [], settings: {} });
    s.setItem(PROGRESS_KEY, raw);
    expect(raw.length).toBeGreaterThan(256 * 1024);
    const loaded = loadProgress(s, T0);
    expect(loaded).toMatchObject({ status: 'migrated', migratedFrom: 2, migratedRaw: raw });
    expect(saveProgress(s, (d) => d, T0, { committed: new Set(attempts.map(attemptKey)) }).ok).toBe(true);
    expect(readStoredCopy(s, `${BACKUP_KEY_PREFIX}2`)).toBeNull();
    const after = JSON.parse(s.getItem(PROGRESS_KEY)!);
    expect(after).toMatchObject({ version: 4, pending: { attempts: [] }, labs: {} });
    expect(Object.values(after.stats as Record<string, { answered: number }>).reduce((n, x) => n + x.answered, 0)).toBe(3000);
    expect(s.getItem(PROGRESS_KEY)!.length).toBeLessThan(raw.length / 20);
  });
});

describe('two tabs', () => {
  it('never lose each other’s answers, even when a tab writes back its stale copy', () => {
    const s = new MemoryStorage();
    saveProgress(s, addAttempt(attempt('q0', 0)), T0);
    const tabA = loadProgress(s, T0).data;
    const tabB = loadProgress(s, T0).data;
    // Each tab answers on its own copy, then saves by replacing the whole document.
    const a1 = attempt('qa', 1);
    const b1 = attempt('qb', 2, false);
    expect(saveProgress(s, () => addAttempt(a1)(tabA), at(1)).ok).toBe(true);
    expect(saveProgress(s, () => addAttempt(b1)(tabB), at(2)).ok).toBe(true);
    expect(attemptsOf(loadProgress(s, at(3)).data)).toEqual([attempt('q0', 0), a1, b1]);
  });

  it('keep the card with the later review when both tabs reviewed the same question', () => {
    const s = new MemoryStorage();
    const early = review(newCard(T0), 'again', at(1));
    const late = review(newCard(T0), 'good', at(5));
    saveProgress(s, (d) => ({ ...d, cards: { ...d.cards, q1: late } }), at(5));
    const r = saveProgress(s, (d) => ({ ...d, cards: { ...d.cards, q1: early } }), at(6));
    expect(r.ok).toBe(true);
    expect(loadProgress(s, at(7)).data.cards.q1).toEqual(late);
  });

  it('still honour an unflag made with a functional update', () => {
    const s = new MemoryStorage();
    saveProgress(s, (d) => ({ ...d, flags: { q1: true, q2: true } }), T0);
    saveProgress(
      s,
      (d) => {
        const { q1: _removed, ...rest } = d.flags;
        return { ...d, flags: rest };
      },
      T0,
    );
    expect(loadProgress(s, T0).data.flags).toEqual({ q2: true });
  });
});
