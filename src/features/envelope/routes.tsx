import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';

// The page pulls in the AWS SDK and the simulator, so it is loaded only when visited.
export const envelopeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lab/envelope',
  component: lazyRouteComponent(() => import('./envelope-page'), 'EnvelopePage'),
});

export const envelopeRoutes = [envelopeRoute] as const;
