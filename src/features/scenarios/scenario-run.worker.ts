/// <reference lib="webworker" />
// Runs one scenario on a fresh simulated KMS off the main thread: the simulator's work (key
// generation, blob parsing, policy checks) would otherwise be long tasks while the page first paints.
// The run is plain data (strings and Uint8Arrays), so it crosses back by structured clone.
import { findScenario } from '@/scenarios/registry';
import type { ScenarioRun } from '@/scenarios';

declare const self: DedicatedWorkerGlobalScope;

/** Worker → page: the finished run, or why it failed. */
export type ScenarioWorkerReply = { ok: true; run: ScenarioRun } | { ok: false; missing?: boolean; message: string };

self.onmessage = async (event: MessageEvent<{ id: string }>) => {
  const def = findScenario(event.data.id);
  if (!def) {
    self.postMessage({ ok: false, missing: true, message: `no scenario ${event.data.id}` } satisfies ScenarioWorkerReply);
    return;
  }
  try {
    self.postMessage({ ok: true, run: await def.run() } satisfies ScenarioWorkerReply);
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies ScenarioWorkerReply);
  }
};
