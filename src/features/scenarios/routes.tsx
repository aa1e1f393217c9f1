import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { ScenarioPage } from './scenario-page';

/** `?step=` is 1-based in the URL (what a person would type); the page clamps it to the scenario. */
export interface ScenarioSearch {
  step?: number;
}

export function validateScenarioSearch(search: Record<string, unknown>): ScenarioSearch {
  const raw = search.step;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(n) && n >= 1 ? { step: Math.trunc(n) } : {};
}

// The list is its own chunk; a scenario's page is only its heading (from the light catalog) and
// lazy-loads the run, so the home page never loads the simulator or React Flow.
const scenarioListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scenarios',
  component: lazyRouteComponent(() => import('./scenario-list-page'), 'ScenarioListPage'),
});

export const scenarioRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/scenarios/$scenarioId',
  validateSearch: validateScenarioSearch,
  component: ScenarioPage,
});

export const scenarioRoutes = [scenarioListRoute, scenarioRoute] as const;
