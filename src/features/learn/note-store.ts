import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The learner's notes, kept in this browser's IndexedDB (through the small `idb` wrapper) and
 * nowhere else. Only the text is stored; it is rendered and checked again each time it is opened,
 * so a corrected stale-claim list applies to old notes too.
 */

/** A note as stored. */
export interface StoredNote {
  id: string;
  title: string;
  /** The file it came from, if it was opened or dropped rather than pasted. */
  fileName?: string;
  text: string;
  /** ISO times. */
  addedAt: string;
  updatedAt: string;
}

interface NotesDb extends DBSchema {
  notes: { key: string; value: StoredNote; indexes: { updatedAt: string } };
}

const DB_NAME = 'kmslab-learn-notes';
const DB_VERSION = 1;

/** A storage failure, with a message that says what happened and what to do. */
export class NoteStoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'unavailable' | 'quota' | 'failed',
  ) {
    super(message);
    this.name = 'NoteStoreError';
  }
}

/** Clock and ids; injectable for tests (which install fake-indexeddb as the global factory). */
export interface NoteStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

const connections = new WeakMap<IDBFactory, Promise<IDBPDatabase<NotesDb>>>();

function factory(): IDBFactory {
  const f = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!f) {
    throw new NoteStoreError(
      'This browser does not offer IndexedDB (private windows often block it), so notes cannot be kept. You can still check a note; it is just not saved.',
      'unavailable',
    );
  }
  return f;
}

function wrap(error: unknown, action: string): NoteStoreError {
  if (error instanceof NoteStoreError) return error;
  const name = error && typeof error === 'object' && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') {
    return new NoteStoreError(
      `Browser storage is full, so the note could not be ${action}. Remove notes you no longer need, then try again.`,
      'quota',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new NoteStoreError(
    `The note could not be ${action} (${detail || name || 'unknown error'}). Reload the page and try again.`,
    'failed',
  );
}

async function db(): Promise<IDBPDatabase<NotesDb>> {
  const f = factory();
  let pending = connections.get(f);
  if (!pending) {
    pending = openDB<NotesDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        const store = database.createObjectStore('notes', { keyPath: 'id' });
        store.createIndex('updatedAt', 'updatedAt');
      },
      // Another tab upgrading the database: close so it is not blocked; the next call reopens.
      blocking() {
        connections.delete(f);
        void pending?.then((d) => d.close());
      },
      terminated() {
        connections.delete(f);
      },
    });
    connections.set(f, pending);
    pending.catch(() => connections.delete(f));
  }
  return pending;
}

/** Every stored note, most recently changed first. */
export async function listNotes(): Promise<StoredNote[]> {
  try {
    const all = await (await db()).getAllFromIndex('notes', 'updatedAt');
    return all.reverse();
  } catch (error) {
    throw wrap(error, 'listed');
  }
}

/** One note, or undefined. */
export async function getNote(id: string): Promise<StoredNote | undefined> {
  try {
    return await (await db()).get('notes', id);
  } catch (error) {
    throw wrap(error, 'opened');
  }
}

/**
 * Saves a note. A note from a file replaces the stored note of the same file name (opening a newer
 * copy of `kms.md` updates it instead of adding a duplicate); pasted text is always a new note.
 */
export async function saveNote(
  note: { title: string; text: string; fileName?: string },
  options: NoteStoreOptions = {},
): Promise<StoredNote> {
  const now = (options.now?.() ?? new Date()).toISOString();
  try {
    const database = await db();
    const tx = database.transaction('notes', 'readwrite');
    const existing = note.fileName ? (await tx.store.getAll()).find((n) => n.fileName === note.fileName) : undefined;
    const stored: StoredNote = {
      id: existing?.id ?? options.newId?.() ?? crypto.randomUUID(),
      title: note.title,
      fileName: note.fileName,
      text: note.text,
      addedAt: existing?.addedAt ?? now,
      updatedAt: now,
    };
    await tx.store.put(stored);
    await tx.done;
    return stored;
  } catch (error) {
    throw wrap(error, 'saved');
  }
}

/** Removes a note for good. */
export async function deleteNote(id: string): Promise<void> {
  try {
    await (await db()).delete('notes', id);
  } catch (error) {
    throw wrap(error, 'removed');
  }
}
