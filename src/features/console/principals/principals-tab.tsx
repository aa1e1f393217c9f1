import { useState } from 'react';
import { Button, Field, Notice, SelectField, TextArea, TextField } from '@/components/ui';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import type { AppKms } from '@/lib/kms-runtime';
import { usePrincipals } from '@/lib/lab';
import { useLab } from '../use-lab';
import { POLICY_TEMPLATES } from './policy-templates';

/** IAM users and roles in the simulated accounts, with their identity policies; create, switch to, delete. */
export function PrincipalsTab({ kms }: { kms: AppKms }) {
  usePrincipals(kms); // re-render when IAM changes
  const accounts = kms.iam.accounts();
  return (
    <section aria-labelledby="pr-title" className="space-y-6">
      <h2 id="pr-title" className="text-xl font-semibold">
        Principals
      </h2>
      <p className="max-w-3xl">
        Who is calling decides what is allowed. A key’s default key policy trusts its account, so an IAM policy attached to a user can grant
        KMS permissions; each operation is its own permission. The second account ({accounts[1]}) lets you try cross-account access, which
        needs both the key policy and the caller’s IAM policy.
      </p>
      <CreatePrincipalForm kms={kms} />
      <IdentityList kms={kms} />
    </section>
  );
}

/** Creates an IAM user or role with an identity policy (from a template, editable), then acts as it. */
function CreatePrincipalForm({ kms }: { kms: AppKms }) {
  const { setSearch } = useLab();
  const accounts = kms.iam.accounts();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'user' | 'role'>('user');
  const [account, setAccount] = useState(accounts[0] ?? '');
  // A new principal starts with no policy (everything implicitly denied), as a new IAM user does.
  const [template, setTemplate] = useState('none');
  const [policy, setPolicy] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  return (
    <form
      aria-label="Create principal"
      className="grid gap-4 rounded-lg border border-slate-200 p-4 md:grid-cols-2 dark:border-slate-700"
      onSubmit={(e) => {
        e.preventDefault();
        try {
          const parsed: unknown = policy.trim() ? JSON.parse(policy) : undefined;
          const policies = parsed ? { [`${name || 'policy'}-policy`]: parsed } : undefined;
          const creds =
            kind === 'user'
              ? kms.iam.createUser({ userName: name, accountId: account, policies })
              : kms.iam.createRole({ roleName: name, accountId: account, policies });
          setMessage({ ok: true, text: `Created ${creds.arn}. You are now acting as it.` });
          setSearch({ as: creds.accessKeyId });
          setName('');
        } catch (err) {
          const text =
            err instanceof SyntaxError ? `The policy is not valid JSON: ${err.message}` : err instanceof Error ? err.message : String(err);
          setMessage({ ok: false, text });
        }
      }}
    >
      <TextField id="pr-name" label="Name" required value={name} onChange={setName} placeholder="alice" />
      <div className="flex gap-4">
        <SelectField
          id="pr-kind"
          label="Type"
          value={kind}
          onChange={(v) => setKind(v as 'user' | 'role')}
          options={[
            { value: 'user', label: 'IAM user' },
            { value: 'role', label: 'IAM role' },
          ]}
        />
        <SelectField id="pr-account" label="Account" value={account} onChange={setAccount} options={accounts} />
      </div>
      <div className="flex flex-col gap-3 md:col-span-2">
        <SelectField
          id="pr-template"
          label="Identity policy template"
          value={template}
          onChange={(id) => {
            setTemplate(id);
            const t = POLICY_TEMPLATES.find((p) => p.id === id);
            setPolicy(t?.document ? JSON.stringify(t.document, null, 2) : '');
          }}
          options={POLICY_TEMPLATES.map((t) => ({ value: t.id, label: t.label }))}
        />
        <Field id="pr-policy" label="Identity policy (JSON, editable)">
          {(control) => (
            <TextArea
              {...control}
              rows={10}
              value={policy}
              spellCheck={false}
              onChange={(e) => setPolicy(e.target.value)}
              className="font-mono text-sm"
            />
          )}
        </Field>
      </div>
      <div className="md:col-span-2">
        <Button type="submit" variant="primary">
          Create and act as it
        </Button>
      </div>
      {message && (
        <Notice tone={message.ok ? 'success' : 'error'} announce compact className="md:col-span-2">
          {message.text}
        </Notice>
      )}
    </form>
  );
}

/** The users and roles that exist, each with its policies, "act as" and delete. */
function IdentityList({ kms }: { kms: AppKms }) {
  const { setSearch, accessKeyId } = useLab();
  const identities = kms.iam.listIdentities();
  return (
    <div>
      <h3 className="mb-2 text-lg font-semibold">Users and roles</h3>
      {identities.length === 0 ? (
        <p>Only the account roots exist so far.</p>
      ) : (
        <ul className="space-y-3">
          {identities.map((id) => (
            <li key={id.arn} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <p className="font-mono text-sm break-all">{id.arn}</p>
              <p className="text-sm">Policies: {id.policies.length ? id.policies.join(', ') : 'none'}</p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer">Show policies</summary>
                {kms.iam.listPolicies(id.arn).map((p) => (
                  <pre key={p.policyName} className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">
                    {p.policyName}: {p.document}
                  </pre>
                ))}
              </details>
              <div className="mt-2 flex gap-2">
                {id.accessKeyIds[0] && id.accessKeyIds[0] !== accessKeyId && (
                  <Button size="sm" onClick={() => setSearch({ as: id.accessKeyIds[0] })}>
                    Act as {id.name}
                  </Button>
                )}
                <Button
                  variant="danger-outline"
                  size="sm"
                  onClick={() => {
                    if (id.accessKeyIds.includes(accessKeyId)) setSearch({ as: ROOT_ACCESS_KEY_ID });
                    kms.iam.deleteIdentity(id.arn);
                  }}
                >
                  Delete {id.name}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
