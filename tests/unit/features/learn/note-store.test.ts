import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteNote, getNote, listNotes, NoteStoreError, saveNote } from '@/features/learn/note-store';

const clock = (iso: string) => () => new Date(iso);

describe('note store (IndexedDB)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps notes, lists the latest first, opens and removes them', async () => {
    const a = await saveNote({ title: 'A', text: 'first' }, { now: clock('2026-01-01T00:00:00Z') });
    const b = await saveNote({ title: 'B', text: 'second' }, { now: clock('2026-02-01T00:00:00Z') });
    expect((await listNotes()).map((n) => n.title)).toEqual(['B', 'A']);
    expect((await getNote(a.id))?.text).toBe('first');
    await deleteNote(b.id);
    expect((await listNotes()).map((n) => n.id)).toEqual([a.id]);
    expect(await getNote(b.id)).toBeUndefined();
  });

  it('replaces a note opened again from the same file, and keeps pasted notes apart', async () => {
    const first = await saveNote({ title: 'KMS', text: 'v1', fileName: 'kms.md' }, { now: clock('2026-01-01T00:00:00Z') });
    const again = await saveNote({ title: 'KMS', text: 'v2', fileName: 'kms.md' }, { now: clock('2026-03-01T00:00:00Z') });
    await saveNote({ title: 'Pasted', text: 'v2' });
    await saveNote({ title: 'Pasted', text: 'v2' });
    expect(again.id).toBe(first.id);
    expect(again.addedAt).toBe(first.addedAt);
    const notes = await listNotes();
    expect(notes.filter((n) => n.fileName === 'kms.md').map((n) => n.text)).toEqual(['v2']);
    expect(notes.filter((n) => n.title === 'Pasted')).toHaveLength(2);
  });

  it('says clearly when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error -- a browser without IndexedDB (some private windows)
    delete globalThis.indexedDB;
    try {
      const error = await saveNote({ title: 'x', text: 'y' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NoteStoreError);
      expect((error as NoteStoreError).reason).toBe('unavailable');
      expect((error as Error).message).toMatch(/cannot be kept/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
