import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { validateLabSearch } from './lab-search';

export const labRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lab',
  validateSearch: validateLabSearch,
  component: lazyRouteComponent(() => import('./lab-page'), 'LabPage'),
});

export const keyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lab/keys/$keyId',
  validateSearch: validateLabSearch,
  component: lazyRouteComponent(() => import('./keys/key-page'), 'KeyPage'),
});

export const consoleRoutes = [labRoute, keyRoute] as const;
