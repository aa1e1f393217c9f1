import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
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

/** The scenario routes, under the app's root route (composed in src/router.tsx). */
export function scenarioRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  // The list is its own chunk; a scenario's page is only its heading (from the light catalog) and
  // lazy-loads the run, so the home page never loads the simulator or React Flow.
  const scenarioListRoute = createRoute({
    getParentRoute: () => parent,
    path: '/scenarios',
    component: lazyRouteComponent(() => import('./scenario-list-page'), 'ScenarioListPage'),
  });

  const scenarioRoute = createRoute({
    getParentRoute: () => parent,
    path: '/scenarios/$scenarioId',
    validateSearch: validateScenarioSearch,
    component: ScenarioPage,
  });

  // A scenario recorded from a lab session or imported from a file, saved in this browser.
  const recordedRoute = createRoute({
    getParentRoute: () => parent,
    path: '/scenarios/recorded/$recordingId',
    validateSearch: validateScenarioSearch,
    component: lazyRouteComponent(() => import('./recorded/recorded-page'), 'RecordedScenarioPage'),
  });

  return [scenarioListRoute, scenarioRoute, recordedRoute] as const;
}
