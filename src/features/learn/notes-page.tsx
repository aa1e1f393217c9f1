import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { checkNoteFileName, checkNoteText, NoteInputError, noteTitle } from '@/learn';
import { NoteInput } from './note-input';
import { NoteList } from './note-list';
import type { StoredNote } from './note-store';
import { NoteView } from './note-view';
import { Notice } from '@/components/ui';
import { BackToGuides } from './ui';
import { useNotes } from './use-notes';

const notesRouteApi = getRouteApi('/learn/notes');

/** Reads and checks one file; throws NoteInputError with what to do. */
async function readNoteFile(file: File): Promise<{ title: string; text: string; fileName: string }> {
  checkNoteFileName(file.name);
  const text = await file.text();
  checkNoteText(text, file.name);
  return { title: noteTitle(text, file.name), text, fileName: file.name };
}

/** Your notes, checked: paste or open Markdown notes, see stale claims flagged and concepts linked. */
export function NotesPage() {
  const { note: selectedId } = notesRouteApi.useSearch();
  const navigate = useNavigate();
  const { notes, storageError, add, remove } = useNotes();
  const [unsaved, setUnsaved] = useState<StoredNote | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (note: StoredNote, saved: boolean) => {
    setUnsaved(saved ? null : note);
    // Take keyboard and screen-reader users to the checked note (on a phone it is below the form).
    void navigate({ to: '/learn/notes', search: { note: note.id } }).then(() =>
      requestAnimationFrame(() => {
        const title = document.getElementById('note-title');
        title?.scrollIntoView({ block: 'start' });
        title?.focus({ preventScroll: true });
      }),
    );
  };

  const addAll = async (inputs: (() => Promise<{ title: string; text: string; fileName?: string }>)[]) => {
    setBusy(true);
    setInputError(null);
    const problems: string[] = [];
    let last: { note: StoredNote; saved: boolean } | undefined;
    for (const read of inputs) {
      try {
        last = await add(await read());
      } catch (error) {
        problems.push(error instanceof NoteInputError ? error.message : `The note could not be read: ${String(error)}`);
      }
    }
    setBusy(false);
    if (problems.length > 0) setInputError(problems.join(' '));
    if (last) show(last.note, last.saved);
    return last !== undefined;
  };

  const shown = selectedId ? (notes?.find((n) => n.id === selectedId) ?? (unsaved?.id === selectedId ? unsaved : undefined)) : undefined;

  return (
    <div>
      <BackToGuides />
      <PageHeading
        title="Check your notes"
        lead="Paste or open your Markdown study notes. KMS Lab marks claims that are out of date or commonly wrong, with the current fact, the date it changed and the AWS source, and links each KMS concept to its guide, a scenario and practice."
      />
      <Notice>
        Your notes stay on this device: they are kept in this browser’s storage until you remove them, and nothing is sent anywhere.
      </Notice>
      {storageError && (
        <div className="mt-4">
          <Notice tone="error">{storageError}</Notice>
        </div>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <div className="space-y-6">
          <NoteInput
            busy={busy}
            onText={(text) =>
              addAll([
                async () => {
                  checkNoteText(text);
                  return { title: noteTitle(text), text };
                },
              ])
            }
            onFiles={(files) => void addAll(files.map((file) => () => readNoteFile(file)))}
          />
          {inputError && <Notice tone="error">{inputError}</Notice>}
          <NoteList
            notes={notes}
            selectedId={shown?.id}
            onRemove={async (note) => {
              await remove(note.id);
              if (note.id === selectedId) void navigate({ to: '/learn/notes', search: {} });
            }}
          />
        </div>
        <div className="min-w-0">
          {shown ? (
            <NoteView note={shown} notes={notes ?? []} />
          ) : selectedId && notes ? (
            <Notice tone="error">This note is not in this browser any more. Choose another one, or paste or open it again.</Notice>
          ) : (
            <p className="text-slate-700 dark:text-slate-300">Paste a note or open a Markdown file to see it checked here.</p>
          )}
        </div>
      </div>
    </div>
  );
}
