import { useEffect, useState } from 'react';
import type { ScenarioRun } from '@/scenarios/types';
import { findScenario } from '@/scenarios/registry';

export type RunState = { status: 'loading' } | { status: 'ready'; run: ScenarioRun } | { status: 'missing' } | { status: 'failed'; message: string };

// Runs are deterministic for a seed, so one run per scenario per page load is enough.
const cache = new Map<string, Promise<ScenarioRun>>();

/** Runs a scenario on a fresh simulated KMS (once per page load) and reports its steps. */
export function useScenarioRun(scenarioId: string): RunState {
  const [state, setState] = useState<RunState>({ status: 'loading' });
  useEffect(() => {
    const def = findScenario(scenarioId);
    if (!def) {
      setState({ status: 'missing' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    let pending = cache.get(scenarioId);
    if (!pending) {
      pending = def.run();
      cache.set(scenarioId, pending);
      pending.catch(() => cache.delete(scenarioId));
    }
    pending.then(
      (run) => live && setState({ status: 'ready', run }),
      (err: unknown) => live && setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [scenarioId]);
  return state;
}
