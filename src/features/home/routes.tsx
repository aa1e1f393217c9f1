import { type AnyRootRoute, createRoute } from '@tanstack/react-router';
import { HomePage } from './home-page';

/** The home page's route, under the app's root route (composed in src/router.tsx). */
export function homeRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  const homeRoute = createRoute({ getParentRoute: () => parent, path: '/', component: HomePage });

  return [homeRoute] as const;
}
