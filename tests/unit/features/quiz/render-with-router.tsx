import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { RouterProvider, createMemoryHistory, createRootRoute, createRoute, createRouter } from '@tanstack/react-router';

/** Renders a component at `path` (a query string is passed on to the route) inside a minimal router, so <Link> works in component tests. */
export async function renderWithRouter(ui: () => ReactElement, path = '/') {
  const rootRoute = createRootRoute();
  const routes = ['/', '/quiz', '/quiz/practice', '/quiz/exam', '/quiz/review', '/quiz/drill', '/quiz/banks', '/progress'].map((p) =>
    createRoute({ getParentRoute: () => rootRoute, path: p, component: p === path.split('?')[0] ? ui : () => null }),
  );
  const router = createRouter({ routeTree: rootRoute.addChildren(routes), history: createMemoryHistory({ initialEntries: [path] }) });
  await router.load();
  return render(<RouterProvider router={router as never} />);
}
