import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { SourcesPage } from './sources-page';

export const sourcesRoutes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/sources', component: SourcesPage }),
] as const;
