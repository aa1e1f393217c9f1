import { createRouter } from '@tanstack/react-router';
import { rootRoute } from './app/root-route';
import { homeRoutes } from './features/home/routes';
import { consoleRoutes } from './features/console/routes';
import { envelopeRoutes } from './features/envelope/routes';
import { scenarioRoutes } from './features/scenarios/routes';
import { quizRoutes } from './features/quiz/routes';
import { sourcesRoutes } from './features/sources/routes';

// Composition only: each feature owns its routes (and lazy-loads its heavy parts).
const routeTree = rootRoute.addChildren([
  ...homeRoutes,
  ...consoleRoutes,
  ...envelopeRoutes,
  ...scenarioRoutes,
  ...quizRoutes,
  ...sourcesRoutes,
]);

/** Builds the app's router; tests call it with a memory history. */
export function createAppRouter(options: Partial<Parameters<typeof createRouter>[0]> = {}) {
  return createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true, ...options });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
