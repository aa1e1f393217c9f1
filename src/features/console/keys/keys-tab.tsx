import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorCard } from '../components/error-card';
import type { LabSearch } from '../lab-search';
import { useLab, useClockOffset } from '../use-lab';
import { CreateKeyForm } from './create-key-form';
import { useKeys } from './use-keys';

/** The keys of the current region, as the current principal sees them, and a way to create one. */
export function KeysTab() {
  const { region, accessKeyId } = useLab();
  const clock = useClockOffset();
  const keys = useKeys(region, accessKeyId, clock);
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="keys-title">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="keys-title" className="text-xl font-semibold">
          Keys in {region}
        </h2>
        {!creating && (
          <button type="button" onClick={() => setCreating(true)} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white">
            Create key
          </button>
        )}
      </div>
      {creating && <CreateKeyForm onDone={() => setCreating(false)} />}
      {keys.status === 'loading' && <p role="status">Loading keys…</p>}
      {keys.status === 'error' && <ErrorCard name={keys.name} message={keys.message} operation="ListKeys" />}
      {keys.status === 'ok' && keys.keys.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-4 dark:border-slate-600">
          No keys in {region} yet. Create one, or let an AWS service create its AWS managed key on the AWS services tab. Keys are regional:
          keys made in another Region are not listed here.
        </p>
      )}
      {keys.status === 'ok' && keys.keys.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Keys in {region}</caption>
            <thead className="border-b border-slate-300 dark:border-slate-600">
              <tr>
                {['Alias', 'Key id', 'Spec', 'Usage', 'State', 'Managed by', 'Multi-Region'].map((h) => (
                  <th key={h} scope="col" className="px-2 py-2 font-semibold whitespace-nowrap">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {keys.keys.map(({ metadata: m, aliases }) => (
                <tr key={m.KeyId} className="border-b border-slate-200 dark:border-slate-800">
                  <td className="px-2 py-2">
                    {aliases.length ? aliases.join(', ') : <span className="text-slate-600 dark:text-slate-400">none</span>}
                  </td>
                  <td className="px-2 py-2 font-mono">
                    <Link
                      to="/lab/keys/$keyId"
                      params={{ keyId: m.KeyId! }}
                      search={(prev: LabSearch) => ({ region: prev.region, as: prev.as })}
                    >
                      {m.KeyId}
                    </Link>
                  </td>
                  <td className="px-2 py-2">{m.KeySpec}</td>
                  <td className="px-2 py-2">{m.KeyUsage}</td>
                  <td className="px-2 py-2">
                    <StateBadge state={m.KeyState ?? 'Unknown'} />
                  </td>
                  <td className="px-2 py-2">{m.KeyManager === 'AWS' ? 'AWS' : 'Customer'}</td>
                  <td className="px-2 py-2">
                    {m.MultiRegion ? (m.MultiRegionConfiguration?.MultiRegionKeyType === 'PRIMARY' ? 'primary' : 'replica') : 'no'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Key state with a colour and the word itself (colour is never the only signal). */
export function StateBadge({ state }: { state: string }) {
  const tone =
    state === 'Enabled'
      ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50'
      : state === 'Disabled'
        ? 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50'
        : 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50';
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{state}</span>;
}
