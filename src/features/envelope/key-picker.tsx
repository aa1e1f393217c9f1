import { useState } from 'react';
import { Button, Notice, Select, Field } from '@/components/ui';
import { getKmsClient, loadAppKms } from '@/lib/kms-runtime';
import { awsErrorInfo, notifyLabChanged, type LabContext, type LabData } from '@/lib/lab';
import { createEnvelopeKey, type KeyChoice } from './kms-choices';
import { hintClass } from './panel';

/**
 * The KMS key to encrypt under: the customer managed symmetric keys of the Region, or, when there
 * are none (or they cannot be listed), why, and a button that creates one as the acting principal.
 */
export function KeyPicker({
  context,
  keys,
  keyId,
  onKey,
}: {
  context: LabContext;
  keys: LabData<KeyChoice[]>;
  keyId: string;
  onKey: (keyId: string) => void;
}) {
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string>();
  const label = `KMS key (symmetric, customer managed, in ${context.region})`;
  if (keys.status === 'loading') {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-sm font-semibold">{label}</span>
        <p role="status" className={hintClass}>
          Loading keys…
        </p>
      </div>
    );
  }
  if (keys.status === 'ok' && keys.data.length > 0) {
    const selected = keys.data.find((k) => k.keyId === keyId);
    return (
      <Field
        compact
        label={label}
        hint={
          <span className="break-all">
            {selected?.arn}
            {selected && selected.state !== 'Enabled' && ` — this key is ${selected.state}; KMS will refuse it.`}
          </span>
        }
      >
        {(control) => (
          <Select {...control} value={keyId} onChange={(e) => onKey(e.target.value)}>
            {keys.data.map((k) => (
              <option key={k.keyId} value={k.keyId}>
                {k.aliases[0] ?? k.keyId}
                {k.state !== 'Enabled' ? ` (${k.state})` : ''}
              </option>
            ))}
          </Select>
        )}
      </Field>
    );
  }
  const create = async () => {
    setCreating(true);
    setCreateError(undefined);
    try {
      await loadAppKms();
      onKey(await createEnvelopeKey(getKmsClient(context.region, context.accessKeyId)));
      notifyLabChanged();
    } catch (err) {
      const e = awsErrorInfo(err);
      setCreateError(`The key could not be created: ${e.name}: ${e.message}`);
    } finally {
      setCreating(false);
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <span className="text-sm font-semibold">{label}</span>
      <Notice tone={keys.status === 'error' ? 'error' : 'info'} compact>
        <p>
          {keys.status === 'error'
            ? `The keys could not be listed: ${keys.error.name}: ${keys.error.message}. Act as a principal that may list keys, or create one below.`
            : `There is no symmetric encryption key in ${context.region} yet.`}
        </p>
        {createError && <p className="mt-1 font-medium">{createError}</p>}
        <Button size="sm" className="mt-2" disabled={creating} onClick={() => void create()}>
          {creating ? 'Creating…' : `Create a key in ${context.region}`}
        </Button>
      </Notice>
    </div>
  );
}
