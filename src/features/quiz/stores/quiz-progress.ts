import { create } from 'zustand';
import {
  PROGRESS_KEY,
  addHistory,
  allAttempts,
  allExams,
  applyImport,
  exportProgress,
  getExam,
  historyKeys,
  importProgress,
  listCorruptCopies,
  loadProgress,
  readStoredCopy,
  saveProgress,
  unionExams,
  type ExamResult,
  type ImportSummary,
  type ProgressData,
} from '@/quiz';
import { examResultFrom, type ExamRecordInput } from '../exam-record';
import { applyAnswers, type AnswerRecord } from './apply-answers';
import { createHistoryOutbox } from './history-outbox';

/** A copy of stored progress data offered for download (the live data or a copy kept aside). */
export interface RawBackup {
  key: string;
  label: string;
  fileName: string;
  text: string;
}

/** Finished exams from the history database (plus those not moved there yet), oldest first. */
export interface ExamList {
  status: 'idle' | 'loading' | 'ready';
  exams: ExamResult[];
  /** Set when the database could not be read: only exams still in the document are listed. */
  error?: string;
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

  const reload = () => {
    const s = storage();
    if (!s) return;
    const { data, readOnly } = loadProgress(s);
    set({ data, readOnly });
    if (get().examList.status === 'ready') void get().loadExams();
  };

  /** Saves through the core; on failure keeps the change in memory so this session goes on. */
  const persist = (update: (d: ProgressData) => ProgressData): boolean => {
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

  /** After a migration: keep the old document in the database, move its history there, then shrink it. */
  const settleMigration = async (from: number, raw: string) => {
    await outbox.backup(`v${from}-${new Date().toISOString()}`, raw);
    await outbox.flush();
    if (outbox.committed.size > 0) persist((d) => d);
  };

  return {
    data: null,
    readOnly: false,
    examList: { status: 'idle', exams: [] },
    load: () => {
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
    },
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
      let known: Awaited<ReturnType<typeof historyKeys>> | undefined;
      try {
        known = await historyKeys();
      } catch {
        known = undefined;
      }
      const plan = importProgress(current, json, known);
      if ('error' in plan) return { ok: false, error: plan.error };
      // The history goes to the database first (a large file would not fit the document); without a
      // database it waits in the document like any answer.
      let toPending = !known;
      if (!toPending) {
        try {
          await addHistory({ attempts: plan.attempts, exams: plan.exams });
        } catch {
          toPending = true;
        }
      }
      const saved = persist((d) => applyImport(d, plan, { pending: toPending }));
      if (!saved) return { ok: false, error: get().saveError ?? 'The imported progress could not be saved.' };
      if (toPending) void outbox.flush();
      if (get().examList.status !== 'idle') void get().loadExams();
      return { ok: true, summary: summaryLines(plan.summary) };
    },
    toggleFlag: (questionId) =>
      persist((d) => {
        const flags = { ...d.flags };
        if (flags[questionId]) delete flags[questionId];
        else flags[questionId] = true;
        return { ...d, flags };
      }),
    updateSettings: (patch) => {
      const update = (d: ProgressData): ProgressData => ({ ...d, settings: { ...d.settings, ...patch } });
      const s = storage();
      const result = s ? saveProgress(s, update) : null;
      if (result?.ok) set({ data: result.data });
      // A preference that could not be saved is not worth an error message: it applies in memory.
      else set((state) => ({ data: state.data ? update(state.data) : state.data }));
      return !!result?.ok;
    },
    exportJson: async () => {
      const data = get().data;
      if (!data) return { text: '' };
      try {
        const [attempts, exams] = await Promise.all([allAttempts(), allExams()]);
        return { text: exportProgress(data, { attempts, exams }) };
      } catch (error) {
        return {
          text: exportProgress(data),
          warning: `The answer history could not be read (${error instanceof Error ? error.message : String(error)}), so the file holds your cards, flags, settings and the answers not yet moved there.`,
        };
      }
    },
    loadExams: async () => {
      const pending = get().data?.pending.exams ?? [];
      set((state) => ({ examList: { ...state.examList, status: state.examList.status === 'ready' ? 'ready' : 'loading' } }));
      try {
        const stored = await allExams();
        set({ examList: { status: 'ready', exams: unionExams(stored, get().data?.pending.exams ?? pending) } });
      } catch (error) {
        set({
          examList: {
            status: 'ready',
            exams: unionExams([], pending),
            error: `Older exams could not be read (${error instanceof Error ? error.message : String(error)}).`,
          },
        });
      }
    },
    findExam: async (id) => {
      const pending = get().data?.pending.exams.find((e) => e.id === id);
      if (pending) return pending;
      try {
        return await getExam(id);
      } catch {
        return undefined;
      }
    },
    settle: () => outbox.flush(),
    rawBackups: () => {
      const s = storage();
      if (!s) return [];
      const stamp = new Date().toISOString().slice(0, 10);
      const out: RawBackup[] = [];
      // The copies the core kept aside, plus the live document when the core will not write it
      // (e.g. saved by a newer version of the app): both can be downloaded as they are.
      for (const key of listCorruptCopies(s)) {
        const text = readStoredCopy(s, key);
        if (text !== null) out.push({ key, label: 'damaged copy', fileName: `${key.replace(/[^a-z0-9.-]+/gi, '-')}-${stamp}.json`, text });
      }
      if (get().readOnly) {
        try {
          const text = s.getItem(PROGRESS_KEY);
          if (text) out.push({ key: PROGRESS_KEY, label: 'stored progress', fileName: `kmslab-progress-stored-${stamp}.json`, text });
        } catch {
          // Unreadable storage: nothing to offer.
        }
      }
      return out;
    },
    dismiss: (what) => set({ [what]: undefined }),
  };
});

/** The core's import summary as lines for the learner: its sentence, then the counts that changed. */
function summaryLines(summary: ImportSummary): string[] {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const lines = [summary.text];
  const counts = [
    summary.attemptsAdded && `${n(summary.attemptsAdded, 'answer', 'answers')} added`,
    summary.cardsAdded && `${n(summary.cardsAdded, 'review card', 'review cards')} added`,
    summary.cardsUpdated && `${n(summary.cardsUpdated, 'review card', 'review cards')} updated to a later review`,
    summary.flagsAdded && `${n(summary.flagsAdded, 'flag', 'flags')} added`,
    summary.examsAdded && `${n(summary.examsAdded, 'exam result', 'exam results')} added`,
    summary.skipped &&
      `${n(summary.skipped, 'entry', 'entries')} in the file could not be read and ${summary.skipped === 1 ? 'was' : 'were'} skipped`,
  ].filter((x): x is string => typeof x === 'string');
  return counts.length ? [...lines, ...counts] : lines;
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
