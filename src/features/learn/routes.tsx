import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** `?note=` selects a stored note on the notes page. */
export interface NotesSearch {
  note?: string;
}

export function validateNotesSearch(search: Record<string, unknown>): NotesSearch {
  return typeof search.note === 'string' && search.note ? { note: search.note } : {};
}

/** The study area's routes, under the app's root route (composed in src/router.tsx). */
export function learnRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  // Every page is its own chunk, and the guides are virtual modules only these pages import, so the
  // home page loads no guide text, no note renderer and no stale-claim list.
  const learnRoute = createRoute({
    getParentRoute: () => parent,
    path: '/learn',
    component: lazyRouteComponent(() => import('./learn-index-page'), 'LearnIndexPage'),
  });

  const changesRoute = createRoute({
    getParentRoute: () => parent,
    path: '/learn/changes',
    component: lazyRouteComponent(() => import('./changes-page'), 'ChangesPage'),
  });

  const notesRoute = createRoute({
    getParentRoute: () => parent,
    path: '/learn/notes',
    validateSearch: validateNotesSearch,
    component: lazyRouteComponent(() => import('./notes-page'), 'NotesPage'),
  });

  // The guide's text is its own small chunk, loaded with the page (and on hover, by preloading). The
  // loader goes through the page's chunk, so the app's entry never references the guides.
  const guideRoute = createRoute({
    getParentRoute: () => parent,
    path: '/learn/$topic',
    loader: async ({ params }) => (await import('./guide-page')).loadGuide(params.topic),
    component: lazyRouteComponent(() => import('./guide-page'), 'GuidePage'),
  });

  return [learnRoute, changesRoute, notesRoute, guideRoute] as const;
}
