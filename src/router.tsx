import { createRouter } from '@tanstack/react-router';
import { rootRoute } from './app/root-route';
import { consoleRoutes } from './features/console';
import { envelopeRoutes } from './features/envelope';
import { homeRoutes } from './features/home';
import { labsRoutes } from './features/labs';
import { learnRoutes } from './features/learn';
import { quizRoutes } from './features/quiz';
import { scenarioRoutes } from './features/scenarios';
import { sourcesRoutes } from './features/sources';

// Composition only: each feature owns its routes (and lazy-loads its heavy parts) and hangs them
// under the root given here, so no feature imports the app shell.
const routeTree = rootRoute.addChildren([
  ...homeRoutes(rootRoute),
  ...consoleRoutes(rootRoute),
  ...envelopeRoutes(rootRoute),
  ...scenarioRoutes(rootRoute),
  ...labsRoutes(rootRoute),
  ...quizRoutes(rootRoute),
  ...learnRoutes(rootRoute),
  ...sourcesRoutes(rootRoute),
]);

/** Builds the app's router; tests call it with a memory history. */
export function createAppRouter(options: Partial<Parameters<typeof createRouter>[0]> = {}) {
  // options first: spreading a Partial after routeTree would widen its type and switch off typed links.
  return createRouter({ ...options, routeTree, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
