import { create, type StoreApi } from 'zustand';
import {
  PROGRESS_KEY,
  listCorruptCopies,
  loadProgress,
  mergeLabs,
  readStoredCopy,
  saveProgress,
  type ExamResult,
  type ProgressData,
} from '@/quiz';
import { examResultFrom, type ExamRecordInput } from '../exam-record';
import { applyAnswers, type AnswerRecord } from './apply-answers';
import { createHistoryOutbox } from './history-outbox';
import { exportFile, findExam, importFile, readExamList, type ExamList } from './history-actions';

/** A copy of stored progress data offered for download (the live data or a copy kept aside). */
export interface RawBackup {
  key: string;
  label: string;
  fileName: string;
  text: string;
}

interface ProgressState {
  /** The learner's progress (the hot document); null until loaded. */
  data: ProgressData | null;
  /** Set when the stored data was corrupt or newer than this app (from the core's loader). */
  notice?: string;
  /** True when the core refuses to save (newer data stored, or damaged data it could not copy aside). */
  readOnly: boolean;
  /** Set when the last save failed (storage full or blocked). */
  saveError?: string;
  /** Set while the answer history cannot be moved to IndexedDB (it stays in the document meanwhile). */
  historyProblem?: string;
  examList: ExamList;
  load: () => void;
  recordAnswers: (records: readonly AnswerRecord[], now?: Date) => boolean;
  recordExam: (input: ExamRecordInput, now?: Date) => boolean;
  /** Validates and merges an exported file; resolves with the summary or the reason it was refused. */
  importJson: (json: string) => Promise<{ ok: true; summary: string[] } | { ok: false; error: string }>;
  /** The export file: the document plus the whole history. `warning` when the history could not be read. */
  exportJson: () => Promise<{ text: string; warning?: string }>;
  /** Flags or unflags a question for later (practice bookmarks; exam flags live in the exam). */
  toggleFlag: (questionId: string) => boolean;
  /** Merges learner preferences into the stored settings. */
  updateSettings: (patch: ProgressData['settings']) => boolean;
  /** Reads the finished exams (for the history table). */
  loadExams: () => Promise<void>;
  /** One finished exam, from the document or the history database. */
  findExam: (id: string) => Promise<ExamResult | undefined>;
  /** Resolves once the history saved so far has been moved to the database (or the attempt failed). */
  settle: () => Promise<void>;
  rawBackups: () => RawBackup[];
  dismiss: (what: 'notice' | 'saveError' | 'historyProblem') => void;
}

const KEY_PREFIX = PROGRESS_KEY;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let listening = false;

type SetState = StoreApi<ProgressState>['setState'];
type GetState = StoreApi<ProgressState>['getState'];
type Outbox = ReturnType<typeof createHistoryOutbox>;
type Persist = (update: (d: ProgressData) => ProgressData) => boolean;

/** Saves through the core; on failure keeps the change in memory so this session goes on. */
function makePersist(set: SetState, get: GetState, outbox: Outbox): Persist {
  return (update) => {
    const s = storage();
    const committed = new Set(outbox.committed);
    const result = s
      ? saveProgress(s, update, new Date(), { committed })
      : { ok: false as const, reason: 'unavailable' as const, message: 'This browser blocks storage for this site.' };
    if (result.ok) {
      // The core returns what it stored: this tab's change merged with other tabs' answers, and the
      // history the database has confirmed dropped from it.
      for (const key of committed) outbox.committed.delete(key);
      set({ data: result.data, saveError: undefined });
      return true;
    }
    const current = get().data;
    set({
      data: current ? update(current) : current,
      saveError: `${result.message} Your answers are kept until you close this tab: export your progress on the Progress page to keep them.`,
    });
    return false;
  };
}

/**
 * Reads the stored progress once (migrating it through the core), moves history left in the document
 * to the database, and follows other tabs' saves.
 */
function makeLoad(set: SetState, get: GetState, outbox: Outbox, persist: Persist): () => void {
  /** After a migration: keep the old document in the database, move its history there, then shrink it. */
  const settleMigration = async (from: number, raw: string) => {
    await outbox.backup(`v${from}-${new Date().toISOString()}`, raw);
    await outbox.flush();
    if (outbox.committed.size > 0) persist((d) => d);
  };
  const reload = () => {
    const s = storage();
    if (!s) return;
    const { data, readOnly } = loadProgress(s);
    set({ data, readOnly });
    if (get().examList.status === 'ready') void get().loadExams();
  };
  return () => {
    if (get().data) return;
    const s = storage();
    if (!s) {
      const { data } = loadProgress(new MemoryStorage());
      set({ data, notice: 'This browser blocks storage for this site, so progress cannot be saved. You can still practise.' });
      return;
    }
    const loaded = loadProgress(s);
    set({ data: loaded.data, notice: loaded.notice, readOnly: loaded.readOnly });
    if (loaded.migratedFrom !== undefined && loaded.migratedRaw !== undefined && !loaded.readOnly) {
      void settleMigration(loaded.migratedFrom, loaded.migratedRaw);
    } else {
      // History a closed tab saved but did not get to move.
      void outbox.flush();
    }
    if (!listening) {
      listening = true;
      // Another tab saved: show its answers here too (the core merges on every write anyway).
      window.addEventListener('storage', (event) => {
        if (event.key === null || event.key.startsWith(KEY_PREFIX)) reload();
      });
    }
  };
}

/** Merges learner preferences; a preference that could not be saved still applies in memory. */
function makeUpdateSettings(set: SetState): ProgressState['updateSettings'] {
  return (patch) => {
    const update = (d: ProgressData): ProgressData => ({ ...d, settings: { ...d.settings, ...patch } });
    const s = storage();
    const result = s ? saveProgress(s, update) : null;
    if (result?.ok) set({ data: result.data });
    else set((state) => ({ data: state.data ? update(state.data) : state.data }));
    return !!result?.ok;
  };
}

/**
 * The learner's progress, persisted through the quiz core: the hot document (cards, flags, settings,
 * running totals) in localStorage, re-read and merged on every write so two tabs never lose each
 * other's answers, with corrupt or newer data kept aside instead of overwritten; the long history
 * (attempts, finished exams) moved to IndexedDB right after each save (see history-outbox.ts).
 */
export const useQuizProgress = create<ProgressState>((set, get) => {
  const outbox = createHistoryOutbox({
    pending: () => (get().readOnly ? null : (get().data?.pending ?? null)),
    dropCommitted: () => void persist((d) => d),
    onProblem: (historyProblem) => {
      if (get().historyProblem !== historyProblem) set({ historyProblem });
    },
  });
  const persist = makePersist(set, get, outbox);

  return {
    data: null,
    readOnly: false,
    examList: { status: 'idle', exams: [] },
    load: makeLoad(set, get, outbox, persist),
    recordAnswers: (records, now = new Date()) => {
      const ok = persist((d) => applyAnswers(d, records, now));
      void outbox.flush();
      return ok;
    },
    recordExam: (input, now = new Date()) => {
      const ok = persist((d) => {
        const next = applyAnswers(d, input.answers, now);
        return { ...next, pending: { ...next.pending, exams: [...next.pending.exams, examResultFrom(input)] } };
      });
      void outbox.flush();
      return ok;
    },
    importJson: async (json) => {
      const current = get().data;
      if (!current) return { ok: false, error: 'Progress is still loading. Try again in a moment.' };
      const result = await importFile(current, json, persist);
      if (!result.ok) return { ok: false, error: result.error ?? get().saveError ?? 'The imported progress could not be saved.' };
      if (result.pending) void outbox.flush();
      if (get().examList.status !== 'idle') void get().loadExams();
      return { ok: true, summary: result.summary };
    },
    toggleFlag: (questionId) =>
      persist((d) => {
        const flags = { ...d.flags };
        if (flags[questionId]) delete flags[questionId];
        else flags[questionId] = true;
        return { ...d, flags };
      }),
    updateSettings: makeUpdateSettings(set),
    exportJson: async () => {
      const data = get().data;
      if (!data) return { text: '' };
      // The labs save their records into the same document from their own pages, after this tab
      // loaded it: export what is stored now as well as what this tab holds.
      const s = storage();
      const labs = s ? mergeLabs(data.labs, loadProgress(s).data.labs) : data.labs;
      return exportFile({ ...data, labs });
    },
    loadExams: async () => {
      if (get().examList.status === 'idle') set({ examList: { status: 'loading', exams: [] } });
      set({ examList: await readExamList(get().data?.pending.exams ?? []) });
    },
    findExam: (id) => findExam(get().data?.pending.exams ?? [], id),
    settle: () => outbox.flush(),
    rawBackups: () => {
      const s = storage();
      return s ? rawBackupsIn(s, get().readOnly) : [];
    },
    dismiss: (what) => set({ [what]: undefined }),
  };
});

/**
 * The copies the core kept aside, plus the live document when the core will not write it (saved by a
 * newer version of the app): both can be downloaded exactly as they are.
 */
function rawBackupsIn(s: Storage, readOnly: boolean): RawBackup[] {
  const stamp = new Date().toISOString().slice(0, 10);
  const out: RawBackup[] = [];
  for (const key of listCorruptCopies(s)) {
    const text = readStoredCopy(s, key);
    if (text !== null) out.push({ key, label: 'damaged copy', fileName: `${key.replace(/[^a-z0-9.-]+/gi, '-')}-${stamp}.json`, text });
  }
  if (readOnly) {
    try {
      const text = s.getItem(PROGRESS_KEY);
      if (text) out.push({ key: PROGRESS_KEY, label: 'stored progress', fileName: `kmslab-progress-stored-${stamp}.json`, text });
    } catch {
      // Unreadable storage: nothing to offer.
    }
  }
  return out;
}

/** Storage stand-in when the browser blocks localStorage: progress lives for this tab only. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}
