import { startTransition, useEffect, useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { runScenario } from './run-scenario';

export type RunState = { status: 'loading' } | { status: 'ready'; run: ScenarioRun } | { status: 'failed'; message: string };

// Runs are deterministic for a seed, so one run per scenario per page load is enough.
const cache = new Map<string, Promise<ScenarioRun>>();

/**
 * Runs a scenario on a fresh simulated KMS (once per page load, in a Web Worker) and reports its
 * steps. The page checks the id against the catalog first; an id the simulator does not know fails.
 */
export function useScenarioRun(scenarioId: string): RunState {
  // The state names the scenario it belongs to, so another scenario reads as loading until its run arrives.
  const [result, setResult] = useState<{ id: string; state: RunState }>({ id: scenarioId, state: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    let pending = cache.get(scenarioId);
    if (!pending) {
      pending = runScenario(scenarioId);
      cache.set(scenarioId, pending);
      pending.catch(() => cache.delete(scenarioId));
    }
    pending.then(
      // A transition lets React render the diagram in slices of a few milliseconds, yielding to
      // input in between, instead of one long task (Lighthouse's total blocking time on phones).
      (run) => live && startTransition(() => setResult({ id: scenarioId, state: { status: 'ready', run } })),
      (err: unknown) =>
        live && setResult({ id: scenarioId, state: { status: 'failed', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
  }, [scenarioId]);
  return result.id === scenarioId ? result.state : { status: 'loading' };
}
