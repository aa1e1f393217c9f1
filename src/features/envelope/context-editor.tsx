import { useId } from 'react';
import type { EncryptionContext } from '@/envelope';
import { Button, TextInput } from '@/components/ui';
import { hintClass } from './panel';

/** One editable key/value row. */
export interface ContextRow {
  id: number;
  key: string;
  value: string;
}

let nextRowId = 1;

/** Rows for a context (or one empty row). */
export function contextToRows(context: EncryptionContext = {}): ContextRow[] {
  const rows = Object.entries(context).map(([key, value]) => ({ id: nextRowId++, key, value }));
  return rows.length ? rows : [{ id: nextRowId++, key: '', value: '' }];
}

/** The context the rows describe, or the problem with them. Blank rows are ignored. */
export function rowsToContext(rows: ContextRow[]): { context: EncryptionContext; error?: string } {
  const context: Record<string, string> = {};
  for (const row of rows) {
    if (!row.key && !row.value) continue;
    if (!row.key) return { context, error: `The value "${row.value}" has no key. Give it a key or clear the row.` };
    if (row.key in context) return { context, error: `The key "${row.key}" appears twice. Each key may appear once.` };
    context[row.key] = row.value;
  }
  return { context };
}

/**
 * Key/value rows for an encryption context. Every input has its own label (screen readers hear
 * "Context key 2"), and rows can be added and removed with the keyboard.
 */
export function ContextEditor({
  legend,
  hint,
  rows,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  rows: ContextRow[];
  onChange: (rows: ContextRow[]) => void;
  error?: string;
}) {
  const id = useId();
  const set = (rowId: number, patch: Partial<ContextRow>) => onChange(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));
  return (
    <fieldset className="min-w-0" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-semibold">{legend}</legend>
      {hint && <p className={`${hintClass} mt-1`}>{hint}</p>}
      <ul className="mt-2 space-y-2">
        {rows.map((row, i) => (
          <li key={row.id} className="grid grid-cols-[1fr_1fr_auto] items-center gap-2">
            <label className="sr-only" htmlFor={`${id}-k${row.id}`}>
              Context key {i + 1}
            </label>
            <TextInput
              id={`${id}-k${row.id}`}
              placeholder="key, e.g. purpose"
              value={row.key}
              onChange={(e) => set(row.id, { key: e.target.value })}
              autoComplete="off"
            />
            <label className="sr-only" htmlFor={`${id}-v${row.id}`}>
              Context value {i + 1}
            </label>
            <TextInput
              id={`${id}-v${row.id}`}
              placeholder="value"
              value={row.value}
              onChange={(e) => set(row.id, { value: e.target.value })}
              autoComplete="off"
            />
            <Button
              size="sm"
              aria-label={`Remove context row ${i + 1}`}
              onClick={() => onChange(rows.length > 1 ? rows.filter((r) => r.id !== row.id) : [{ id: nextRowId++, key: '', value: '' }])}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <Button size="sm" className="mt-2" onClick={() => onChange([...rows, { id: nextRowId++, key: '', value: '' }])}>
        Add a pair
      </Button>
      {error && (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
