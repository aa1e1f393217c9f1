import type { KeyMetadata } from '@aws-sdk/client-kms';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, DataTable, Notice, type Column } from '@/components/ui';
import type { KeyListing } from '@/lib/kms-runtime';
import { ErrorCard } from '../components/error-card';
import type { LabSearch } from '../lab-search';
import { useLab } from '../use-lab';
import { CreateKeyForm } from './create-key-form';
import { StateBadge } from './state-badge';
import { useKeys } from './use-keys';

const multiRegion = (m: KeyMetadata) =>
  m.MultiRegion ? (m.MultiRegionConfiguration?.MultiRegionKeyType === 'PRIMARY' ? 'primary' : 'replica') : 'no';

const COLUMNS: Column<KeyListing>[] = [
  {
    header: 'Alias',
    cell: ({ aliases }) => (aliases.length ? aliases.join(', ') : <span className="text-slate-600 dark:text-slate-400">none</span>),
  },
  {
    header: 'Key id',
    rowHeader: true,
    className: 'font-mono',
    cell: ({ metadata: m }) => (
      <Link to="/lab/keys/$keyId" params={{ keyId: m.KeyId! }} search={(prev: LabSearch) => ({ region: prev.region, as: prev.as })}>
        {m.KeyId}
      </Link>
    ),
  },
  { header: 'Spec', cell: ({ metadata: m }) => m.KeySpec },
  { header: 'Usage', cell: ({ metadata: m }) => m.KeyUsage },
  { header: 'State', cell: ({ metadata: m }) => <StateBadge state={m.KeyState ?? 'Unknown'} /> },
  { header: 'Managed by', cell: ({ metadata: m }) => (m.KeyManager === 'AWS' ? 'AWS' : 'Customer') },
  { header: 'Multi-Region', cell: ({ metadata: m }) => multiRegion(m) },
];

/** The keys of the current region, as the current principal sees them, and a way to create one. */
export function KeysTab() {
  const { region } = useLab();
  const keys = useKeys();
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="keys-title">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="keys-title" className="text-xl font-semibold">
          Keys in {region}
        </h2>
        {!creating && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            Create key
          </Button>
        )}
      </div>
      {creating && <CreateKeyForm onDone={() => setCreating(false)} />}
      {keys.status === 'loading' && <p role="status">Loading keys…</p>}
      {keys.status === 'error' && (
        <ErrorCard name={keys.error.name} message={keys.error.message} explanation={keys.error.explanation} operation="ListKeys" />
      )}
      {keys.status === 'ok' && keys.data.length === 0 && (
        <Notice>
          No keys in {region} yet. Create one, or let an AWS service create its AWS managed key on the AWS services tab. Keys are regional:
          keys made in another Region are not listed here.
        </Notice>
      )}
      {keys.status === 'ok' && keys.data.length > 0 && (
        <DataTable caption={`Keys in ${region}`} hideCaption columns={COLUMNS} rows={keys.data} rowKey={(k) => k.metadata.KeyId!} />
      )}
    </section>
  );
}
