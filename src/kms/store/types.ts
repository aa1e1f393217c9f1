/**
 * Persistence seam. The simulator keeps its state in memory and writes every change through to a
 * store; `kms.ready()` loads it back. Values are structured-cloneable (CryptoKeys included).
 */

/** A persistent key/value store grouped in named collections ('keys', 'aliases', 'meta', and the access layer's own). */
export interface KmsStore {
  /** Every record of one collection. */
  getAll(collection: string): Promise<Array<{ id: string; value: unknown }>>;
  /** Inserts or replaces one record. */
  put(collection: string, id: string, value: unknown): Promise<void>;
  /** Removes one record (no error when absent). */
  delete(collection: string, id: string): Promise<void>;
  /** Removes everything in every collection. */
  clear(): Promise<void>;
}
