import { useState } from 'react';
import { encodeOutput, toText, type ByteEncoding } from '../bytes/byte-encoding';
import { CopyButton } from './copy-button';
import { EncodingToggle } from './encoding-toggle';

/** Shows bytes as text, hex or base64, with the length and a copy button. */
export function ByteOutput({ label, bytes }: { label: string; bytes: Uint8Array }) {
  const [encoding, setEncoding] = useState<ByteEncoding>(() => (toText(bytes) !== undefined && bytes.length > 0 ? 'text' : 'base64'));
  const shown = encodeOutput(bytes, encoding);
  return (
    <div className="min-w-0 space-y-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-semibold">
          {label} <span className="font-normal text-slate-600 dark:text-slate-400">({bytes.length.toLocaleString()} bytes)</span>
        </span>
        <div className="flex items-center gap-1 text-xs">
          <EncodingToggle label={label} value={encoding} onChange={setEncoding} />
          <CopyButton value={shown} label="Copy" />
        </div>
      </div>
      <pre
        aria-label={`${label} as ${encoding}`}
        className="max-h-48 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs break-all whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900"
      >
        {shown}
      </pre>
    </div>
  );
}
