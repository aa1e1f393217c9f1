import { useState } from 'react';
import { Button, Field, SelectField, TextArea, TextField } from '@/components/ui';
import { OAEP_WRAPPINGS } from '@/labs';
import { decodeInput, toHex } from '../../bytes/byte-encoding';
import { toBase64 } from '../../commands/bytes';
import { CodeBlock } from '../../components/code-block';
import { CopyButton } from '../../components/copy-button';
import type { ImportParams } from './import-state';
import { formatUtc } from './import-steps';

/** A numbered step of the flow, with its equivalent command. */
export function Step({ n, title, command, children }: { n: number; title: string; command?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700">
      <h3 className="font-semibold">
        {n}. {title}
      </h3>
      {children}
      {command && <CodeBlock title={`Step ${n} outside the browser`} code={command} />}
    </div>
  );
}

/** Bytes shown as base64, scrollable, focusable and copyable. */
export function Bytes({ label, bytes }: { label: string; bytes: Uint8Array }) {
  const text = toBase64(bytes);
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm font-semibold">
        <span>
          {label} ({bytes.length} bytes, base64)
        </span>
        <CopyButton value={text} label={`Copy ${label}`} />
      </div>
      <code tabIndex={0} aria-label={label} className="mt-1 block max-h-24 overflow-y-auto font-mono text-xs break-all">
        {text}
      </code>
    </div>
  );
}

/** Step 1's choices: the wrapping key spec and algorithm GetParametersForImport accepts here. */
export function ParameterChoices(props: {
  algorithm: string;
  spec: string;
  onAlgorithm: (v: string) => void;
  onSpec: (v: string) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField
        id="imp-spec"
        compact
        label="Wrapping key spec"
        value={props.spec}
        onChange={props.onSpec}
        options={['RSA_2048', 'RSA_3072', 'RSA_4096']}
      />
      <SelectField
        id="imp-alg"
        compact
        label="Wrapping algorithm"
        value={props.algorithm}
        onChange={props.onAlgorithm}
        options={OAEP_WRAPPINGS}
        hint="RSA_AES_KEY_WRAP_SHA_1/_256 (needed for RSA private keys) are in the Operations tab; this flow wraps with RSA-OAEP."
      />
    </div>
  );
}

/** What GetParametersForImport returned. */
export function ParamsView({ params }: { params: ImportParams }) {
  return (
    <div className="space-y-2">
      <Bytes label="Wrapping public key" bytes={params.publicKey} />
      <Bytes label="Import token" bytes={params.importToken} />
      <p>
        Both are valid until <strong>{formatUtc(params.validTo) ?? '—'}</strong> (ParametersValidTo, 24 hours on the simulated clock); the
        token works once.
      </p>
    </div>
  );
}

/** Paste material in base64 or hex instead of generating it. */
export function PasteMaterial({ onMaterial }: { onMaterial: (bytes: Uint8Array) => void }) {
  const [text, setText] = useState('');
  const [encoding, setEncoding] = useState<'base64' | 'hex'>('base64');
  const [error, setError] = useState<string>();
  return (
    <div className="grid gap-2 sm:grid-cols-[1fr_auto]">
      <Field label="Or paste your own key material" error={error} compact>
        {(control) => (
          <TextArea {...control} rows={2} value={text} onChange={(e) => setText(e.target.value)} className="font-mono text-xs" />
        )}
      </Field>
      <SelectField
        compact
        id="imp-paste-enc"
        label="Written in"
        value={encoding}
        onChange={(v) => setEncoding(v as 'base64' | 'hex')}
        options={['base64', 'hex']}
      />
      <div>
        <Button
          size="sm"
          disabled={text.trim() === ''}
          onClick={() => {
            const decoded = decodeInput(text, encoding);
            setError(decoded.ok ? undefined : decoded.error);
            if (decoded.ok) onMaterial(decoded.bytes);
          }}
        >
          Use pasted material
        </Button>
      </div>
    </div>
  );
}

/** The material in hex, so the learner can keep their own copy as an owner keeps it in their HSM. */
export function MaterialView({ material }: { material: Uint8Array }) {
  return (
    <p className="min-w-0">
      Key material ready: {material.length * 8} bits, <code className="font-mono text-xs break-all">{toHex(material)}</code>
    </p>
  );
}

/** Step 4's expiry: KEY_MATERIAL_EXPIRES with a ValidTo, or KEY_MATERIAL_DOES_NOT_EXPIRE. */
export function ExpiryChoice(props: {
  expires: boolean;
  validTo: string;
  error: string | undefined;
  onExpires: (v: boolean) => void;
  onValidTo: (v: string) => void;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Expiration model</legend>
      <label className="flex items-center gap-2">
        <input type="radio" name="imp-expiry" checked={props.expires} onChange={() => props.onExpires(true)} />
        Expires (KEY_MATERIAL_EXPIRES)
      </label>
      {props.expires && (
        <TextField
          compact
          id="imp-valid-to"
          type="datetime-local"
          label="ValidTo (UTC, on the simulated clock)"
          value={props.validTo}
          onChange={props.onValidTo}
          error={props.error}
          hint="At most 365 days ahead. At this time KMS deletes the material and the key returns to PendingImport."
          className="w-60"
        />
      )}
      <label className="flex items-center gap-2">
        <input type="radio" name="imp-expiry" checked={!props.expires} onChange={() => props.onExpires(false)} />
        Does not expire (KEY_MATERIAL_DOES_NOT_EXPIRE)
      </label>
    </fieldset>
  );
}
