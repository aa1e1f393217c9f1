import { useCallback, useEffect, useState } from 'react';
import { deleteNote, listNotes, saveNote, type StoredNote } from './note-store';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the notes page knows about stored notes. */
export interface NotesApi {
  /** null while loading. */
  notes: StoredNote[] | null;
  /** Why notes cannot be kept (no IndexedDB, full storage), if so. */
  storageError: string | null;
  /** Saves a note; if the browser cannot keep it, returns it unsaved (with `storageError` set). */
  add: (note: { title: string; text: string; fileName?: string }) => Promise<{ note: StoredNote; saved: boolean }>;
  remove: (id: string) => Promise<void>;
}

/** The learner's stored notes (IndexedDB), loaded once per page visit. */
export function useNotes(): NotesApi {
  const [notes, setNotes] = useState<StoredNote[] | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listNotes().then(
      (list) => live && setNotes(list),
      (error: unknown) => {
        if (!live) return;
        setNotes([]);
        setStorageError(message(error));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const add = useCallback<NotesApi['add']>(async (input) => {
    try {
      const note = await saveNote(input);
      setNotes((prev) => [note, ...(prev ?? []).filter((n) => n.id !== note.id)]);
      setStorageError(null);
      return { note, saved: true };
    } catch (error) {
      setStorageError(message(error));
      const now = new Date().toISOString();
      return { note: { id: `unsaved-${crypto.randomUUID()}`, ...input, addedAt: now, updatedAt: now }, saved: false };
    }
  }, []);

  const remove = useCallback<NotesApi['remove']>(async (id) => {
    try {
      await deleteNote(id);
      setNotes((prev) => (prev ?? []).filter((n) => n.id !== id));
    } catch (error) {
      setStorageError(message(error));
    }
  }, []);

  return { notes, storageError, add, remove };
}
