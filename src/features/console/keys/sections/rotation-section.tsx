import type { KeyMetadata, RotationsListEntry } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { useLab } from '../../use-lab';
import { useQuery } from '../use-query';
import { TextField } from '../../components/field';
import { Section, button } from './section';

const date = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : '—');

/** Automatic rotation (period 90 to 2,560 days), rotate now, and the history of rotations. */
export function RotationSection({ meta }: { meta: KeyMetadata }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const [period, setPeriod] = useState('365');
  const status = useQuery('GetKeyRotationStatus', { KeyId: keyId });
  const history = useQuery('ListKeyRotations', { KeyId: keyId });
  const s = status?.ok ? status.output : undefined;
  const rotations = history?.ok ? ((history.output.Rotations as RotationsListEntry[] | undefined) ?? []) : [];
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
      {status && !status.ok && (
        <p className="text-sm">
          Rotation status is not available for this key ({status.error.name}: {status.error.message}).
        </p>
      )}
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
          <button type="submit" className={button}>
            Enable automatic rotation
          </button>
        </form>
        <button type="button" className={button} onClick={() => call('DisableKeyRotation', { KeyId: keyId })}>
          Disable automatic rotation
        </button>
        <button type="button" className={button} onClick={() => call('RotateKeyOnDemand', { KeyId: keyId })}>
          Rotate now
        </button>
      </div>
      <div className="overflow-x-auto">
        <table className="text-left text-sm">
          <caption className="py-1 text-left font-semibold">Rotation history ({rotations.length})</caption>
          <thead>
            <tr>
              <th scope="col" className="px-2 py-1">
                Date
              </th>
              <th scope="col" className="px-2 py-1">
                Type
              </th>
              <th scope="col" className="px-2 py-1">
                Key material id
              </th>
            </tr>
          </thead>
          <tbody>
            {rotations.map((r, i) => (
              <tr key={i} className="border-t border-slate-200 dark:border-slate-800">
                <td className="px-2 py-1">{date(r.RotationDate)}</td>
                <td className="px-2 py-1">{r.RotationType}</td>
                <td className="px-2 py-1 font-mono text-xs break-all">{(r as { KeyMaterialId?: string }).KeyMaterialId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
