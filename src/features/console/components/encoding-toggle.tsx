import type { ByteEncoding } from '../bytes/byte-encoding';

const ENCODINGS: readonly ByteEncoding[] = ['text', 'hex', 'base64'];

/**
 * Three pressed-state buttons (text, hex, base64) that choose how bytes are typed or shown; the
 * pressed one is announced as pressed, and marked by more than colour (filled, bold).
 */
export function EncodingToggle({
  label,
  value,
  onChange,
}: {
  /** What the bytes are ("Plaintext"); the group is named "<label> format". */
  label: string;
  /** The chosen encoding, or undefined when none applies (a file was loaded instead). */
  value: ByteEncoding | undefined;
  onChange: (encoding: ByteEncoding) => void;
}) {
  return (
    <div role="group" aria-label={`${label} format`} className="flex gap-1 text-xs">
      {ENCODINGS.map((enc) => (
        <button
          key={enc}
          type="button"
          aria-pressed={value === enc}
          onClick={() => onChange(enc)}
          className="rounded border border-slate-400 px-2 py-0.5 aria-pressed:bg-blue-800 aria-pressed:font-semibold aria-pressed:text-white dark:border-slate-500 dark:aria-pressed:bg-amber-300 dark:aria-pressed:text-slate-950"
        >
          {enc}
        </button>
      ))}
    </div>
  );
}
