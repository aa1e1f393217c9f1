import { wrap as promised, type DBSchema, type IDBPDatabase } from 'idb';
import { attemptKey, examKey } from './merge';
import type { Attempt, ExamResult, PendingHistory } from './schema';

/**
 * The quiz's IndexedDB helper: the long history of a learner's progress (every attempt, every
 * finished exam, and copies of documents from before a schema migration). localStorage keeps only the
 * small hot document; IndexedDB has room for years of answers and never blocks a save on the size of
 * the history. Every write resolves when its transaction has committed, so a caller that drops
 * pending entries afterwards never drops anything the database does not have.
 */

const DB_NAME = 'kmslab-quiz-progress';
const DB_VERSION = 1;

/** A copy of a progress document as it was before a migration rewrote it. */
export interface HistoryBackup {
  /** For example `v2-2026-03-01T10:00:00.000Z`. */
  key: string;
  savedAt: string;
  /** The stored text, exactly. */
  text: string;
}

interface HistorySchema extends DBSchema {
  // Keyed by the attempt's identity, so writing the same attempt twice (a retry, another tab, an
  // import of an export) stores it once; keys sort by time first, so a read returns the log in order.
  attempts: { key: [string, string, string, number[]]; value: Attempt; indexes: { questionId: string } };
  exams: { key: string; value: ExamResult; indexes: { finishedAt: string } };
  backups: { key: string; value: HistoryBackup };
}

type HistoryDb = IDBPDatabase<HistorySchema>;

/** Where the history is kept; injectable for tests. */
export interface HistoryOptions {
  indexedDB?: IDBFactory;
}

/** A readable error: what happened and what to do. Nothing stored before is affected. */
export class HistoryError extends Error {
  constructor(
    message: string,
    /** `quota` when the browser's storage is full; `unavailable` when IndexedDB is missing or blocked. */
    readonly reason: 'unavailable' | 'quota' | 'failed',
  ) {
    super(message);
    this.name = 'HistoryError';
  }
}

const connections = new WeakMap<IDBFactory, Promise<HistoryDb>>();

function factory(options?: HistoryOptions): IDBFactory {
  const f = options?.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) {
    throw new HistoryError(
      'This browser does not offer IndexedDB (or blocks it, as some private windows do), so the answer history stays in the small progress document until it can be moved.',
      'unavailable',
    );
  }
  return f;
}

function wrap(error: unknown): HistoryError {
  if (error instanceof HistoryError) return error;
  const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') {
    return new HistoryError(
      'Browser storage is full, so the answer history could not be written. Export your progress, then free space.',
      'quota',
    );
  }
  const detail = error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return new HistoryError(`The answer history could not be used (${detail || name || 'unknown error'}).`, 'failed');
}

/**
 * Opens the database on the given factory (idb's own openDB always uses the global one, and tests and
 * the benchmark pass their own) and hands it to idb as a promise-based database.
 */
function open(f: IDBFactory): Promise<HistoryDb> {
  let request: IDBOpenDBRequest;
  try {
    request = f.open(DB_NAME, DB_VERSION);
  } catch (error) {
    return Promise.reject(wrap(error));
  }
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    const attempts = db.createObjectStore('attempts', { keyPath: ['at', 'questionId', 'mode', 'selected'] });
    attempts.createIndex('questionId', 'questionId');
    const exams = db.createObjectStore('exams', { keyPath: 'id' });
    exams.createIndex('finishedAt', 'finishedAt');
    db.createObjectStore('backups', { keyPath: 'key' });
  });
  return (promised(request) as unknown as Promise<HistoryDb>).then((db) => {
    // Another tab opens a newer version: step aside (close) and reconnect on the next use.
    db.addEventListener('versionchange', () => {
      db.close();
      connections.delete(f);
    });
    db.addEventListener('close', () => connections.delete(f));
    return db;
  });
}

function connect(options?: HistoryOptions): Promise<HistoryDb> {
  let f: IDBFactory;
  try {
    f = factory(options);
  } catch (error) {
    return Promise.reject(wrap(error));
  }
  let pending = connections.get(f);
  if (!pending) {
    pending = open(f);
    pending.catch(() => connections.delete(f));
    connections.set(f, pending);
  }
  return pending;
}

async function withDb<T>(options: HistoryOptions | undefined, body: (db: HistoryDb) => Promise<T>): Promise<T> {
  try {
    return await body(await connect(options));
  } catch (error) {
    throw wrap(error);
  }
}

/**
 * Writes attempts and exam results in one transaction. Resolves, once it has committed, with the keys
 * of everything written (`attemptKey` / `examKey`), so the caller can drop exactly those from its
 * pending list. Entries already stored are written again unchanged (their key is their identity).
 */
export function addHistory(history: PendingHistory, options?: HistoryOptions): Promise<Set<string>> {
  const keys = new Set<string>();
  if (history.attempts.length === 0 && history.exams.length === 0) return Promise.resolve(keys);
  return withDb(options, async (db) => {
    const tx = db.transaction(['attempts', 'exams'], 'readwrite');
    // Requests are queued without awaiting each one: the transaction commits when the last is done.
    const pending: Promise<unknown>[] = [tx.done];
    try {
      for (const a of history.attempts) {
        pending.push(tx.objectStore('attempts').put(a));
        keys.add(attemptKey(a));
      }
      for (const e of history.exams) {
        pending.push(tx.objectStore('exams').put(e));
        keys.add(examKey(e));
      }
      await Promise.all(pending);
    } catch (error) {
      // A failed request (or a value put() refuses at once, as it does a function) aborts the rest;
      // their AbortErrors are expected and observed here so they are not unhandled rejections.
      for (const p of pending) p.catch(() => undefined);
      // All or nothing: a value the database refuses (or a full disk) leaves nothing half-written.
      try {
        tx.abort();
      } catch {
        // Already aborted by the failure itself.
      }
      throw error;
    }
    return keys;
  });
}

/** The identity keys (`attemptKey`) of every stored attempt, and the ids of every stored exam. */
export function historyKeys(options?: HistoryOptions): Promise<{ attempts: Set<string>; exams: Set<string> }> {
  return withDb(options, async (db) => {
    const tx = db.transaction(['attempts', 'exams'], 'readonly');
    const [attemptKeys, examIds] = await Promise.all([tx.objectStore('attempts').getAllKeys(), tx.objectStore('exams').getAllKeys()]);
    await tx.done;
    const attempts = new Set(
      attemptKeys.map(([at, questionId, mode, selected]) => attemptKey({ at, questionId, mode: mode as Attempt['mode'], selected })),
    );
    return { attempts, exams: new Set(examIds) };
  });
}

/** Every stored attempt, oldest first. */
export function allAttempts(options?: HistoryOptions): Promise<Attempt[]> {
  return withDb(options, (db) => db.getAll('attempts'));
}

/** How many attempts are stored. */
export function countAttempts(options?: HistoryOptions): Promise<number> {
  return withDb(options, (db) => db.count('attempts'));
}

/** Every stored exam result, oldest first. */
export function allExams(options?: HistoryOptions): Promise<ExamResult[]> {
  return withDb(options, (db) => db.getAllFromIndex('exams', 'finishedAt'));
}

/** One stored exam result, or undefined. */
export function getExam(id: string, options?: HistoryOptions): Promise<ExamResult | undefined> {
  return withDb(options, (db) => db.get('exams', id));
}

/** Keeps a copy of a document before a migration rewrites it (once per key). */
export function saveBackup(backup: HistoryBackup, options?: HistoryOptions): Promise<void> {
  return withDb(options, async (db) => {
    const tx = db.transaction('backups', 'readwrite');
    if ((await tx.store.getKey(backup.key)) === undefined) await tx.store.put(backup);
    await tx.done;
  });
}

/** Every kept copy, oldest first. */
export function listBackups(options?: HistoryOptions): Promise<HistoryBackup[]> {
  return withDb(options, async (db) =>
    (await db.getAll('backups')).sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)),
  );
}
