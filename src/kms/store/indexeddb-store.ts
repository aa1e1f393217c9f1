import type { KmsStore } from './types';

const OBJECT_STORE = 'records';

function promisify<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * IndexedDB-backed {@link KmsStore} for the app: keys survive a reload. CryptoKeys are stored as they
 * are (structured clone keeps them non-extractable). One object store, records keyed by
 * `[collection, id]`, with an index on collection.
 */
export function createIndexedDbStore(dbName = 'kms-lab-kms'): KmsStore {
  let dbPromise: Promise<IDBDatabase> | undefined;
  const db = () =>
    (dbPromise ??= new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore(OBJECT_STORE, { keyPath: ['collection', 'id'] });
        store.createIndex('collection', 'collection');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
    }));
  const tx = async (mode: IDBTransactionMode) => (await db()).transaction(OBJECT_STORE, mode).objectStore(OBJECT_STORE);

  return {
    async getAll(collection) {
      const store = await tx('readonly');
      const rows = await promisify(store.index('collection').getAll(collection) as IDBRequest<Array<{ id: string; value: unknown }>>);
      return rows.map((r) => ({ id: r.id, value: r.value }));
    },
    async put(collection, id, value) {
      const store = await tx('readwrite');
      await promisify(store.put({ collection, id, value }));
    },
    async delete(collection, id) {
      const store = await tx('readwrite');
      await promisify(store.delete([collection, id]));
    },
    async clear() {
      const store = await tx('readwrite');
      await promisify(store.clear());
    },
  };
}
