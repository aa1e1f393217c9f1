import { useId } from 'react';
import { Button, Notice, TextInput } from '@/components/ui';

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
          <TextInput
            id={`${id}-k${i}`}
            value={row.key}
            placeholder="key"
            onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)))}
            className="w-36 font-mono text-sm"
          />
          <label className="sr-only" htmlFor={`${id}-v${i}`}>
            {legend} value {i + 1}
          </label>
          <TextInput
            id={`${id}-v${i}`}
            value={row.value}
            placeholder="value"
            onChange={(e) => onChange(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
            className="w-44 font-mono text-sm"
          />
          <Button
            size="sm"
            aria-label={`Remove ${legend.toLowerCase()} pair ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...rows, { key: '', value: '' }])}>
        Add pair
      </Button>
      {duplicate && (
        <Notice tone="error" compact className="text-sm">
          The key “{duplicate}” appears twice; each key may appear once.
        </Notice>
      )}
    </fieldset>
  );
}
