import type { ReactNode } from 'react';

/** A titled block of the key page. */
export function Section({ id, title, children, intro }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {intro && <div className="max-w-3xl text-slate-700 dark:text-slate-300">{intro}</div>}
      {children}
    </section>
  );
}

export const button =
  'rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
export const primaryButton = 'rounded bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50';
