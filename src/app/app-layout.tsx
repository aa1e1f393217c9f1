import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { SiteHeader } from './site-header';
import { SiteFooter } from './site-footer';
import { ErrorBoundary } from './error-boundary';
import { UpdatePrompt } from './update-prompt';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { buttonClass } from '@/components/ui';

/** Header, main landmark and footer around every page, with a skip link and focus on route change. */
export function AppLayout() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // The location the rendered page belongs to: it changes only once a (lazy) page has loaded.
  const shownPathname = useRouterState({ select: (s) => s.resolvedLocation?.pathname ?? s.location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // The service worker's registration (and its workbox-window chunk) waits until the page has
  // painted: it is for the next visit, and must not compete with this one's first paint.
  const painted = useAfterFirstPaint();

  // After client-side navigation, move focus to the new page's h1 so screen-reader and keyboard users
  // start at its content instead of staying on the link they clicked. A lazy page can render its h1 a
  // moment after the route resolves: until then focus waits on <main>, and moves to the h1 when it
  // appears, unless the learner has moved focus elsewhere meanwhile.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusHeading = () => {
      const heading = main.querySelector('h1');
      if (!(heading instanceof HTMLElement)) return false;
      heading.focus({ preventScroll: false });
      return true;
    };
    if (focusHeading()) return;
    main.focus({ preventScroll: false });
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [shownPathname]);

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className={`${buttonClass({ variant: 'primary' })} sr-only z-50 focus:not-sr-only focus:absolute focus:top-2 focus:left-2`}
      >
        Skip to content
      </a>
      {/* The service worker's status lives in the header: a note there never covers the page. */}
      <SiteHeader status={painted && <UpdatePrompt />} />
      {/* At least a screen tall, so the footer starts below the fold: a lazy page arriving a moment after
          the shell then pushes nothing visible down (no layout shift). */}
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="mx-auto min-h-screen w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8"
      >
        <ErrorBoundary resetKey={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </div>
  );
}
