import { GetKeyRotationStatusCommand, paginateListKeyRotations, type KeyMetadata, type RotationsListEntry } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { Button, DataTable, TextField, type Column } from '@/components/ui';
import { collect } from '@/lib/kms-runtime';
import { useConsoleData, useLab } from '../../use-lab';
import { ReadProblem, Section } from './section';

const date = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : '—');

const HISTORY_COLUMNS: Column<RotationsListEntry>[] = [
  { header: 'Date', cell: (r) => date(r.RotationDate) },
  { header: 'Type', cell: (r) => r.RotationType },
  {
    header: 'Key material id',
    className: 'font-mono text-xs break-all',
    cell: (r) => (r as { KeyMaterialId?: string }).KeyMaterialId ?? '—',
  },
];

/** Automatic rotation (period 90 to 2,560 days), rotate now, and the history of rotations. */
export function RotationSection({ meta }: { meta: KeyMetadata }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const [period, setPeriod] = useState('365');
  const status = useConsoleData(['GetKeyRotationStatus', keyId], (client) =>
    client.send(new GetKeyRotationStatusCommand({ KeyId: keyId })),
  );
  const history = useConsoleData(['ListKeyRotations', keyId], (client) =>
    collect(paginateListKeyRotations({ client }, { KeyId: keyId }), (p) => p.Rotations),
  );
  const s = status.status === 'ok' ? status.data : undefined;
  const rotations = history.status === 'ok' ? history.data : [];
  return (
    <Section
      id="rotation-title"
      title="Rotation"
      intro={
        <p>
          Rotation gives the key new material but keeps its id, ARN and every older material version, so old ciphertexts still decrypt and
          nothing is re-encrypted. Since April 2024 the automatic period can be 90 to 2,560 days (default 365; before, it was fixed at one
          year), and on-demand rotation is allowed up to 25 times per key. Only customer managed symmetric encryption keys rotate; AWS
          managed keys rotate every year by themselves (every three years before May 2022). Move the simulated clock to watch it happen.
        </p>
      }
    >
      {status.status === 'error' && <ReadProblem what="The rotation status" error={status.error} />}
      {s && (
        <p>
          Automatic rotation is <strong>{s.KeyRotationEnabled ? 'on' : 'off'}</strong>
          {s.KeyRotationEnabled ? (
            <>
              , every {String(s.RotationPeriodInDays)} days; next on <strong>{date(s.NextRotationDate)}</strong>
            </>
          ) : null}
          {s.OnDemandRotationStartDate ? <>; an on-demand rotation started {date(s.OnDemandRotationStartDate)}</> : null}.
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void call('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: Number(period) });
          }}
        >
          <TextField
            compact
            id="rot-period"
            label="Rotation period (days)"
            inputMode="numeric"
            value={period}
            onChange={setPeriod}
            className="w-24"
          />
          <Button type="submit" size="sm">
            Enable automatic rotation
          </Button>
        </form>
        <Button size="sm" onClick={() => call('DisableKeyRotation', { KeyId: keyId })}>
          Disable automatic rotation
        </Button>
        <Button size="sm" onClick={() => call('RotateKeyOnDemand', { KeyId: keyId })}>
          Rotate now
        </Button>
      </div>
      <DataTable
        caption={`Rotation history (${rotations.length})`}
        columns={HISTORY_COLUMNS}
        rows={rotations}
        rowKey={(r, i) => `${i}-${String(r.RotationDate)}`}
      />
    </Section>
  );
}
