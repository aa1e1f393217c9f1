import { describe, expect, it } from 'vitest';
import {
  applyImport,
  emptyProgress,
  exportProgress,
  importProgress,
  loadProgress,
  mergeLabRecord,
  PROGRESS_KEY,
  saveProgress,
  type LabRecord,
  type ProgressData,
} from '@/quiz/progress';
import { MemoryStorage } from './memory-storage';
import { fixtureText } from './read-json';

// Lab records (schema version 4) travel with the rest of the progress: stored in the same document,
// merged between tabs, exported and imported, and protected by the same failure rules.

const T0 = new Date('2026-05-01T08:00:00.000Z');
const iso = (min: number) => new Date(T0.getTime() + min * 60_000).toISOString();
const setLab = (id: string, change: (r: LabRecord) => LabRecord) => (d: ProgressData) => ({
  ...d,
  labs: { ...d.labs, [id]: change(d.labs[id] ?? { hintsUsed: 0 }) },
});

describe('lab records in the progress document', () => {
  it('are saved with the quiz progress and read back after a reload', () => {
    const s = new MemoryStorage();
    expect(
      saveProgress(
        s,
        setLab('protect-app-secrets', (r) => ({ ...r, startedAt: iso(0) })),
        T0,
      ).ok,
    ).toBe(true);
    expect(
      saveProgress(
        s,
        setLab('protect-app-secrets', (r) => ({ ...r, hintsUsed: 2, completedAt: iso(12) })),
        T0,
      ).ok,
    ).toBe(true);
    const stored = JSON.parse(s.getItem(PROGRESS_KEY)!);
    expect(stored.version).toBe(4);
    expect(loadProgress(s, T0).data.labs).toEqual({ 'protect-app-secrets': { startedAt: iso(0), completedAt: iso(12), hintsUsed: 2 } });
  });

  it('a lab saved in one tab survives another tab saving its older copy (records only grow)', () => {
    const s = new MemoryStorage();
    saveProgress(
      s,
      setLab('grant-batch-job', (r) => ({ ...r, startedAt: iso(0) })),
      T0,
    );
    const staleTab = loadProgress(s, T0).data;
    saveProgress(
      s,
      setLab('grant-batch-job', (r) => ({ ...r, completedAt: iso(5), hintsUsed: 1 })),
      T0,
    );
    // The other tab writes back what it loaded before (e.g. an answer saved with a stale document).
    saveProgress(s, () => staleTab, T0);
    expect(loadProgress(s, T0).data.labs['grant-batch-job']).toEqual({ startedAt: iso(0), completedAt: iso(5), hintsUsed: 1 });
  });

  it('merging keeps the earliest times, the most hints and any solution seen', () => {
    expect(
      mergeLabRecord(
        { startedAt: iso(10), completedAt: iso(30), hintsUsed: 3 },
        { startedAt: iso(0), completedAt: iso(40), hintsUsed: 1, solutionViewed: true },
      ),
    ).toEqual({ startedAt: iso(0), completedAt: iso(30), hintsUsed: 3, solutionViewed: true });
    expect(mergeLabRecord({ hintsUsed: 0 }, { hintsUsed: 0 })).toEqual({ hintsUsed: 0 });
  });

  it('a full quota keeps what was stored, lab records included, and says so', () => {
    const s = new MemoryStorage(3_000);
    expect(
      saveProgress(
        s,
        setLab('safe-deletion', (r) => ({ ...r, completedAt: iso(1) })),
        T0,
      ).ok,
    ).toBe(true);
    const before = s.getItem(PROGRESS_KEY);
    const huge = (d: ProgressData): ProgressData => ({ ...d, settings: { ...d.settings, note: 'x'.repeat(2_000) } });
    const r = saveProgress(s, (d) => setLab('four-kb-limit', (x) => ({ ...x, startedAt: iso(2) }))(huge(d)), T0);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    if (!r.ok) expect(r.message).toMatch(/storage is full.*Everything saved before is still there/);
    expect(s.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('a corrupt document is kept aside before a lab record is saved, and the notice says where', () => {
    const s = new MemoryStorage();
    const broken = '{"version":4,"labs":{"protect-app-secrets":';
    s.setItem(PROGRESS_KEY, broken);
    const loaded = loadProgress(s, T0);
    expect(loaded).toMatchObject({ status: 'corrupt', readOnly: false });
    expect(loaded.notice).toMatch(/kept aside unchanged/);
    expect(s.getItem(loaded.corruptKey!)).toBe(broken);
    expect(
      saveProgress(
        s,
        setLab('safe-deletion', (r) => ({ ...r, startedAt: iso(0) })),
        T0,
      ).ok,
    ).toBe(true);
    expect(s.getItem(loaded.corruptKey!)).toBe(broken);
  });

  it('a malformed lab record from an update is refused and nothing is written', () => {
    const s = new MemoryStorage();
    saveProgress(
      s,
      setLab('safe-deletion', (r) => ({ ...r, startedAt: iso(0) })),
      T0,
    );
    const before = s.getItem(PROGRESS_KEY);
    const r = saveProgress(s, (d) => ({ ...d, labs: { ...d.labs, 'four-kb-limit': { hintsUsed: -2 } } }), T0);
    expect(r).toMatchObject({ ok: false, reason: 'invalid' });
    expect(s.getItem(PROGRESS_KEY)).toBe(before);
  });
});

describe('lab records in export and import', () => {
  const v4 = (): ProgressData => {
    const doc = JSON.parse(fixtureText('progress-v4.json')) as ProgressData;
    return { ...doc, pending: { attempts: [], exams: [] } };
  };

  it('the export carries them and an empty browser imports them', () => {
    const file = exportProgress(v4(), { attempts: [], exams: [] }, T0);
    expect(JSON.parse(file).labs).toEqual(v4().labs);
    const plan = importProgress(emptyProgress(), file);
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.summary.labsUpdated).toBe(2);
    expect(plan.summary.text).toMatch(/2 lab records/);
    expect(applyImport(emptyProgress(), plan, { pending: false }).labs).toEqual(v4().labs);
  });

  it('an import merges with the labs already here and never undoes one', () => {
    const current: ProgressData = {
      ...emptyProgress(),
      labs: {
        'protect-app-secrets': { startedAt: '2026-04-06T08:00:00.000Z', hintsUsed: 0 },
        'rotation-old-ciphertext': { startedAt: '2026-04-07T17:00:00.000Z', completedAt: '2026-04-07T17:30:00.000Z', hintsUsed: 0 },
      },
    };
    const plan = importProgress(current, exportProgress(v4(), undefined, T0));
    if ('error' in plan) throw new Error(plan.error);
    const imported = applyImport(current, plan, { pending: false });
    const after = imported.labs;
    expect(after['protect-app-secrets']).toEqual({
      startedAt: '2026-04-06T08:00:00.000Z',
      completedAt: '2026-04-06T09:14:30.000Z',
      hintsUsed: 1,
    });
    expect(after['rotation-old-ciphertext']).toEqual({
      startedAt: '2026-04-07T17:00:00.000Z',
      completedAt: '2026-04-07T17:30:00.000Z',
      hintsUsed: 2,
      solutionViewed: true,
    });
    // Importing the same file again changes nothing.
    const again = importProgress(imported, exportProgress(v4(), undefined, T0));
    if ('error' in again) throw new Error(again.error);
    expect(again.summary.labsUpdated).toBe(0);
    expect(again.summary.text).toMatch(/^Nothing new/);
  });

  it('an export from before labs (version 3) imports with no lab records and leaves the learner’s alone', () => {
    const current: ProgressData = { ...emptyProgress(), labs: { 'safe-deletion': { hintsUsed: 1, completedAt: iso(3) } } };
    const v3 = JSON.stringify({ format: 'kmslab-progress', ...JSON.parse(fixtureText('progress-v3.json')) });
    const plan = importProgress(current, v3);
    if ('error' in plan) throw new Error(plan.error);
    expect(plan.summary).toMatchObject({ fileVersion: 3, labsUpdated: 0, skipped: 0 });
    expect(applyImport(current, plan, { pending: false }).labs).toEqual(current.labs);
  });
});
