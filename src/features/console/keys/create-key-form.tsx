import { useState } from 'react';
import { Button, SelectField, TextField } from '@/components/ui';
import { newCallBatch } from '../console-store';
import { useLab } from '../use-lab';
import { KEY_SPEC_OPTIONS } from './key-specs';

/** CreateKey (and optionally CreateAlias) with every spec the simulator supports. */
export function CreateKeyForm({ onDone }: { onDone: () => void }) {
  const { call } = useLab();
  const [spec, setSpec] = useState<string>('SYMMETRIC_DEFAULT');
  const option = KEY_SPEC_OPTIONS.find((o) => o.spec === spec) ?? KEY_SPEC_OPTIONS[0];
  const [usage, setUsage] = useState<string>(option.usages[0]);
  const [description, setDescription] = useState('');
  const [alias, setAlias] = useState('');
  const [multiRegion, setMultiRegion] = useState(false);
  const [origin, setOrigin] = useState('AWS_KMS');
  const [busy, setBusy] = useState(false);
  const effectiveUsage = (option.usages as readonly string[]).includes(usage) ? usage : option.usages[0];

  return (
    <form
      aria-label="Create key"
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 dark:border-slate-700"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        // CreateKey and CreateAlias are one action: "What ran" shows both.
        const batch = newCallBatch();
        const created = await call(
          'CreateKey',
          {
            KeySpec: spec,
            KeyUsage: effectiveUsage,
            ...(description ? { Description: description } : {}),
            ...(multiRegion ? { MultiRegion: true } : {}),
            ...(origin === 'EXTERNAL' ? { Origin: 'EXTERNAL' } : {}),
          },
          batch,
        );
        if (created.ok && alias.trim()) {
          const keyId = (created.output.KeyMetadata as { KeyId: string }).KeyId;
          await call(
            'CreateAlias',
            {
              AliasName: alias.trim().startsWith('alias/') ? alias.trim() : `alias/${alias.trim()}`,
              TargetKeyId: keyId,
            },
            batch,
          );
        }
        setBusy(false);
        if (created.ok) onDone();
      }}
    >
      <SelectField
        id="ck-spec"
        label="Key spec"
        value={spec}
        onChange={setSpec}
        options={KEY_SPEC_OPTIONS.map((o) => ({ value: o.spec, label: `${o.spec}: ${o.label}` }))}
      />
      <SelectField
        id="ck-usage"
        label="Key usage"
        value={effectiveUsage}
        onChange={setUsage}
        options={option.usages}
        disabled={option.usages.length === 1}
      />
      <SelectField
        id="ck-origin"
        label="Key material origin"
        value={origin}
        onChange={setOrigin}
        options={[
          { value: 'AWS_KMS', label: 'KMS makes the key material (AWS_KMS)' },
          { value: 'EXTERNAL', label: 'Imported key material (EXTERNAL)' },
        ]}
        hint={origin === 'EXTERNAL' ? 'The key starts in PendingImport: import your material on its page.' : undefined}
      />
      <TextField id="ck-alias" label="Alias (optional)" value={alias} onChange={setAlias} placeholder="alias/my-app" />
      <TextField id="ck-desc" label="Description (optional)" value={description} onChange={setDescription} />
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={multiRegion} onChange={(e) => setMultiRegion(e.target.checked)} />
        Multi-Region key (can be replicated to other Regions)
      </label>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create key'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
