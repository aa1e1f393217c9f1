import type { ScenarioDefinition } from './types';

/** Every scenario with its code, in catalog order. */
export const SCENARIOS: readonly ScenarioDefinition[] = [];

/** A scenario by id, or undefined. */
export function findScenario(id: string): ScenarioDefinition | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
