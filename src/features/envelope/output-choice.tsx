import { useId } from 'react';
import { canWriteFiles } from './output-target';

/** Download (works everywhere, unbounded memory) or stream to a file (bounded memory, Chromium). */
export function OutputChoice({ value, onChange }: { value: 'download' | 'file'; onChange: (v: 'download' | 'file') => void }) {
  const id = useId();
  const fileOk = canWriteFiles();
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">Save the result</legend>
      <div className="mt-1 space-y-1">
        <label className="flex items-start gap-2" htmlFor={`${id}-download`}>
          <input
            id={`${id}-download`}
            type="radio"
            name={id}
            className="mt-1.5"
            checked={value === 'download'}
            onChange={() => onChange('download')}
          />
          <span>
            Offer a download when finished
            <span className="block text-sm text-slate-700 dark:text-slate-300">
              Works in every browser. The browser holds the whole result until you download it, so memory is not bounded.
            </span>
          </span>
        </label>
        <label className="flex items-start gap-2" htmlFor={`${id}-file`}>
          <input
            id={`${id}-file`}
            type="radio"
            name={id}
            className="mt-1.5"
            checked={value === 'file'}
            disabled={!fileOk}
            onChange={() => onChange('file')}
          />
          <span>
            Write to a file as it goes
            <span className="block text-sm text-slate-700 dark:text-slate-300">
              {fileOk
                ? 'Streams each chunk to a file you choose (File System Access API): memory stays bounded for any size. A failed or cancelled job leaves no file.'
                : 'Not available in this browser (it needs the File System Access API, found in Chrome and Edge).'}
            </span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}
