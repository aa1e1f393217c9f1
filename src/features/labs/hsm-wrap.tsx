import { useState } from 'react';
import { Button, Field, SelectField, TextArea } from '@/components/ui';
import { OAEP_WRAPPINGS, wrapKeyMaterial, type OaepWrapping } from '@/labs';
import { CopyValue } from './ui';

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
const toBase64 = (bytes: Uint8Array): string => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

/**
 * The learner's HSM in a BYOK lab: it holds the key material (never shown) and wraps it with a
 * wrapping public key from GetParametersForImport, giving the EncryptedKeyMaterial to import.
 */
export function HsmWrap({ label, material }: { label: string; material: string }) {
  const [publicKey, setPublicKey] = useState('');
  const [algorithm, setAlgorithm] = useState<OaepWrapping>('RSAES_OAEP_SHA_256');
  const [wrapped, setWrapped] = useState('');
  const [error, setError] = useState<string>();

  const wrap = async () => {
    setWrapped('');
    setError(undefined);
    let der: Uint8Array;
    try {
      der = fromBase64(publicKey);
    } catch {
      setError('That is not base64. Copy the PublicKey from the GetParametersForImport result as base64.');
      return;
    }
    try {
      setWrapped(toBase64(await wrapKeyMaterial(der, algorithm, fromBase64(material))));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <p className="font-semibold">{label}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Your HSM keeps a copy of the 256-bit key material and never shows it. Give it the wrapping public key from GetParametersForImport;
        it returns the material encrypted under that key, for ImportKeyMaterial’s encrypted key material.
      </p>
      <div className="mt-3 space-y-3">
        <Field label="Wrapping public key (PublicKey, base64)" error={error}>
          {(control) => (
            <TextArea
              {...control}
              rows={3}
              value={publicKey}
              onChange={(e) => setPublicKey(e.target.value)}
              className="font-mono text-xs"
            />
          )}
        </Field>
        <SelectField
          label="Wrapping algorithm (the one you asked GetParametersForImport for)"
          value={algorithm}
          onChange={(v) => setAlgorithm(v as OaepWrapping)}
          options={OAEP_WRAPPINGS}
        />
        <Button onClick={() => void wrap()} disabled={publicKey.trim() === ''}>
          Wrap the key material
        </Button>
      </div>
      {wrapped && (
        <div className="mt-3" role="status">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-semibold">Wrapped key material ({fromBase64(wrapped).length} bytes)</span>
            <CopyValue value={wrapped} label="Copy base64" />
          </div>
          <code className="mt-2 block max-h-32 overflow-y-auto font-mono text-xs break-all" tabIndex={0} aria-label="Wrapped key material">
            {wrapped}
          </code>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            Paste it into ImportKeyMaterial’s encrypted key material (base64), with the ImportToken that came with this public key.
          </p>
        </div>
      )}
    </div>
  );
}
