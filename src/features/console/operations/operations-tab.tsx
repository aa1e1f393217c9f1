import { useId, useState } from 'react';
import { Button, Field, Notice, Select, TextInput } from '@/components/ui';
import { toBase64 } from '../bytes/byte-encoding';
import { ByteInput, byteInputBytes, type ByteInputValue } from '../components/byte-input';
import { EncryptionContextEditor, rowsToContext, type ContextRow } from '../components/encryption-context-editor';
import { useConsoleStore } from '../console-store';
import { parseDateTimeLocal } from '../keys/import/import-steps';
import { useKeys } from '../keys/use-keys';
import { useLab } from '../use-lab';
import { OPERATION_FORMS, type FieldSpec } from './operation-forms';

type Values = Record<string, ByteInputValue | ContextRow[] | string>;

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
    } else if (f.kind === 'datetime') {
      const s = (v as string).trim();
      if (s === '') continue;
      const date = parseDateTimeLocal(s);
      if (!date) return { problem: `${f.label}: “${s}” is not a date and time (YYYY-MM-DDThh:mm, UTC).` };
      input[f.name] = date; // Past or too far ahead is left to KMS, as above.
    } else {
      const s = (v as string).trim();
      if (s !== '') input[f.name] = f.kind === 'text' && f.list ? s.split(/[\s,]+/).filter(Boolean) : s;
    }
  }
  return { input };
}

/** Forms for the cryptographic operations, run through the SDK as the current principal. */
export function OperationsTab() {
  const { call } = useLab();
  const keys = useKeys();
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
          keys.data.flatMap((k) => [
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
        <Field id="op-select" label="Operation" hint={form.summary}>
          {(control) => (
            <Select
              {...control}
              value={operation}
              onChange={(e) => setOperation(e.target.value)}
              options={OPERATION_FORMS.map((f) => f.operation)}
            />
          )}
        </Field>
        {form.fields.map((f) => (
          <OperationField
            key={f.name}
            id={`op-${form.operation}-${f.name}`}
            field={f}
            value={values[f.name] ?? initialValue(f)}
            onChange={(v) => set(f.name, v)}
            keyListId={listId}
            reuse={f.kind === 'bytes' && f.reuse ? lastOutput(f.reuse) : undefined}
          />
        ))}
        {problem && (
          <Notice tone="error" compact>
            {problem}
          </Notice>
        )}
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Running…' : `Run ${form.operation}`}
        </Button>
      </form>
    </section>
  );
}

/** One input of an operation's form: bytes, an encryption context, a choice, or text (a key id, a number). */
function OperationField({
  id,
  field: f,
  value: v,
  onChange,
  keyListId,
  reuse,
}: {
  id: string;
  field: FieldSpec;
  value: Values[string];
  onChange: (value: Values[string]) => void;
  /** The datalist of the Region's keys and aliases, offered in key fields. */
  keyListId: string;
  /** The same bytes field of the last call that returned one, offered for reuse (a ciphertext to decrypt). */
  reuse?: Uint8Array;
}) {
  if (f.kind === 'bytes') {
    return (
      <div className="space-y-1">
        <ByteInput label={f.label} value={v as ByteInputValue} onChange={onChange} />
        {reuse && (
          <Button variant="link" className="text-sm" onClick={() => onChange({ raw: toBase64(reuse), encoding: 'base64' })}>
            Use the last {f.reuse!.join(' / ')} ({reuse.length} bytes)
          </Button>
        )}
      </div>
    );
  }
  if (f.kind === 'context') return <EncryptionContextEditor legend={f.label} rows={v as ContextRow[]} onChange={onChange} />;
  return (
    <Field id={id} label={f.label}>
      {(control) =>
        f.kind === 'select' ? (
          <Select
            {...control}
            value={v as string}
            onChange={(e) => onChange(e.target.value)}
            options={[...(f.optional ? [{ value: '', label: '(default)' }] : []), ...f.options]}
          />
        ) : (
          <TextInput
            {...control}
            value={v as string}
            list={f.kind === 'key' ? keyListId : undefined}
            inputMode={f.kind === 'number' ? 'numeric' : undefined}
            type={f.kind === 'datetime' ? 'datetime-local' : undefined}
            placeholder={f.kind === 'key' ? 'alias/my-app or key id' : undefined}
            onChange={(e) => onChange(e.target.value)}
            className="font-mono"
          />
        )
      }
    </Field>
  );
}
