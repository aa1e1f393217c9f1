import { loadProgress, saveProgress, type LabRecord } from '@/quiz';

/** What reading the stored lab records found. */
export interface LabRecordsRead {
  records: Record<string, LabRecord>;
  /** Set when the stored progress needs the learner's attention (damaged, newer, storage blocked). */
  notice?: string;
}

/** The result of saving one lab's record. */
export type LabSaveResult = { ok: true; records: Record<string, LabRecord> } | { ok: false; message: string };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const BLOCKED = 'This browser blocks storage for this site, so lab progress lasts only until the tab closes.';

/**
 * Every lab record saved so far, read from the learner's progress document (the quiz core's loader:
 * older versions migrated, damaged data kept aside, a newer version read but never written).
 */
export function readLabRecords(): LabRecordsRead {
  const s = storage();
  if (!s) return { records: {}, notice: BLOCKED };
  const loaded = loadProgress(s);
  return { records: loaded.data.labs, notice: loaded.notice };
}

/**
 * Saves one lab's record into the progress document through the quiz core's `saveProgress`, which
 * re-reads what another tab stored, merges, and refuses to overwrite newer or damaged data; a full
 * quota leaves storage as it was. The message says what happened when nothing was saved.
 */
export function saveLabRecord(labId: string, change: (record: LabRecord) => LabRecord): LabSaveResult {
  const s = storage();
  if (!s) return { ok: false, message: BLOCKED };
  const result = saveProgress(s, (d) => ({ ...d, labs: { ...d.labs, [labId]: change(d.labs[labId] ?? { hintsUsed: 0 }) } }));
  return result.ok ? { ok: true, records: result.data.labs } : { ok: false, message: result.message };
}
