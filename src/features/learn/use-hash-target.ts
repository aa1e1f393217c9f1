import { useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * Scrolls to the element the URL's #hash names once the page has rendered it, and moves focus there
 * (a section heading or a flagged sentence), after the shell has focused the page's h1.
 */
export function useHashTarget(ready: boolean) {
  const hash = useLocation({ select: (l) => l.hash });
  useEffect(() => {
    if (!ready || !hash) return;
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(hash);
      if (!target) return;
      const focusable = target.matches('[tabindex]') ? target : target.querySelector<HTMLElement>('[tabindex="-1"]');
      target.scrollIntoView({ block: 'start' });
      focusable?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, hash]);
}

/** Moves to an element of this page without touching the URL's route (for in-page "jump to" links). */
export function jumpTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
