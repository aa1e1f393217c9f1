import { Link } from '@tanstack/react-router';
import { SelectField } from '@/components/ui';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import { LAB_REGIONS, useAppKms, useClockOffset, usePrincipals, useLabContext, useSimNow } from '@/lib/lab';
import { hintClass, Panel } from './panel';

const DAY = 24 * 60 * 60 * 1000;

/**
 * "Who calls KMS, and where": the lab context the console and this page share (Region, the principal
 * acted as) and the simulated date, with a way to change the first two here and a way to the console
 * for the rest. Changing them here changes them in the console too.
 */
export function CallerPanel({ disabled }: { disabled: boolean }) {
  const { region, accessKeyId, setLabContext } = useLabContext();
  const { kms } = useAppKms();
  const principals = usePrincipals(kms);
  const offset = useClockOffset();
  const now = useSimNow();
  const current = principals.find((p) => p.accessKeyId === accessKeyId);
  // Until the simulator has loaded, name the caller by what is known, so the select never jumps.
  const label = current?.label ?? (accessKeyId === ROOT_ACCESS_KEY_ID ? 'root of account 111122223333' : `access key ${accessKeyId}`);
  const options = [
    ...principals.map((p) => ({ value: p.accessKeyId, label: p.label })),
    ...(current ? [] : [{ value: accessKeyId, label: kms ? `unknown access key ${accessKeyId}` : label }]),
  ];
  const daysAhead = Math.floor(offset / DAY);
  return (
    <Panel title="Who calls KMS, and where" className="bg-slate-50 dark:bg-slate-900">
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <SelectField
          compact
          id="envelope-region"
          label="Region"
          value={region}
          disabled={disabled}
          onChange={(r) => setLabContext({ region: r })}
          options={LAB_REGIONS.map((r) => ({ value: r.id, label: `${r.id}: ${r.name}` }))}
        />
        <SelectField
          compact
          id="envelope-principal"
          label="Acting as"
          value={accessKeyId}
          disabled={disabled}
          onChange={(as) => setLabContext({ accessKeyId: as })}
          options={options}
        />
      </div>
      <p className={`${hintClass} mt-2`}>
        Every KMS call on this page (listing keys, GenerateDataKey, Decrypt) goes through the AWS SDK as <strong>{label}</strong> in{' '}
        {region}, so it appears in the console’s audit trail and obeys key policies and IAM policies. The KMS console shares this choice;
        create IAM users and roles on its{' '}
        <Link to="/lab" search={{ tab: 'principals' }}>
          Principals tab
        </Link>{' '}
        to see access denied.
      </p>
      <p className={`${hintClass} mt-1`}>
        Simulated date: <time dateTime={new Date(now).toISOString()}>{new Date(now).toISOString().slice(0, 10)}</time>
        {daysAhead > 0 ? ` (${daysAhead} day${daysAhead === 1 ? '' : 's'} ahead of today, moved in the console)` : ' (today)'}.
      </p>
    </Panel>
  );
}
