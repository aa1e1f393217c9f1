import type { ReactNode } from 'react';
import { Notice } from '@/components/ui';
import type { AwsErrorInfo } from '@/lib/lab';

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

/**
 * A read of this section that KMS refused (often AccessDenied for the principal acting): AWS's
 * exception and message, quietly, since the learner did not just ask for it.
 */
export function ReadProblem({ what, error }: { what: string; error: AwsErrorInfo }) {
  return (
    <Notice compact className="text-sm">
      {what} could not be read: {error.name}: {error.message}
    </Notice>
  );
}
