import { DescribeKeyCommand } from '@aws-sdk/client-kms';
import { Link, useParams } from '@tanstack/react-router';
import { Notice, PageHeading } from '@/components/ui';
import type { LabPrincipal } from '@/lib/lab';
import { ErrorCard } from '../components/error-card';
import { LabShell } from '../lab-shell';
import type { LabSearch } from '../lab-search';
import { useConsoleData } from '../use-lab';
import { AliasesSection, TagsSection } from './sections/aliases-tags-section';
import { GrantsSection } from './sections/grants-section';
import { MultiRegionSection } from './sections/multi-region-section';
import { PolicySection } from './sections/policy-section';
import { RotationSection } from './sections/rotation-section';
import { StateSection } from './sections/state-section';
import { StateBadge } from './state-badge';
import { ImportSection } from './import/import-section';

const date = (d: unknown) => (d instanceof Date ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : undefined);

/** One key: its metadata and everything a learner can do to it. */
export function KeyPage() {
  const { keyId } = useParams({ from: '/lab/keys/$keyId' });
  return (
    <div>
      <PageHeading title={`Key ${keyId}`} />
      <p className="mb-4">
        <Link to="/lab" search={(prev: LabSearch) => ({ region: prev.region, as: prev.as, tab: 'keys' as const })}>
          ← All keys
        </Link>
      </p>
      <LabShell>{(_kms, principals) => <KeyDetails keyId={keyId} principals={principals} />}</LabShell>
    </div>
  );
}

function KeyDetails({ keyId, principals }: { keyId: string; principals: LabPrincipal[] }) {
  const described = useConsoleData(['DescribeKey', keyId], (client) =>
    client.send(new DescribeKeyCommand({ KeyId: keyId })).then((out) => out.KeyMetadata ?? { KeyId: keyId }),
  );
  if (described.status === 'loading') return <p role="status">Loading key…</p>;
  if (described.status === 'error')
    return (
      <ErrorCard
        name={described.error.name}
        message={described.error.message}
        explanation={described.error.explanation}
        operation="DescribeKey"
      />
    );
  const m = described.data;
  const aws = m.KeyManager === 'AWS';
  const symmetric = m.KeySpec === 'SYMMETRIC_DEFAULT';
  const facts: [string, string | undefined][] = [
    ['Key ARN', m.Arn],
    ['Description', m.Description || '(none)'],
    ['Key spec', m.KeySpec],
    ['Key usage', m.KeyUsage],
    ['Managed by', aws ? 'AWS (AWS managed key)' : 'Customer'],
    ['Origin', m.Origin],
    ['Created', date(m.CreationDate)],
    ['Deletion date', date(m.DeletionDate)],
    ['Encryption algorithms', m.EncryptionAlgorithms?.join(', ')],
    ['Signing algorithms', m.SigningAlgorithms?.join(', ')],
    ['MAC algorithms', m.MacAlgorithms?.join(', ')],
  ];
  return (
    <div className="space-y-6">
      <section aria-labelledby="meta-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <h2 id="meta-title" className="mb-2 flex items-center gap-2 text-xl font-semibold">
          Metadata <StateBadge state={m.KeyState ?? 'Unknown'} />
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          {facts
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-semibold">{k}</dt>
                <dd className="font-mono text-sm break-all">{v}</dd>
              </div>
            ))}
        </dl>
      </section>
      {aws && (
        <Notice title="An AWS managed key">
          AWS created this key for a service and manages it: you can see and audit it, and use it through that service, but you cannot
          change its policy, disable it, delete it, or change its rotation (AWS rotates it every year).
        </Notice>
      )}
      <StateSection meta={m} />
      {m.Origin === 'EXTERNAL' && <ImportSection meta={m} />}
      {symmetric && <RotationSection meta={m} />}
      <AliasesSection meta={m} />
      <TagsSection meta={m} />
      <PolicySection meta={m} />
      <GrantsSection meta={m} principals={principals} />
      {m.MultiRegion && <MultiRegionSection meta={m} />}
    </div>
  );
}
