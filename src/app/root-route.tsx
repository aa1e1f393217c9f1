import { createRootRoute } from '@tanstack/react-router';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

/** The root of every route: the shell (header, main, footer) around the matched page. */
export const rootRoute = createRootRoute({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});
