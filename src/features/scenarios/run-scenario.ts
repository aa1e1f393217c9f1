import type { ScenarioRun } from '@/scenarios';
import type { ScenarioWorkerReply } from './scenario-run.worker';

/** Thrown when no scenario has the id. */
export class MissingScenarioError extends Error {
  constructor(id: string) {
    super(`There is no scenario called "${id}".`);
    this.name = 'MissingScenarioError';
  }
}

/** Runs the scenario in this thread (tests under jsdom, or a browser that cannot start the worker). */
async function runHere(id: string): Promise<ScenarioRun> {
  const { findScenario } = await import('@/scenarios/registry');
  const def = findScenario(id);
  if (!def) throw new MissingScenarioError(id);
  return def.run();
}

/**
 * Runs a scenario on a fresh simulated KMS in a Web Worker, so the page stays responsive while it
 * first paints, and resolves with its steps. Falls back to this thread where workers are missing or
 * the worker cannot start; a scenario that fails inside the worker fails here too.
 */
export function runScenario(id: string): Promise<ScenarioRun> {
  if (typeof Worker === 'undefined') return runHere(id);
  return new Promise<ScenarioRun>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./scenario-run.worker.ts', import.meta.url), { type: 'module', name: 'kmslab-scenario' });
    } catch {
      runHere(id).then(resolve, reject);
      return;
    }
    worker.onmessage = (event: MessageEvent<ScenarioWorkerReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.run);
      else reject(reply.missing ? new MissingScenarioError(id) : new Error(reply.message));
    };
    worker.onerror = (event) => {
      // The worker script itself failed to load or run: do the work here instead.
      event.preventDefault();
      worker.terminate();
      runHere(id).then(resolve, reject);
    };
    worker.postMessage({ id });
  });
}
