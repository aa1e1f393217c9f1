import { create } from 'zustand';
import { withCurrentExams } from '@/quiz';
import type { parseBank as parseBankFn } from '@/quiz/parse-bank';
import { buildPool, type LoadedBank, type PoolEntry } from '../question-pool';

// Everything heavy arrives through import(), so a quiz page's own chunk stays small and renders
// before the questions do: the built-in banks (JSON parsed at build time), IndexedDB access and the
// parser (only needed for the learner's own banks). The core modules are imported directly, not
// through the '@/features/quiz/core' barrel: import() of the barrel would keep every export it has.
let builtInLoad: Promise<LoadedBank[]> | null = null;
const loadBuiltIn = () =>
  (builtInLoad ??= import('@/features/quiz/built-in-banks').then((m) =>
    m.builtInBanks().map((bank) => ({ ...bank, questions: bank.questions.map(withCurrentExams) })),
  ));
const loadStore = () => import('@/quiz/bank-store');
const loadParser = () => import('@/quiz/parse-bank').then((m) => m.parseBank);

type ParseBank = typeof parseBankFn;

/** Result of importing one file, shown to the learner next to the file name. */
export interface ImportOutcome {
  fileName: string;
  ok: boolean;
  /** What happened, in a sentence the learner can act on. */
  message: string;
  /** The bank's id when it was added or replaced, so the page can offer to practise it. */
  bankId?: string;
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

function toLoaded(
  parseBank: ParseBank,
  stored: { id: string; fileName: string; source: string; addedAt?: string; updatedAt?: string },
): LoadedBank {
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
    // Retired exam codes (SCS-C02) read as their successor's, so filters and exams see one code.
    questions: parsed.questions.map(withCurrentExams),
  };
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `Imported banks could not be read: ${text}`;
}

/** The learner's banks, parsed; the parser is fetched only when there is at least one. */
async function readImported(): Promise<{ imported: LoadedBank[]; storageError?: string }> {
  try {
    const { listImportedBanks } = await loadStore();
    const stored = await listImportedBanks();
    if (stored.length === 0) return { imported: [] };
    const parseBank = await loadParser();
    return { imported: stored.map((bank) => toLoaded(parseBank, bank)) };
  } catch (error) {
    return { imported: [], storageError: describeError(error) };
  }
}

/**
 * The question banks the quiz draws from: KMS Lab's own (parsed at build time) plus the learner's
 * imports (IndexedDB). Loaded once, refreshed after every import or removal.
 */
export const useQuizBanks = create<BanksState>((set, get) => {
  const withPool = (builtIn: LoadedBank[], imported: LoadedBank[]) => ({ builtIn, imported, pool: buildPool([...builtIn, ...imported]) });

  const refreshImported = async () => {
    const [builtIn, { imported, storageError }] = await Promise.all([
      loadBuiltIn().catch((error: unknown) => {
        // Only a failed chunk download gets here (a new version deployed, the network gone): say so
        // instead of loading forever, and let the next call try again.
        builtInLoad = null;
        return error instanceof Error ? error : new Error(String(error));
      }),
      readImported(),
    ]);
    if (builtIn instanceof Error) {
      set({
        ...withPool([], imported),
        storageError: `The built-in questions could not be loaded (${builtIn.message}). Reload the page to try again.`,
        status: 'ready',
      });
      return;
    }
    set({ ...withPool(builtIn, imported), storageError, status: 'ready' });
  };

  return {
    status: 'idle',
    builtIn: [],
    imported: [],
    pool: [],
    load: async () => {
      if (get().status !== 'idle') return;
      set({ status: 'loading' });
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
          outcomes.push({
            fileName: file.name,
            ok: false,
            message: `Too large (${Math.round(file.size / 1024)} KB): the limit is 5 MB per bank.`,
          });
          continue;
        }
        try {
          const [source, parseBank, { saveImportedBank }] = await Promise.all([file.text(), loadParser(), loadStore()]);
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
          const { bank, replaced } = await saveImportedBank({ fileName: file.name, source, title: parsed.title });
          const errors = parsed.problems.filter((p) => p.severity === 'error').length;
          outcomes.push({
            fileName: file.name,
            ok: true,
            bankId: bank.id,
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
      const { removeImportedBank } = await loadStore();
      await removeImportedBank(id);
      await refreshImported();
    },
  };
});
