import { useId, useState, type DragEvent } from 'react';
import { formatBytes } from './format-bytes';

/**
 * A file picker that also accepts a dropped file. The real <input type="file"> stays in the tab
 * order (visually merged into the drop zone), so keyboard and screen-reader users pick as usual.
 */
export function FileDrop({
  label,
  hint,
  accept,
  file,
  onFile,
}: {
  label: string;
  hint: string;
  accept?: string;
  file: File | null;
  onFile: (file: File | null) => void;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`rounded-lg border-2 border-dashed p-4 ${over ? 'border-blue-700 bg-blue-50 dark:border-sky-300 dark:bg-slate-800' : 'border-slate-400 dark:border-slate-500'}`}
    >
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        className="mt-2 block w-full min-w-0 text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:font-medium file:text-slate-900 dark:file:border-slate-500 dark:file:bg-slate-900 dark:file:text-slate-100"
      />
      {file && (
        <p className="mt-2 text-sm break-all">
          Chosen: <strong>{file.name}</strong> ({formatBytes(file.size)})
        </p>
      )}
    </div>
  );
}
