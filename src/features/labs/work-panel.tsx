import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Dialog, Notice } from '@/components/ui';
import type { LabDefinition } from '@/labs';
import { setCurrentWorkspace, useCurrentWorkspace } from '@/lib/kms-runtime';
import { Handouts } from './handouts';
import type { useLabSession } from './use-lab-session';
import { Panel } from './ui';

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
      {workspace.status === 'error' && <Notice tone="error">{workspace.message}</Notice>}
      {workspace.status === 'not-started' && (
        <>
          <p className="mb-3">
            Starting sets up this lab’s own simulated account: its keys, users and roles, and the history in its audit trail. Your own lab
            in the console is not touched.
          </p>
          <Button variant="primary" disabled={!!busy} onClick={() => void session.start()}>
            {busy === 'starting' ? 'Setting the lab up…' : 'Start the lab'}
          </Button>
        </>
      )}
      {workspace.status === 'ready' && (
        <>
          {workspace.outdated && (
            <Notice tone="warning" className="mb-3">
              This lab’s starting state has changed since you set it up. Reset it to work on the current version (the checker expects it).
            </Notice>
          )}
          <p className="mb-3">
            Work in the console as you would in AWS: it opens on this lab’s account, with a banner to check your work or leave.
            {current === session.workspaceId && ' The console is working in this lab now.'}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => enter('/lab')}>
              Open in the console
            </Button>
            <Button onClick={() => enter('/lab/envelope')}>Open the envelope encryption page</Button>
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
  return (
    <>
      <Button variant="danger-outline" onClick={() => setConfirming(true)}>
        Reset the lab…
      </Button>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title="Reset this lab?" alert>
        <p>
          This puts the lab back to its starting state: everything you did in it is deleted. Your progress, your own lab and other labs are
          kept.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button
            variant="danger"
            disabled={busy}
            onClick={async () => {
              await onReset();
              setConfirming(false);
            }}
          >
            {busy ? 'Resetting…' : 'Yes, reset the lab'}
          </Button>
          <Button data-autofocus onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      </Dialog>
    </>
  );
}
