import type { ReactNode } from 'react';

/** The colour of a badge; pair it with words, since colour alone says nothing to many readers. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

// 900/950 text on a 100/200 background, and the reverse in dark: 7:1 or more, for 12 px text.
const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50',
  info: 'bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50',
  success: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50',
  warning: 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50',
  danger: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50',
};

/** A small rounded label: a key state, a bank, a topic, "coming". */
export function Badge({ tone = 'neutral', className = '', children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONES[tone]} ${className}`.trim()}>{children}</span>
  );
}
