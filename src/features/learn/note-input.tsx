import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, TextArea } from '@/components/ui';

/** How the learner gives a note: pasted text, or files from the picker or dropped on the page. */
export interface NoteInputProps {
  busy: boolean;
  /** Resolves true when the note was taken (the box then empties). */
  onText: (text: string) => Promise<boolean>;
  onFiles: (files: File[]) => void;
}

/**
 * Paste a note, or open Markdown files. The picker is the keyboard path; the whole box is also a drop
 * target for files dragged from the desktop or from Obsidian's file explorer.
 */
export function NoteInput({ busy, onText, onFiles }: NoteInputProps) {
  const textId = useId();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onText(text)) setText('');
  };

  return (
    <div
      data-testid="note-drop-zone"
      onDragOver={(e) => {
        if (!Array.from(e.dataTransfer.types).includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
      className={`rounded-lg border-2 border-dashed p-4 ${
        over ? 'border-blue-800 bg-blue-50 dark:border-sky-300 dark:bg-slate-800' : 'border-slate-400 dark:border-slate-500'
      }`}
    >
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor={textId} className="block font-semibold">
          Paste a note (Markdown, Obsidian callouts and links welcome)
        </label>
        <TextArea
          id={textId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={7}
          spellCheck={false}
          className="mt-2 w-full font-mono text-sm"
        />
        <Button type="submit" variant="primary" className="mt-2" disabled={busy || !text.trim()}>
          Check this note
        </Button>
      </form>
      <p className="mt-4">Or drop Markdown files here, or</p>
      <input
        ref={fileRef}
        id={fileId}
        type="file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        multiple
        tabIndex={-1}
        className="sr-only"
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <label htmlFor={fileId} className="sr-only">
        Markdown note files
      </label>
      <Button className="mt-2" disabled={busy} onClick={() => fileRef.current?.click()}>
        Open Markdown files…
      </Button>
    </div>
  );
}
