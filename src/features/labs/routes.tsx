import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** `?check=true` runs the checker as soon as the lab page opens (the console banner's "Check my work"). */
export interface ChallengeSearch {
  check?: boolean;
}

export function validateChallengeSearch(search: Record<string, unknown>): ChallengeSearch {
  return search.check === true || search.check === 'true' ? { check: true } : {};
}

/** The Labs area's routes, under the app's root route (composed in src/router.tsx). */
export function labsRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  // The list reads only the light catalog; a lab's page loads the definitions and the simulator.
  const labsRoute = createRoute({
    getParentRoute: () => parent,
    path: '/labs',
    component: lazyRouteComponent(() => import('./labs-page'), 'LabsPage'),
  });

  const challengeRoute = createRoute({
    getParentRoute: () => parent,
    path: '/labs/$labId',
    validateSearch: validateChallengeSearch,
    component: lazyRouteComponent(() => import('./challenge-page'), 'ChallengePage'),
  });

  return [labsRoute, challengeRoute] as const;
}
