import type { ReactNode } from 'react';

/** A page's single h1 (focus target after navigation) and an optional lead paragraph. */
export function PageHeading({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 tabIndex={-1} className="text-3xl font-bold tracking-tight outline-none sm:text-4xl">
        {title}
      </h1>
      {lead && <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{lead}</p>}
    </header>
  );
}
