import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { KmsStore } from './types';

const OBJECT_STORE = 'records';

/** One object store, records keyed by `[collection, id]`, with an index on collection. */
interface KmsDatabase extends DBSchema {
  records: {
    key: [string, string];
    value: { collection: string; id: string; value: unknown };
    indexes: { collection: string };
  };
}

type WritableStore = IDBPObjectStore<KmsDatabase, ['records'], 'records', 'readwrite'>;

/**
 * IndexedDB-backed {@link KmsStore} for the app: keys survive a reload. CryptoKeys are stored as they
 * are (structured clone keeps them non-extractable). Uses the `idb` library; a write resolves only
 * when its transaction has committed (a request can succeed and its transaction still abort, for
 * example when the quota runs out at commit), so a resolved write is on disk.
 */
export function createIndexedDbStore(dbName = 'kms-lab-kms'): KmsStore {
  let dbPromise: Promise<IDBPDatabase<KmsDatabase>> | undefined;
  const db = () =>
    (dbPromise ??= openDB<KmsDatabase>(dbName, 1, {
      upgrade(database) {
        const store = database.createObjectStore(OBJECT_STORE, { keyPath: ['collection', 'id'] });
        store.createIndex('collection', 'collection');
      },
    }));
  const write = async (change: (store: WritableStore) => Promise<unknown>): Promise<void> => {
    const tx = (await db()).transaction(OBJECT_STORE, 'readwrite');
    await Promise.all([change(tx.store), tx.done]);
  };

  return {
    async getAll(collection) {
      const rows = await (await db()).getAllFromIndex(OBJECT_STORE, 'collection', collection);
      return rows.map((r) => ({ id: r.id, value: r.value }));
    },
    put: (collection, id, value) => write((store) => store.put({ collection, id, value })),
    delete: (collection, id) => write((store) => store.delete([collection, id])),
    clear: () => write((store) => store.clear()),
  };
}
