import { useId, type ReactNode } from 'react';

/** One titled block of the envelope page, labelled by its heading (a landmark region). */
export function Panel({ title, className = '', children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`rounded-lg border border-slate-300 p-4 sm:p-5 dark:border-slate-700 ${className}`.trim()}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Secondary text under a control or a section. */
export const hintClass = 'text-sm text-slate-700 dark:text-slate-300';
