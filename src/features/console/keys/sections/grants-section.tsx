import type { GrantListEntry, KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { GRANT_OPERATIONS } from '@/kms/access';
import { CodeBlock } from '../../components/code-block';
import { useConsoleStore } from '../../console-store';
import { useLab, type LabPrincipal } from '../../use-lab';
import { useQuery } from '../use-query';
import { SelectField, TextField } from '../../components/field';
import { Section, button } from './section';

/** Grants on the key: who may do which operations, create (with an encryption-context constraint), revoke. */
export function GrantsSection({ meta, principals }: { meta: KeyMetadata; principals: LabPrincipal[] }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const list = useQuery('ListGrants', { KeyId: keyId });
  const grants = list?.ok ? ((list.output.Grants as GrantListEntry[] | undefined) ?? []) : [];
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
      {list && !list.ok && (
        <p className="text-sm">
          {list.error.name}: {list.error.message}
        </p>
      )}
      <ul className="space-y-2">
        {list?.ok && grants.length === 0 && <li>No grants.</li>}
        {grants.map((g) => (
          <li key={g.GrantId} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
            <p className="font-mono break-all">{g.GranteePrincipal}</p>
            <p>Operations: {(g.Operations ?? []).join(', ')}</p>
            {g.Constraints && <p>Constraints: {JSON.stringify(g.Constraints)}</p>}
            <button type="button" className={`${button} mt-1`} onClick={() => call('RevokeGrant', { KeyId: keyId, GrantId: g.GrantId })}>
              Revoke grant {g.GrantId?.slice(0, 8)}…
            </button>
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
          <button type="submit" className={button}>
            Create grant
          </button>
        </form>
      )}
      {lastToken && <CodeBlock title="Grant token from the last CreateGrant (use it before the grant propagates)" code={lastToken} />}
    </Section>
  );
}
