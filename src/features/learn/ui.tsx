import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

// Looks for the learn pages until the shared UI kit (src/components/ui) has buttons and notices.

export const buttonPrimary =
  'inline-flex items-center justify-center rounded bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-300 dark:text-slate-950';
export const buttonSecondary =
  'inline-flex items-center justify-center rounded border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900 no-underline hover:bg-slate-100 hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

const TONES = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50',
} as const;

/** A boxed message; errors are announced when they appear. */
export function LearnNotice({ tone = 'info', children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : undefined} className={`rounded-lg border p-4 ${TONES[tone]}`}>
      {children}
    </div>
  );
}

/** The way back to the guide list, above a learn page's heading (not printed). */
export function BackToGuides() {
  return (
    <p className="mb-2 text-sm print:hidden">
      <Link to="/learn">← All study guides</Link>
    </p>
  );
}
