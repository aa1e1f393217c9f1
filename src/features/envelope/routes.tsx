import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** The envelope page's route, under the app's root route (composed in src/router.tsx). */
export function envelopeRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  // The page pulls in the AWS SDK and the simulator, so it is loaded only when visited.
  const envelopeRoute = createRoute({
    getParentRoute: () => parent,
    path: '/lab/envelope',
    component: lazyRouteComponent(() => import('./envelope-page'), 'EnvelopePage'),
  });

  return [envelopeRoute] as const;
}
