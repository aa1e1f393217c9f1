import { useState } from 'react';
import { Button, Dialog, SelectField } from '@/components/ui';
import { advanceClock, resetWorkspace, useCurrentWorkspace } from '@/lib/kms-runtime';
import { LAB_REGIONS, notifyLabChanged, useSimNow, type LabPrincipal } from '@/lib/lab';
import { useConsoleStore } from '../console-store';
import { useLab } from '../use-lab';

const DAY = 24 * 60 * 60 * 1000;

const CLOCK_STEPS = [
  { label: '+1 day', ms: DAY },
  { label: '+30 days', ms: 30 * DAY },
  { label: '+1 year', ms: 365 * DAY },
];

/**
 * Always visible above the lab: the region and principal every call uses (both change what a call
 * may do, and the envelope page uses them too), the simulated date with controls to move it forward,
 * and Reset.
 */
export function LabToolbar({ principals }: { principals: LabPrincipal[] }) {
  const { region, accessKeyId, setSearch } = useLab();
  const now = useSimNow();
  const known = principals.some((p) => p.accessKeyId === accessKeyId);
  return (
    <section
      aria-label="Lab settings"
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 md:grid-cols-[1fr_1fr_auto] dark:border-slate-700 dark:bg-slate-900"
    >
      <SelectField
        compact
        id="lab-region"
        label="Region"
        value={region}
        onChange={(r) => setSearch({ region: r })}
        options={LAB_REGIONS.map((r) => ({ value: r.id, label: `${r.id}: ${r.name}` }))}
      />
      <SelectField
        compact
        id="lab-principal"
        label="Acting as"
        value={accessKeyId}
        onChange={(as) => setSearch({ as })}
        options={[
          ...principals.map((p) => ({ value: p.accessKeyId, label: p.label })),
          // An access key from an old link or a reset lab: shown as what it is, so the select does not lie.
          ...(known ? [] : [{ value: accessKeyId, label: `unknown access key ${accessKeyId}` }]),
        ]}
      />
      <div className="flex min-w-0 flex-col gap-1">
        <span className="text-sm font-semibold" id="lab-clock-label">
          Simulated date
        </span>
        <div role="group" aria-labelledby="lab-clock-label" className="flex flex-wrap items-center gap-2">
          <time dateTime={new Date(now).toISOString()} className="font-mono text-sm" aria-live="polite">
            {new Date(now).toISOString().slice(0, 10)}
          </time>
          {CLOCK_STEPS.map((step) => (
            <Button key={step.label} size="sm" onClick={() => advanceClock(step.ms)}>
              {step.label}
            </Button>
          ))}
          <ResetLab />
        </div>
      </div>
    </section>
  );
}

/**
 * Starts the lab over after an explicit confirmation: keys, users, grants, audit trail and clock. In a
 * lab challenge, its workspace goes back to the challenge's starting state instead of empty.
 */
function ResetLab() {
  const challenge = useCurrentWorkspace() !== 'own';
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const clear = useConsoleStore((s) => s.clear);
  const { setSearch } = useLab();
  const reset = async () => {
    setBusy(true);
    await resetWorkspace();
    clear();
    setSearch({ as: undefined });
    notifyLabChanged();
    setBusy(false);
    setConfirming(false);
  };
  return (
    <>
      <Button variant="danger-outline" size="sm" onClick={() => setConfirming(true)}>
        Reset lab…
      </Button>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={challenge ? 'Reset this lab challenge?' : 'Reset the lab?'}
        alert
      >
        <p>
          {challenge
            ? 'This puts the lab challenge back to its starting state: everything you did in it is deleted. Your own lab, other challenges and your progress are kept.'
            : 'This deletes every key, IAM user and role, grant and audit event in this browser, and puts the simulated clock back to today. It cannot be undone.'}
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="danger" disabled={busy} onClick={() => void reset()}>
            {busy ? 'Resetting…' : 'Yes, reset'}
          </Button>
          <Button data-autofocus onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      </Dialog>
    </>
  );
}
