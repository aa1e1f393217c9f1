import { hashString } from './hash';

/**
 * Learner-imported banks, stored in IndexedDB (banks outgrow localStorage's few megabytes).
 * Only the source text is stored; it is parsed when listed, so parser fixes apply to old imports.
 */

/** An imported bank as stored. */
export interface StoredBank {
  /** Derived from the file name and the bank's title, so importing a newer copy of the same bank replaces it. */
  id: string;
  fileName: string;
  source: string;
  /** ISO time of the first import. */
  addedAt: string;
  /** ISO time of the latest import of this file. */
  updatedAt: string;
  /** Size of the source in characters. */
  size: number;
}

/** Where banks are stored; injectable for tests. */
export interface BankStoreOptions {
  indexedDB?: IDBFactory;
  now?: Date;
}

const DB_NAME = 'kmslab-quiz-banks';
const DB_VERSION = 1;
const STORE = 'banks';

const connections = new WeakMap<IDBFactory, Promise<IDBDatabase>>();

/** A readable error for the UI: what happened and what to do. */
export class BankStoreError extends Error {
  constructor(
    message: string,
    /** `quota` when the browser's storage is full. */
    readonly reason: 'unavailable' | 'quota' | 'failed',
  ) {
    super(message);
    this.name = 'BankStoreError';
  }
}

function factory(options?: BankStoreOptions): IDBFactory {
  const f = options?.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) {
    throw new BankStoreError(
      'This browser does not offer IndexedDB (or blocks it in private windows), so imported banks cannot be kept. Built-in banks still work.',
      'unavailable',
    );
  }
  return f;
}

function wrap(error: unknown, action: string): BankStoreError {
  if (error instanceof BankStoreError) return error;
  const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') {
    return new BankStoreError(
      `Browser storage is full, so the bank could not be ${action}. Remove banks you no longer need, then try again.`,
      'quota',
    );
  }
  const detail =
    error instanceof Error || (error && typeof error === 'object' && 'message' in error) ? String(error.message) : String(error);
  return new BankStoreError(
    `The bank could not be ${action} (${detail || name || 'unknown error'}). Reload the page and try again.`,
    'failed',
  );
}

function open(f: IDBFactory): Promise<IDBDatabase> {
  let pending = connections.get(f);
  if (!pending) {
    pending = new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        request = f.open(DB_NAME, DB_VERSION);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the database: step aside so it is not blocked; reopen on next use.
        db.onversionchange = () => {
          db.close();
          connections.delete(f);
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () =>
        reject(
          new BankStoreError(
            'Imported banks are locked by another KMS Lab tab being updated. Close other KMS Lab tabs and reload.',
            'failed',
          ),
        );
    });
    pending.catch(() => connections.delete(f));
    connections.set(f, pending);
  }
  return pending;
}

async function run<T>(
  options: BankStoreOptions | undefined,
  mode: IDBTransactionMode,
  action: string,
  body: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  try {
    const db = await open(factory(options));
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      let result: T | undefined;
      const request = body(tx.objectStore(STORE));
      if (request) request.onsuccess = () => (result = request.result);
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error ?? request?.error ?? new Error('transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } catch (error) {
    throw wrap(error, action);
  }
}

/**
 * The id an imported bank gets: from its file name and title. The title matters because many
 * community banks share a file name (every Ditectrev bank is a README.md); the same bank imported
 * again (same name, same title) replaces the old copy.
 */
export function bankIdFor(fileName: string, title = ''): string {
  return 'bank-' + hashString(fileName.trim().toLowerCase() + '\u0000' + title.trim());
}

/**
 * Stores (or replaces, when a file of the same name and title was imported before) an imported bank.
 * `title` is the parsed bank's title: the caller has parsed the file already to check it, and taking
 * it here keeps the parser (and its YAML library) out of this module, which every quiz page loads.
 * Rejects with a {@link BankStoreError} whose message says what to do.
 */
export async function saveImportedBank(
  bank: { fileName: string; source: string; title: string | undefined },
  options?: BankStoreOptions,
): Promise<{ bank: StoredBank; replaced: boolean }> {
  const id = bankIdFor(bank.fileName, bank.title);
  const now = (options?.now ?? new Date()).toISOString();
  const existing = await run<StoredBank>(options, 'readonly', 'saved', (s) => s.get(id) as IDBRequest<StoredBank>);
  const stored: StoredBank = {
    id,
    fileName: bank.fileName,
    source: bank.source,
    addedAt: existing?.addedAt ?? now,
    updatedAt: now,
    size: bank.source.length,
  };
  await run(options, 'readwrite', 'saved', (s) => s.put(stored));
  return { bank: stored, replaced: !!existing };
}

/** All imported banks, oldest first. */
export async function listImportedBanks(options?: BankStoreOptions): Promise<StoredBank[]> {
  const all = (await run<StoredBank[]>(options, 'readonly', 'read', (s) => s.getAll() as IDBRequest<StoredBank[]>)) ?? [];
  return all.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.fileName.localeCompare(b.fileName)));
}

/** One imported bank, or undefined. */
export async function getImportedBank(id: string, options?: BankStoreOptions): Promise<StoredBank | undefined> {
  return run<StoredBank>(options, 'readonly', 'read', (s) => s.get(id) as IDBRequest<StoredBank>);
}

/** Removes an imported bank (no error when it is already gone). */
export async function removeImportedBank(id: string, options?: BankStoreOptions): Promise<void> {
  await run(options, 'readwrite', 'removed', (s) => s.delete(id));
}
