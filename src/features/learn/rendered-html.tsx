import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import '@/components/markdown/prose.css';
import './learn.css';

/**
 * Shows sanitised, annotated HTML (a guide section or a learner's note). Links the annotation added
 * to pages of this app carry `data-internal`; a click on one navigates inside the app instead of
 * reloading it. Other links (AWS documentation) open in a new tab as the sanitiser set them up.
 */
export function RenderedHtml({ html, className }: { html: string; className?: string }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a[data-internal]');
    const href = link?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    void navigate({ href });
  };
  // The click handler only catches clicks bubbling from the links inside; the links themselves are
  // the keyboard path (Enter on a link fires the same click).
  return <div className={`md-prose ${className ?? ''}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
