import { Badge } from '@/components/ui';
import type { StepCopy } from './envelope-steps';
import type { JobView, StepState } from './use-envelope-job';

const MARK: Record<StepState, { symbol: string; text: string; className: string }> = {
  pending: { symbol: '○', text: 'not started', className: 'border-slate-400 text-slate-600 dark:text-slate-300' },
  active: {
    symbol: '…',
    text: 'in progress',
    className: 'border-blue-700 bg-blue-50 text-blue-900 dark:border-sky-300 dark:bg-slate-800 dark:text-sky-200',
  },
  done: {
    symbol: '✓',
    text: 'done',
    className: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-200',
  },
  failed: {
    symbol: '✕',
    text: 'failed',
    className: 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-200',
  },
};

/** The envelope diagram as a numbered list, each step marked with what actually happened. */
export function StepList({ steps, job }: { steps: readonly StepCopy[]; job: JobView | null }) {
  return (
    <ol className="space-y-3">
      {steps.map((step, i) => {
        const status = job?.steps[step.id];
        const state: StepState = status?.state ?? 'pending';
        const mark = MARK[state];
        return (
          <li key={step.id} className="flex gap-3">
            <span
              aria-hidden="true"
              className={`mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full border-2 text-sm font-bold ${mark.className}`}
            >
              {state === 'pending' ? i + 1 : mark.symbol}
            </span>
            <div className="min-w-0">
              <p className="font-semibold">
                {i + 1}. {step.title} <Badge className="ml-1 align-middle whitespace-nowrap">{step.where}</Badge>
                <span className="sr-only"> ({mark.text})</span>
              </p>
              <p className="text-sm text-slate-700 dark:text-slate-300">{step.body}</p>
              {status?.note && <p className="mt-1 text-sm font-medium break-words text-slate-900 dark:text-slate-100">{status.note}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
