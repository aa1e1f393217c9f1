import { addHistory, HistoryError, saveBackup, withoutCommitted, type PendingHistory } from '@/quiz';

/** When this many committed entries wait to be dropped from the document, drop them at once. */
const DROP_NOW_AT = 20;

/**
 * Moves pending history (answers and exams saved in the localStorage document) into IndexedDB and
 * remembers what the database committed, so the next save of the document drops exactly that. One
 * flush runs at a time; a flush asked for meanwhile runs right after it.
 */
export interface HistoryOutbox {
  /** Keys committed by the database and not yet dropped from the document (pass to saveProgress). */
  readonly committed: Set<string>;
  /** Writes what is pending (minus what is already committed). Resolves when done or failed. */
  flush: () => Promise<void>;
  /** Keeps a copy of a pre-migration document in the database (best effort, once per key). */
  backup: (key: string, text: string) => Promise<boolean>;
}

export function createHistoryOutbox(hooks: {
  /** The document's pending history now, or null when nothing may be written (read-only). */
  pending: () => PendingHistory | null;
  /** Saves the document so committed entries leave it. */
  dropCommitted: () => void;
  /** The database could not take the history: a sentence for the learner (undefined when it works again). */
  onProblem: (message: string | undefined) => void;
}): HistoryOutbox {
  const committed = new Set<string>();
  let running: Promise<void> | null = null;
  let again = false;

  const once = async (): Promise<boolean> => {
    const pending = hooks.pending();
    if (!pending) return false;
    const todo = withoutCommitted(pending, committed);
    if (todo.attempts.length === 0 && todo.exams.length === 0) return true;
    try {
      for (const key of await addHistory(todo)) committed.add(key);
      hooks.onProblem(undefined);
      return true;
    } catch (error) {
      hooks.onProblem(
        `${error instanceof HistoryError ? error.message : String(error)} Your answers are kept in the progress document meanwhile; export your progress to keep a copy.`,
      );
      return false;
    }
  };

  const flush = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let ok: boolean;
      do {
        again = false;
        ok = await once();
      } while (ok && again);
      if (ok && committed.size >= DROP_NOW_AT) hooks.dropCommitted();
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const backup = async (key: string, text: string): Promise<boolean> => {
    try {
      await saveBackup({ key, savedAt: new Date().toISOString(), text });
      return true;
    } catch {
      return false;
    }
  };

  return { committed, flush, backup };
}
