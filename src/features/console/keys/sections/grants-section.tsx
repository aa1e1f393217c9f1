import { paginateListGrants, type KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { Button, SelectField, TextField } from '@/components/ui';
import { GRANT_OPERATIONS } from '@/kms/access';
import { collect } from '@/lib/kms-runtime';
import type { LabPrincipal } from '@/lib/lab';
import { CodeBlock } from '../../components/code-block';
import { useConsoleStore } from '../../console-store';
import { useConsoleData, useLab } from '../../use-lab';
import { ReadProblem, Section } from './section';

/** Grants on the key: who may do which operations, create (with an encryption-context constraint), revoke. */
export function GrantsSection({ meta, principals }: { meta: KeyMetadata; principals: LabPrincipal[] }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const list = useConsoleData(['ListGrants', keyId], (client) =>
    collect(paginateListGrants({ client }, { KeyId: keyId }), (p) => p.Grants),
  );
  const grants = list.status === 'ok' ? list.data : [];
  const candidates = principals.filter((p) => !p.arn.endsWith(':root'));
  const [grantee, setGrantee] = useState('');
  const [ops, setOps] = useState<string[]>(['Decrypt']);
  const [ctxKey, setCtxKey] = useState('');
  const [ctxValue, setCtxValue] = useState('');
  const lastToken = useConsoleStore(
    (s) => s.calls.find((c) => c.operation === 'CreateGrant' && c.output?.GrantToken)?.output?.GrantToken as string | undefined,
  );
  return (
    <Section
      id="grants-title"
      title="Grants"
      intro={
        <p>
          A grant lets a principal use this key for the listed operations only, without editing the key policy. AWS services use grants
          heavily. Grants only allow; they cannot deny. Retire or revoke a grant to end it.
        </p>
      }
    >
      {list.status === 'error' && <ReadProblem what="The grants" error={list.error} />}
      <ul className="space-y-2">
        {list.status === 'ok' && grants.length === 0 && <li>No grants.</li>}
        {grants.map((g) => (
          <li key={g.GrantId} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
            <p className="font-mono break-all">{g.GranteePrincipal}</p>
            <p>Operations: {(g.Operations ?? []).join(', ')}</p>
            {g.Constraints && <p>Constraints: {JSON.stringify(g.Constraints)}</p>}
            <Button size="sm" className="mt-1" onClick={() => call('RevokeGrant', { KeyId: keyId, GrantId: g.GrantId })}>
              Revoke grant {g.GrantId?.slice(0, 8)}…
            </Button>
          </li>
        ))}
      </ul>
      {candidates.length === 0 ? (
        <p className="text-sm">Create a user or role on the Principals tab to have someone to grant to.</p>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void call('CreateGrant', {
              KeyId: keyId,
              GranteePrincipal: grantee || candidates[0]!.arn,
              Operations: ops,
              ...(ctxKey ? { Constraints: { EncryptionContextSubset: { [ctxKey]: ctxValue } } } : {}),
            });
          }}
        >
          <SelectField
            compact
            id="grant-grantee"
            label="Grantee principal"
            value={grantee || candidates[0]!.arn}
            onChange={setGrantee}
            options={[...new Set(candidates.map((p) => p.arn))]}
          />
          <fieldset>
            <legend className="text-sm font-semibold">Operations</legend>
            <div className="mt-1 grid grid-cols-2 gap-1 text-sm sm:grid-cols-4">
              {GRANT_OPERATIONS.map((op) => (
                <label key={op} className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={ops.includes(op)}
                    onChange={(e) => setOps((prev) => (e.target.checked ? [...prev, op] : prev.filter((o) => o !== op)))}
                  />
                  {op}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-2">
            <TextField compact id="grant-ctx-key" label="Require encryption context key (optional)" value={ctxKey} onChange={setCtxKey} />
            <TextField compact id="grant-ctx-value" label="with value" value={ctxValue} onChange={setCtxValue} />
          </div>
          <Button type="submit" size="sm">
            Create grant
          </Button>
        </form>
      )}
      {lastToken && <CodeBlock title="Grant token from the last CreateGrant (use it before the grant propagates)" code={lastToken} />}
    </Section>
  );
}
