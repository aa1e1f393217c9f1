import { create } from 'zustand';
import {
  PROGRESS_KEY,
  exportProgress,
  importProgress,
  listCorruptCopies,
  loadProgress,
  newCard,
  ratingFor,
  readStoredCopy,
  review,
  saveProgress,
} from '@/quiz';
import { examResultFrom, type ExamRecordInput } from '../exam-record';

import type { Confidence, ImportSummary, ProgressData } from '@/quiz';

/** How sure the learner was, when asked (review mode): low = Hard, high = Easy when right. */
export type { Confidence };

/** One checked answer, as the UI reports it. */
export interface AnswerRecord {
  questionId: string;
  selected: number[];
  correct: boolean;
  mode: 'practice' | 'exam' | 'review' | 'drill';
  confidence?: Confidence;
}

/** A copy of stored progress data offered for download (the live data or a copy kept aside). */
export interface RawBackup {
  key: string;
  label: string;
  fileName: string;
  text: string;
}

interface ProgressState {
  /** The learner's progress; null until loaded. */
  data: ProgressData | null;
  /** Set when the stored data was corrupt or newer than this app (from the core's loader). */
  notice?: string;
  /** True when the core refuses to save (newer data stored, or damaged data it could not copy aside). */
  readOnly: boolean;
  /** Set when the last save failed (storage full or blocked). */
  saveError?: string;
  load: () => void;
  recordAnswers: (records: readonly AnswerRecord[], now?: Date) => boolean;
  recordExam: (input: ExamRecordInput, now?: Date) => boolean;
  /** Validates and merges an exported file; returns the summary or the reason it was refused. */
  importJson: (json: string) => { ok: true; summary: string[] } | { ok: false; error: string };
  exportJson: () => string;
  /** Flags or unflags a question for later (practice bookmarks; exam flags live in the exam). */
  toggleFlag: (questionId: string) => boolean;
  /** Merges learner preferences into the stored settings. */
  updateSettings: (patch: ProgressData['settings']) => boolean;
  rawBackups: () => RawBackup[];
  dismiss: (what: 'notice' | 'saveError') => void;
}

const KEY_PREFIX = PROGRESS_KEY;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Applies answers to progress data: one attempt each, and the FSRS card moved on by its rating. */
function applyAnswers(data: ProgressData, records: readonly AnswerRecord[], now: Date): ProgressData {
  const cards = { ...data.cards };
  const attempts = [...data.attempts];
  for (const r of records) {
    attempts.push({
      questionId: r.questionId,
      at: now.toISOString(),
      selected: [...r.selected],
      correct: r.correct,
      mode: r.mode,
      ...(r.confidence ? { confidence: r.confidence } : {}),
    });
    const card = cards[r.questionId] ?? newCard(now);
    cards[r.questionId] = review(card, ratingFor(r.correct, r.confidence), now);
  }
  return { ...data, attempts, cards };
}

let listening = false;

/**
 * The learner's progress (attempts, FSRS cards, flags, exam results), persisted through the quiz
 * core's storage functions: they re-read before writing and merge, so two tabs never lose each
 * other's answers, and they keep corrupt or newer data aside instead of overwriting it.
 */
export const useQuizProgress = create<ProgressState>((set, get) => {
  const reload = () => {
    const s = storage();
    if (!s) return;
    const { data, readOnly } = loadProgress(s);
    set({ data, readOnly });
  };

  /** Saves through the core; on failure keeps the change in memory so this session goes on. */
  const persist = (update: (d: ProgressData) => ProgressData): boolean => {
    const s = storage();
    const result = s
      ? saveProgress(s, update)
      : { ok: false as const, reason: 'unavailable' as const, message: 'This browser blocks storage for this site.' };
    if (result.ok) {
      // The core returns what it stored: this tab's change merged with other tabs' answers.
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

  return {
    data: null,
    readOnly: false,
    load: () => {
      if (get().data) return;
      const s = storage();
      if (!s) {
        const { data } = loadProgress(new MemoryStorage());
        set({ data, notice: 'This browser blocks storage for this site, so progress cannot be saved. You can still practise.' });
        return;
      }
      const { data, notice, readOnly } = loadProgress(s);
      set({ data, notice, readOnly });
      if (!listening) {
        listening = true;
        // Another tab saved: show its answers here too (the core merges on every write anyway).
        window.addEventListener('storage', (event) => {
          if (event.key === null || event.key.startsWith(KEY_PREFIX)) reload();
        });
      }
    },
    recordAnswers: (records, now = new Date()) => persist((d) => applyAnswers(d, records, now)),
    recordExam: (input, now = new Date()) =>
      persist((d) => {
        const next = applyAnswers(d, input.answers, now);
        return { ...next, exams: [...next.exams, examResultFrom(input)] };
      }),
    importJson: (json) => {
      const current = get().data;
      if (!current) return { ok: false, error: 'Progress is still loading. Try again in a moment.' };
      const checked = importProgress(current, json);
      if ('error' in checked) return { ok: false, error: checked.error };
      const saved = persist((d) => {
        const merged = importProgress(d, json);
        return 'error' in merged ? d : merged.data;
      });
      if (!saved) return { ok: false, error: get().saveError ?? 'The imported progress could not be saved.' };
      return { ok: true, summary: summaryLines(checked.summary) };
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
    exportJson: () => {
      const data = get().data;
      return data ? exportProgress(data) : '';
    },
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
