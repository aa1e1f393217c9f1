import { useId, useState } from 'react';
import { toBase64 } from '../bytes/byte-encoding';
import { ByteInput, byteInputBytes, type ByteInputValue } from '../components/byte-input';
import { EncryptionContextEditor, rowsToContext, type ContextRow } from '../components/encryption-context-editor';
import { useConsoleStore } from '../console-store';
import { useKeys } from '../keys/use-keys';
import { useLab, useClockOffset } from '../use-lab';
import { OPERATION_FORMS, type FieldSpec } from './operation-forms';

type Values = Record<string, ByteInputValue | ContextRow[] | string>;

const control = 'rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-950';

function initialValue(field: FieldSpec): ByteInputValue | ContextRow[] | string {
  if (field.kind === 'bytes') return { raw: '', encoding: field.defaultEncoding };
  if (field.kind === 'context') return [];
  if (field.kind === 'select' && !field.optional) return field.options[0] ?? '';
  return '';
}

/** Builds the SDK input from the form, or returns the first input problem to show. */
export function buildInput(fields: FieldSpec[], values: Values): { input: Record<string, unknown> } | { problem: string } {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name] ?? initialValue(f);
    if (f.kind === 'bytes') {
      const b = v as ByteInputValue;
      if (!b.file && b.raw === '' && f.optional) continue;
      const decoded = byteInputBytes(b);
      if (!decoded.ok) return { problem: `${f.label}: ${decoded.error}` };
      input[f.name] = decoded.bytes;
    } else if (f.kind === 'context') {
      const ctx = rowsToContext(v as ContextRow[]);
      if (ctx) input[f.name] = ctx;
    } else if (f.kind === 'number') {
      const s = (v as string).trim();
      if (s === '') continue;
      const n = Number(s);
      if (!Number.isInteger(n)) return { problem: `${f.label}: “${s}” is not a whole number.` };
      input[f.name] = n; // Range errors are left to KMS, so the learner sees AWS's own validation.
    } else {
      const s = (v as string).trim();
      if (s !== '') input[f.name] = f.kind === 'text' && f.list ? s.split(/[\s,]+/).filter(Boolean) : s;
    }
  }
  return { input };
}

/** Forms for the cryptographic operations, run through the SDK as the current principal. */
export function OperationsTab() {
  const { call, region, accessKeyId } = useLab();
  const clock = useClockOffset();
  const keys = useKeys(region, accessKeyId, clock);
  const calls = useConsoleStore((s) => s.calls);
  const [operation, setOperation] = useState('Encrypt');
  const [values, setValues] = useState<Values>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const form = OPERATION_FORMS.find((f) => f.operation === operation) ?? OPERATION_FORMS[0]!;
  const set = (name: string, v: Values[string]) => setValues((prev) => ({ ...prev, [name]: v }));

  const lastOutput = (fieldNames: string[]) => {
    for (const c of calls) for (const n of fieldNames) if (c.output?.[n] instanceof Uint8Array) return c.output[n];
    return undefined;
  };

  return (
    <section aria-labelledby="ops-title">
      <h2 id="ops-title" className="mb-3 text-xl font-semibold">
        Operations
      </h2>
      <datalist id={listId}>
        {keys.status === 'ok' &&
          keys.keys.flatMap((k) => [
            <option key={k.metadata.KeyId} value={k.metadata.KeyId}>
              {k.metadata.KeySpec} {k.aliases.join(' ')}
            </option>,
            ...k.aliases.map((a) => <option key={a} value={a} />),
          ])}
      </datalist>
      <form
        aria-label={operation}
        className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        onSubmit={async (e) => {
          e.preventDefault();
          const built = buildInput(form.fields, values);
          if ('problem' in built) return setProblem(built.problem);
          setProblem(undefined);
          setBusy(true);
          await call(form.operation, built.input);
          setBusy(false);
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="op-select" className="font-semibold">
            Operation
          </label>
          <select id="op-select" value={operation} onChange={(e) => setOperation(e.target.value)} className={control}>
            {OPERATION_FORMS.map((f) => (
              <option key={f.operation} value={f.operation}>
                {f.operation}
              </option>
            ))}
          </select>
          <p className="text-sm text-slate-700 dark:text-slate-300">{form.summary}</p>
        </div>
        {form.fields.map((f) => {
          const id = `op-${form.operation}-${f.name}`;
          const v = values[f.name] ?? initialValue(f);
          if (f.kind === 'bytes') {
            const reuse = f.reuse && lastOutput(f.reuse);
            return (
              <div key={f.name} className="space-y-1">
                <ByteInput label={f.label} value={v as ByteInputValue} onChange={(nv) => set(f.name, nv)} />
                {reuse && (
                  <button
                    type="button"
                    className="text-sm underline"
                    onClick={() => set(f.name, { raw: toBase64(reuse), encoding: 'base64' })}
                  >
                    Use the last {f.reuse!.join(' / ')} ({reuse.length} bytes)
                  </button>
                )}
              </div>
            );
          }
          if (f.kind === 'context') {
            return (
              <EncryptionContextEditor key={f.name} legend={f.label} rows={v as ContextRow[]} onChange={(rows) => set(f.name, rows)} />
            );
          }
          return (
            <div key={f.name} className="flex flex-col gap-1">
              <label htmlFor={id} className="font-semibold">
                {f.label}
              </label>
              {f.kind === 'select' ? (
                <select id={id} value={v as string} onChange={(e) => set(f.name, e.target.value)} className={control}>
                  {f.optional && <option value="">(default)</option>}
                  {f.options.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  value={v as string}
                  list={f.kind === 'key' ? listId : undefined}
                  inputMode={f.kind === 'number' ? 'numeric' : undefined}
                  placeholder={f.kind === 'key' ? 'alias/my-app or key id' : undefined}
                  onChange={(e) => set(f.name, e.target.value)}
                  className={`${control} font-mono`}
                />
              )}
            </div>
          );
        })}
        {problem && (
          <p role="alert" className="text-red-800 dark:text-red-300">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
          {busy ? 'Running…' : `Run ${form.operation}`}
        </button>
      </form>
    </section>
  );
}
