import type { ReactNode } from 'react';

/** Shared looks for the quiz pages, so buttons and notices are consistent in both themes. */
export const buttonPrimary =
  'inline-flex items-center justify-center rounded bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-300 dark:text-slate-950';
export const buttonSecondary =
  'inline-flex items-center justify-center rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 no-underline hover:bg-slate-100 hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

const TONES = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50',
  success: 'border-green-300 bg-green-50 text-green-950 dark:border-green-700 dark:bg-green-950 dark:text-green-50',
} as const;

/** A boxed message. Errors and warnings use role="alert" so they are read out when they appear. */
export function Notice({ tone = 'info', title, children }: { tone?: keyof typeof TONES; title?: string; children: ReactNode }) {
  return (
    <div role={tone === 'error' || tone === 'warning' ? 'alert' : undefined} className={`rounded-lg border p-4 ${TONES[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      <div className={title ? 'mt-1' : undefined}>{children}</div>
    </div>
  );
}

/** A small rounded label (bank, topic, exam). */
export function Badge({ children }: { children: ReactNode }) {
  return (
    <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-900 dark:bg-slate-700 dark:text-slate-100">
      {children}
    </span>
  );
}

/** A sideways-scrolling box for wide tables on phones; focusable so keyboard users can scroll it. */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}

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
