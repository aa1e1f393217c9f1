import { describe, expect, it } from 'vitest';
import { findScenario } from '@/scenarios/registry';
import { MissingScenarioError, runScenario } from '@/features/scenarios/run-scenario';

// Node has no Worker, so this exercises the in-thread fallback the page uses when a worker cannot start.
describe('runScenario without a Worker', () => {
  it('runs the scenario in this thread and gives the same steps as the scenario itself', async () => {
    expect(typeof Worker).toBe('undefined');
    const run = await runScenario('direct-encrypt');
    const direct = await findScenario('direct-encrypt')!.run();
    expect(run.steps.map((s) => s.title)).toEqual(direct.steps.map((s) => s.title));
    expect(run.steps.length).toBeGreaterThan(3);
  });

  it('rejects an unknown id with MissingScenarioError', async () => {
    await expect(runScenario('no-such-scenario')).rejects.toBeInstanceOf(MissingScenarioError);
  });
});
