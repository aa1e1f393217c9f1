import type { ReactNode } from 'react';

/** Shared looks for the quiz pages, so buttons and notices are consistent in both themes. */
export const buttonPrimary =
  'inline-flex items-center justify-center rounded bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-300 dark:text-slate-950';
export const buttonSecondary =
  'inline-flex items-center justify-center rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 no-underline hover:bg-slate-100 hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

// Notice and Badge now live in the shared UI kit (src/components/ui); re-exported here so
// the quiz pages keep working until they import the kit directly.
export { Badge, Notice } from '@/components/ui';

/**
 * The placeholder while banks and progress load. Tall on purpose: the page that replaces it is
 * long, and a short placeholder would make the footer jump (layout shift) when it arrives.
 */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="min-h-[80vh]">
      {children}
    </p>
  );
}
