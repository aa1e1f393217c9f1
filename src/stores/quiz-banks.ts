import { create } from 'zustand';
import { listImportedBanks, parseBank, removeImportedBank, saveImportedBank } from '@/features/quiz/core';
import { builtInBanks } from '@/features/quiz/built-in-banks';
import { buildPool, type LoadedBank, type PoolEntry } from '@/features/quiz/question-pool';

/** Result of importing one file, shown to the learner next to the file name. */
export interface ImportOutcome {
  fileName: string;
  ok: boolean;
  /** What happened, in a sentence the learner can act on. */
  message: string;
}

interface BanksState {
  status: 'idle' | 'loading' | 'ready';
  builtIn: LoadedBank[];
  imported: LoadedBank[];
  /** Every usable question, built-in first; ids unique. */
  pool: PoolEntry[];
  /** Why imported banks could not be read (IndexedDB blocked or broken); built-in banks still work. */
  storageError?: string;
  load: () => Promise<void>;
  importFiles: (files: readonly File[]) => Promise<ImportOutcome[]>;
  remove: (id: string) => Promise<void>;
}

/** Largest bank file accepted: far above any real bank, small enough to keep the tab responsive. */
const MAX_BYTES = 5 * 1024 * 1024;

function toLoaded(stored: { id: string; fileName: string; source: string; addedAt?: string; updatedAt?: string }): LoadedBank {
  const parsed = parseBank(stored.source, { fileName: stored.fileName });
  return {
    info: {
      id: stored.id,
      title: parsed.title ?? stored.fileName.replace(/\.md$/i, ''),
      fileName: stored.fileName,
      origin: 'imported',
      format: parsed.format,
      problems: parsed.problems,
      questionCount: parsed.questions.length,
      addedAt: stored.addedAt,
    },
    questions: parsed.questions,
  };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `Imported banks could not be read: ${text}`;
}

/**
 * The question banks the quiz draws from: KMS Lab's own (parsed at build time) plus the learner's
 * imports (IndexedDB). Loaded once, refreshed after every import or removal.
 */
export const useQuizBanks = create<BanksState>((set, get) => {
  const withPool = (builtIn: LoadedBank[], imported: LoadedBank[]) => ({ builtIn, imported, pool: buildPool([...builtIn, ...imported]) });

  const refreshImported = async () => {
    try {
      const stored = await listImportedBanks();
      set({ ...withPool(get().builtIn, stored.map(toLoaded)), storageError: undefined, status: 'ready' });
    } catch (error) {
      set({ ...withPool(get().builtIn, []), storageError: describeError(error), status: 'ready' });
    }
  };

  return {
    status: 'idle',
    builtIn: [],
    imported: [],
    pool: [],
    load: async () => {
      if (get().status !== 'idle') return;
      const builtIn = builtInBanks();
      set({ status: 'loading', ...withPool(builtIn, []) });
      await refreshImported();
    },
    importFiles: async (files) => {
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        if (!/\.(md|markdown|txt)$/i.test(file.name)) {
          outcomes.push({ fileName: file.name, ok: false, message: 'Not a Markdown file: choose a file ending in .md.' });
          continue;
        }
        if (file.size > MAX_BYTES) {
          outcomes.push({ fileName: file.name, ok: false, message: `Too large (${Math.round(file.size / 1024)} KB): the limit is 5 MB per bank.` });
          continue;
        }
        try {
          const source = await file.text();
          const parsed = parseBank(source, { fileName: file.name });
          if (parsed.questions.length === 0) {
            const first = parsed.problems[0];
            outcomes.push({
              fileName: file.name,
              ok: false,
              message: `No questions found, so it was not added.${first ? ` First problem, line ${first.line}: ${first.message}` : ' Check the format described on this page.'}`,
            });
            continue;
          }
          const { replaced } = await saveImportedBank({ fileName: file.name, source });
          const errors = parsed.problems.filter((p) => p.severity === 'error').length;
          outcomes.push({
            fileName: file.name,
            ok: true,
            message: `${replaced ? 'Replaced the earlier import of this file: now ' : 'Added '}${parsed.questions.length} question${parsed.questions.length === 1 ? '' : 's'}${errors ? `; ${errors} could not be read (see the problems below)` : ''}.`,
          });
        } catch (error) {
          // The core's errors already say what happened and what to do.
          outcomes.push({ fileName: file.name, ok: false, message: error instanceof Error ? error.message : String(error) });
        }
      }
      await refreshImported();
      return outcomes;
    },
    remove: async (id) => {
      await removeImportedBank(id);
      await refreshImported();
    },
  };
});
