import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateLabSearch } from './lab-search';

/** The lab console's routes, under the app's root route (composed in src/router.tsx). */
export function consoleRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  const labRoute = createRoute({
    getParentRoute: () => parent,
    path: '/lab',
    validateSearch: validateLabSearch,
    component: lazyRouteComponent(() => import('./lab-page'), 'LabPage'),
  });

  const keyRoute = createRoute({
    getParentRoute: () => parent,
    path: '/lab/keys/$keyId',
    validateSearch: validateLabSearch,
    component: lazyRouteComponent(() => import('./keys/key-page'), 'KeyPage'),
  });

  return [labRoute, keyRoute] as const;
}
