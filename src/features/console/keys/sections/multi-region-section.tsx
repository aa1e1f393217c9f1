import type { KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { Button, SelectField } from '@/components/ui';
import { LAB_REGIONS } from '@/lib/lab';
import { useLab } from '../../use-lab';
import { Section } from './section';

/** For multi-Region keys: where the primary and replicas are, replicate, and make another Region primary. */
export function MultiRegionSection({ meta }: { meta: KeyMetadata }) {
  const { call, region, setSearch } = useLab();
  const cfg = meta.MultiRegionConfiguration;
  const inUse = new Set([cfg?.PrimaryKey?.Region, ...(cfg?.ReplicaKeys ?? []).map((r) => r.Region)]);
  const targets = LAB_REGIONS.filter((r) => !inUse.has(r.id));
  const [target, setTarget] = useState('');
  const replicaRegions = (cfg?.ReplicaKeys ?? []).map((r) => r.Region!).filter(Boolean);
  return (
    <Section
      id="mrk-title"
      title="Multi-Region"
      intro={
        <p>
          A multi-Region key shares its key id and key material with its replicas, so a ciphertext made in one Region decrypts in another.
          Each replica has its own key policy, aliases and grants. Rotation happens on the primary.
        </p>
      }
    >
      <p>
        This is the <strong>{cfg?.MultiRegionKeyType === 'PRIMARY' ? 'primary' : 'replica'}</strong> key in {region}. Primary:{' '}
        {cfg?.PrimaryKey?.Region ?? '—'}. Replicas: {replicaRegions.length ? replicaRegions.join(', ') : 'none'}.
      </p>
      <div className="flex flex-wrap gap-2">
        {[cfg?.PrimaryKey?.Region, ...replicaRegions]
          .filter((r): r is string => !!r && r !== region)
          .map((r) => (
            <Button key={r} size="sm" onClick={() => setSearch({ region: r })}>
              View in {r}
            </Button>
          ))}
      </div>
      {cfg?.MultiRegionKeyType === 'PRIMARY' && targets.length > 0 && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void call('ReplicateKey', { KeyId: meta.KeyId, ReplicaRegion: target || targets[0]!.id });
          }}
        >
          <SelectField
            compact
            id="mrk-target"
            label="Replicate to"
            value={target || targets[0]!.id}
            onChange={setTarget}
            options={targets.map((r) => r.id)}
          />
          <Button type="submit" size="sm">
            Replicate key
          </Button>
        </form>
      )}
      {cfg?.MultiRegionKeyType === 'PRIMARY' && replicaRegions.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {replicaRegions.map((r) => (
            <Button key={r} size="sm" onClick={() => call('UpdatePrimaryRegion', { KeyId: meta.KeyId, PrimaryRegion: r })}>
              Make {r} the primary
            </Button>
          ))}
        </div>
      )}
    </Section>
  );
}
