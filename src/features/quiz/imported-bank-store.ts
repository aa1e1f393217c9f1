/**
 * Stand-in for the core's `src/quiz/bank-store.ts` (same seam) until it lands: imported banks in
 * IndexedDB, because banks outgrow localStorage. Replace the export in core.ts when the core has it.
 */
export interface StoredBank {
  id: string;
  fileName: string;
  source: string;
  addedAt: string;
}

const DB_NAME = 'kmslab-banks';
const STORE = 'banks';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted (storage may be full)'));
    });
  } finally {
    db.close();
  }
}

export async function saveImportedBank(input: { fileName: string; source: string }): Promise<StoredBank> {
  const bank: StoredBank = {
    id: `imported:${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    fileName: input.fileName,
    source: input.source,
    addedAt: new Date().toISOString(),
  };
  await run('readwrite', (store) => store.put(bank));
  return bank;
}

export async function listImportedBanks(): Promise<StoredBank[]> {
  const all = await run<StoredBank[]>('readonly', (store) => store.getAll() as IDBRequest<StoredBank[]>);
  return all.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export async function removeImportedBank(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
}
