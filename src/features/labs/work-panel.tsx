import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { LabDefinition } from '@/labs';
import { setCurrentWorkspace, useCurrentWorkspace } from '@/lib/kms-runtime';
import { Handouts } from './handouts';
import type { useLabSession } from './use-lab-session';
import { Box, Panel, dangerButton, primaryButton, secondaryButton } from './ui';

type Session = ReturnType<typeof useLabSession>;

/** Start the lab, open it in the console (or the envelope page), reset it, and what it hands out. */
export function WorkPanel({ lab, session }: { lab: LabDefinition; session: Session }) {
  const navigate = useNavigate();
  const current = useCurrentWorkspace();
  const { workspace, busy } = session;
  const enter = (to: '/lab' | '/lab/envelope') => {
    setCurrentWorkspace(session.workspaceId);
    void navigate({ to, search: {} });
  };
  return (
    <Panel id="work-title" title="Work on it">
      {workspace.status === 'loading' && <p role="status">Opening the lab’s simulated account…</p>}
      {workspace.status === 'error' && <Box tone="error">{workspace.message}</Box>}
      {workspace.status === 'not-started' && (
        <>
          <p className="mb-3">
            Starting sets up this lab’s own simulated account: its keys, users and roles, and the history in its audit trail. Your own lab
            in the console is not touched.
          </p>
          <button type="button" className={primaryButton} disabled={!!busy} onClick={() => void session.start()}>
            {busy === 'starting' ? 'Setting the lab up…' : 'Start the lab'}
          </button>
        </>
      )}
      {workspace.status === 'ready' && (
        <>
          {workspace.outdated && (
            <Box tone="warning" className="mb-3">
              This lab’s starting state has changed since you set it up. Reset it to work on the current version (the checker expects it).
            </Box>
          )}
          <p className="mb-3">
            Work in the console as you would in AWS: it opens on this lab’s account, with a banner to check your work or leave.
            {current === session.workspaceId && ' The console is working in this lab now.'}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={primaryButton} onClick={() => enter('/lab')}>
              Open in the console
            </button>
            <button type="button" className={secondaryButton} onClick={() => enter('/lab/envelope')}>
              Open the envelope encryption page
            </button>
            <ResetLab busy={busy === 'resetting'} onReset={session.reset} />
          </div>
          <Handouts lab={lab} facts={workspace.state.facts} />
        </>
      )}
      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        New to the console? The <Link to="/scenarios">scenarios</Link> show each operation step by step.
      </p>
    </Panel>
  );
}

/** Reset, after an explicit confirmation: the lab's account goes back to its starting state. */
function ResetLab({ busy, onReset }: { busy: boolean; onReset: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className={dangerButton} onClick={() => setConfirming(true)}>
        Reset the lab…
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="lab-reset-title"
      className="flex w-full flex-wrap items-center gap-2 rounded border border-red-700 p-3 dark:border-red-400"
    >
      <span id="lab-reset-title">
        Put this lab back to its starting state? Everything you did in it is deleted; your progress and other labs are kept.
      </span>
      <button
        type="button"
        autoFocus
        disabled={busy}
        className="rounded bg-red-800 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
        onClick={async () => {
          await onReset();
          setConfirming(false);
        }}
      >
        {busy ? 'Resetting…' : 'Yes, reset the lab'}
      </button>
      <button type="button" className={secondaryButton} onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
