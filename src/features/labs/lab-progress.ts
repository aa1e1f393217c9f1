import { useEffect } from 'react';
import { create } from 'zustand';
import { mergeLabs, type LabRecord } from '@/quiz';
import { readLabRecords, saveLabRecord } from './lab-progress-storage';

export type { LabRecord };

interface LabProgressState {
  /** Per lab id; absent = never started. */
  records: Record<string, LabRecord>;
  loaded: boolean;
  /** Set when the last save failed (storage full or blocked, newer data stored). */
  saveError?: string;
  /** Set when the stored progress needs attention (damaged and kept aside, newer, storage blocked). */
  notice?: string;
  load: () => void;
  /** Applies a change to one lab's record and saves it with the rest of the learner's progress. */
  update: (labId: string, change: (record: LabRecord) => LabRecord) => void;
}

const EMPTY: LabRecord = { hintsUsed: 0 };

/**
 * The learner's lab progress (started, done, hints used, solution seen), kept in the quiz progress
 * document (schema version 4's `labs`) under the same versioning, migration and export rules. A failed
 * save keeps the change for this visit and says so (`saveError`).
 */
export const useLabProgress = create<LabProgressState>((set, get) => ({
  records: {},
  loaded: false,
  load: () => {
    const { records, notice } = readLabRecords();
    // A change that could not be saved stays for this visit (it is in memory only, and says so).
    set((state) => ({ records: state.saveError ? mergeLabs(records, state.records) : records, notice, loaded: true }));
  },
  update: (labId, change) => {
    const result = saveLabRecord(labId, change);
    if (result.ok) set({ records: result.records, saveError: undefined });
    else {
      const records = get().records;
      set({ records: { ...records, [labId]: change(records[labId] ?? EMPTY) }, saveError: result.message });
    }
  },
}));

/** Loads lab progress on first use, and again when another tab saves. */
export function useLabRecords(): Record<string, LabRecord> {
  const { records, load } = useLabProgress();
  useEffect(() => {
    load();
    const reload = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith('kmslab.progress')) load();
    };
    window.addEventListener('storage', reload);
    return () => window.removeEventListener('storage', reload);
  }, [load]);
  return records;
}

/** What the lab page records as the learner works. */
export const labEvents = {
  started: (labId: string, at = new Date()) =>
    useLabProgress.getState().update(labId, (r) => (r.startedAt ? r : { ...r, startedAt: at.toISOString() })),
  hintShown: (labId: string, count: number) =>
    useLabProgress.getState().update(labId, (r) => (count > r.hintsUsed ? { ...r, hintsUsed: count } : r)),
  solutionShown: (labId: string) => useLabProgress.getState().update(labId, (r) => (r.solutionViewed ? r : { ...r, solutionViewed: true })),
  solved: (labId: string, at = new Date()) =>
    useLabProgress
      .getState()
      .update(labId, (r) => (r.completedAt ? r : { ...r, startedAt: r.startedAt ?? at.toISOString(), completedAt: at.toISOString() })),
};
