import type { KmsStore } from './types';

/** In-memory {@link KmsStore}: the default, and what tests use. State lasts as long as the object. */
export function createMemoryStore(): KmsStore {
  const data = new Map<string, Map<string, unknown>>();
  const col = (name: string) => {
    let m = data.get(name);
    if (!m) data.set(name, (m = new Map<string, unknown>()));
    return m;
  };
  return {
    async getAll(collection) {
      return [...col(collection)].map(([id, value]) => ({ id, value }));
    },
    async put(collection, id, value) {
      col(collection).set(id, value);
    },
    async delete(collection, id) {
      col(collection).delete(id);
    },
    async clear() {
      data.clear();
    },
  };
}
