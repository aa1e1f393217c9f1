import { useId } from 'react';

export type ContextRow = { key: string; value: string };

/** Rows with an empty key are ignored; returns undefined for an empty context (so it is omitted). */
export function rowsToContext(rows: ContextRow[]): Record<string, string> | undefined {
  const entries = rows.filter((r) => r.key.trim() !== '').map((r) => [r.key, r.value] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Key/value rows for an encryption context: not secret, logged in CloudTrail, must match exactly on Decrypt. */
export function EncryptionContextEditor({
  rows,
  onChange,
  legend = 'Encryption context',
}: {
  rows: ContextRow[];
  onChange: (rows: ContextRow[]) => void;
  legend?: string;
}) {
  const id = useId();
  const duplicate = rows.map((r) => r.key).find((k, i, all) => k !== '' && all.indexOf(k) !== i);
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Optional key/value pairs bound to the ciphertext. Not secret: they appear in the audit trail. Decrypt must pass exactly the same
        pairs.
      </p>
      {rows.map((row, i) => (
        <div key={i} className="flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor={`${id}-k${i}`}>
            {legend} key {i + 1}
          </label>
          <input
            id={`${id}-k${i}`}
            value={row.key}
            placeholder="key"
            onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)))}
            className="w-36 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          <label className="sr-only" htmlFor={`${id}-v${i}`}>
            {legend} value {i + 1}
          </label>
          <input
            id={`${id}-v${i}`}
            value={row.value}
            placeholder="value"
            onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
            className="w-44 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          <button
            type="button"
            aria-label={`Remove ${legend.toLowerCase()} pair ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => onChange([...rows, { key: '', value: '' }])}
        className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
      >
        Add pair
      </button>
      {duplicate && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          The key “{duplicate}” appears twice; each key may appear once.
        </p>
      )}
    </fieldset>
  );
}
