import { useCallback, useEffect, useState } from 'react';
import type { LabCondition, LabDefinition } from '@/labs';
import { readLabState, takeSnapshot, type LabState } from '@/labs/registry';
import { getWorkspace, labWorkspaceId, loadWorkspace, resetWorkspace } from '@/lib/kms-runtime';
import { labEvents } from './lab-progress';

/** Where the lab's workspace is. */
export type WorkspaceStatus =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'not-started' }
  | { status: 'ready'; state: LabState; outdated: boolean };

/** The last check: every condition, and when it ran. */
export interface CheckResult {
  conditions: LabCondition[];
  at: number;
}

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

const storageProblem = (e: unknown) =>
  `The lab's simulated account could not be opened (${describe(e)}). Your browser may block site storage (IndexedDB), for example in a private window; allow it and reload.`;

/**
 * One lab's workspace from its page: whether it is set up, starting it, resetting it to the starting
 * state, and checking the learner's work (a snapshot of the workspace graded by the lab's checker).
 */
export function useLabSession(lab: LabDefinition) {
  const workspaceId = labWorkspaceId(lab.id);
  const [workspace, setWorkspace] = useState<WorkspaceStatus>({ status: 'loading' });
  const [busy, setBusy] = useState<'starting' | 'resetting' | 'checking'>();
  const [result, setResult] = useState<CheckResult>();

  const show = useCallback(
    (state: LabState | undefined) => {
      setWorkspace(state ? { status: 'ready', state, outdated: state.version !== lab.version } : { status: 'not-started' });
    },
    [lab.version],
  );

  useEffect(() => {
    let live = true;
    // Reading does not set the lab up: a lab is only created in this browser when the learner starts it.
    const ws = getWorkspace(workspaceId);
    ws.kms
      .ready()
      .then(() => readLabState(lab.id, ws))
      .then(
        (state) => live && show(state),
        (e: unknown) => live && setWorkspace({ status: 'error', message: storageProblem(e) }),
      );
    return () => {
      live = false;
    };
  }, [lab.id, workspaceId, show]);

  const run = useCallback(async (what: 'starting' | 'resetting' | 'checking', action: () => Promise<void>) => {
    setBusy(what);
    try {
      await action();
    } catch (e) {
      setWorkspace({ status: 'error', message: storageProblem(e) });
    } finally {
      setBusy(undefined);
    }
  }, []);

  const start = useCallback(
    () =>
      run('starting', async () => {
        const ws = await loadWorkspace(workspaceId);
        show(await readLabState(lab.id, ws));
        labEvents.started(lab.id);
      }),
    [run, workspaceId, lab.id, show],
  );

  const reset = useCallback(
    () =>
      run('resetting', async () => {
        await resetWorkspace(workspaceId);
        setResult(undefined);
        show(await readLabState(lab.id, getWorkspace(workspaceId)));
      }),
    [run, workspaceId, lab.id, show],
  );

  const check = useCallback(
    () =>
      run('checking', async () => {
        const ws = await loadWorkspace(workspaceId);
        const conditions = lab.check(await takeSnapshot(lab.id, ws));
        setResult({ conditions, at: Date.now() });
        if (conditions.length > 0 && conditions.every((c) => c.held)) labEvents.solved(lab.id);
      }),
    [run, workspaceId, lab],
  );

  return { workspaceId, workspace, busy, result, start, reset, check };
}
