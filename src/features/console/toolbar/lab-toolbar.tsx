import { useState } from 'react';
import { advanceClock, currentWorkspaceId, resetWorkspace } from '@/lib/kms-runtime';
import { SelectField } from '../components/field';
import { useConsoleStore } from '../console-store';
import { LAB_REGIONS } from '../lab-search';
import { useLab, useSimNow, type LabPrincipal } from '../use-lab';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Always visible above the lab: the region and principal every call uses (both change what a call
 * may do), the simulated date with controls to move it forward, and Reset.
 */
export function LabToolbar({ principals }: { principals: LabPrincipal[] }) {
  const { region, accessKeyId, setSearch } = useLab();
  const now = useSimNow();
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
        className="w-full"
      />
      <SelectField
        compact
        id="lab-principal"
        label="Acting as"
        value={accessKeyId}
        onChange={(as) => setSearch({ as })}
        options={principals.map((p) => ({ value: p.accessKeyId, label: p.label }))}
        className="w-full"
      />
      <div className="flex min-w-0 flex-col gap-1">
        <span className="text-sm font-semibold" id="lab-clock-label">
          Simulated date
        </span>
        <div role="group" aria-labelledby="lab-clock-label" className="flex flex-wrap items-center gap-2">
          <time dateTime={new Date(now).toISOString()} className="font-mono text-sm" aria-live="polite">
            {new Date(now).toISOString().slice(0, 10)}
          </time>
          <button
            type="button"
            onClick={() => advanceClock(DAY)}
            className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
          >
            +1 day
          </button>
          <button
            type="button"
            onClick={() => advanceClock(30 * DAY)}
            className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
          >
            +30 days
          </button>
          <button
            type="button"
            onClick={() => advanceClock(365 * DAY)}
            className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
          >
            +1 year
          </button>
          <ResetLab />
        </div>
      </div>
    </section>
  );
}

/**
 * Starts the lab over after an explicit confirmation: keys, users, grants, audit trail and clock. In a
 * lab challenge, the workspace goes back to the challenge's starting state instead of empty.
 */
function ResetLab() {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const clear = useConsoleStore((s) => s.clear);
  const { setSearch } = useLab();
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded border border-red-700 px-2 py-1 text-sm text-red-800 dark:border-red-400 dark:text-red-300"
      >
        Reset lab…
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="reset-title"
      className="flex flex-wrap items-center gap-2 rounded border border-red-700 p-2 dark:border-red-400"
    >
      <span id="reset-title" className="text-sm">
        {currentWorkspaceId() === 'own'
          ? 'Delete every key, user, grant and audit event, and reset the clock?'
          : 'Put this lab challenge back to its starting state? Everything you did in it is deleted.'}
      </span>
      <button
        type="button"
        autoFocus
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await resetWorkspace();
          clear();
          setSearch({ as: undefined });
          setBusy(false);
          setConfirming(false);
        }}
        className="rounded bg-red-800 px-2 py-1 text-sm font-semibold text-white"
      >
        {busy ? 'Resetting…' : 'Yes, reset'}
      </button>
      <button
        type="button"
        onClick={() => setConfirming(false)}
        className="rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
      >
        Cancel
      </button>
    </div>
  );
}
