import { type AnyRootRoute, createRoute } from '@tanstack/react-router';
import { SourcesPage } from './sources-page';

/** The sources page's route, under the app's root route (composed in src/router.tsx). */
export function sourcesRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  return [createRoute({ getParentRoute: () => parent, path: '/sources', component: SourcesPage })] as const;
}
