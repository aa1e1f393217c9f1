import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui';

/**
 * A file picker that is also a drop target. The picker is the accessible path (a real button);
 * drag and drop is a shortcut for mouse users.
 */
export function BankDropZone({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      data-testid="bank-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
      className={`flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-6 text-center ${
        over ? 'border-blue-800 bg-blue-50 dark:border-sky-300 dark:bg-slate-800' : 'border-slate-400 dark:border-slate-500'
      }`}
    >
      <p>Drop .md files here, or</p>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        multiple
        // The button below is the keyboard path; the input itself stays out of the Tab order.
        tabIndex={-1}
        className="sr-only"
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <Button variant="primary" disabled={busy} onClick={() => inputRef.current?.click()}>
        Choose Markdown files…
      </Button>
      <label htmlFor={id} className="sr-only">
        Markdown question bank files
      </label>
    </div>
  );
}
