import type { KeyMetadata } from '@aws-sdk/client-kms';
import { Link, useParams } from '@tanstack/react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { ErrorCard } from '../components/error-card';
import { LabShell } from '../lab-shell';
import type { LabSearch } from '../lab-search';
import { usePrincipals, type AppKms } from '../use-lab';
import { StateBadge } from './keys-tab';
import { AliasesSection, TagsSection } from './sections/aliases-tags-section';
import { GrantsSection } from './sections/grants-section';
import { MultiRegionSection } from './sections/multi-region-section';
import { PolicySection } from './sections/policy-section';
import { RotationSection } from './sections/rotation-section';
import { StateSection } from './sections/state-section';
import { useQuery } from './use-query';

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
      <LabShell>{(kms) => <KeyDetails kms={kms} keyId={keyId} />}</LabShell>
    </div>
  );
}

function KeyDetails({ kms, keyId }: { kms: AppKms; keyId: string }) {
  const principals = usePrincipals(kms);
  const described = useQuery('DescribeKey', { KeyId: keyId });
  if (!described) return <p role="status">Loading key…</p>;
  if (!described.ok) return <ErrorCard name={described.error.name} message={described.error.message} operation="DescribeKey" />;
  const m = described.output.KeyMetadata as KeyMetadata;
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
        <p className="rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          This is an AWS managed key. AWS created it for a service and manages it: you can see and audit it, and use it through that
          service, but you cannot change its policy, disable it, delete it, or change its rotation (AWS rotates it every year).
        </p>
      )}
      <StateSection meta={m} />
      {symmetric && <RotationSection meta={m} />}
      <AliasesSection meta={m} />
      <TagsSection meta={m} />
      <PolicySection meta={m} />
      <GrantsSection meta={m} principals={principals} />
      {m.MultiRegion && <MultiRegionSection meta={m} />}
    </div>
  );
}
