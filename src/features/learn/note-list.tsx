import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { StoredNote } from './note-store';
import { Button } from '@/components/ui';

const when = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The notes kept in this browser, each to open or remove (with a confirmation step). */
export function NoteList({
  notes,
  selectedId,
  onRemove,
}: {
  notes: readonly StoredNote[] | null;
  selectedId?: string;
  onRemove: (note: StoredNote) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section aria-labelledby="your-notes">
      <h2 id="your-notes" className="text-lg font-semibold">
        Your notes
      </h2>
      {notes === null ? (
        <p className="mt-2">Loading your notes…</p>
      ) : notes.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">No notes kept yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-700">
          {notes.map((note) => (
            <li key={note.id} className="py-2">
              <Link
                to="/learn/notes"
                search={{ note: note.id }}
                aria-current={note.id === selectedId ? 'true' : undefined}
                className={note.id === selectedId ? 'font-semibold' : undefined}
              >
                {note.title}
              </Link>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {note.fileName ?? 'Pasted'} · {when(note.updatedAt)}
              </p>
              {confirming === note.id ? (
                <div className="mt-1 flex flex-wrap items-center gap-2" role="group" aria-label={`Remove ${note.title}?`}>
                  <span className="text-sm">Remove it from this browser for good?</span>
                  <Button variant="danger" size="sm" onClick={() => void onRemove(note).then(() => setConfirming(null))}>
                    Remove
                  </Button>
                  <Button size="sm" onClick={() => setConfirming(null)}>
                    Keep
                  </Button>
                </div>
              ) : (
                <Button size="sm" className="mt-1" aria-label={`Remove ${note.title}`} onClick={() => setConfirming(note.id)}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
