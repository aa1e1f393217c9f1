import { useState, type ReactNode } from 'react';

// The labs pages' looks until the shared UI kit (src/components/ui) has buttons and notices.

/** The main action of a panel. */
export const primaryButton =
  'inline-flex items-center justify-center gap-2 rounded bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-300 dark:text-slate-950';
/** Any other action. */
export const secondaryButton =
  'inline-flex items-center justify-center gap-2 rounded border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900 no-underline hover:bg-slate-100 hover:no-underline disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
/** An action that throws work away. */
export const dangerButton =
  'inline-flex items-center justify-center rounded border border-red-700 bg-white px-3 py-1.5 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-50 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950';

const BOX_TONES = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50',
  success: 'border-green-300 bg-green-50 text-green-950 dark:border-green-700 dark:bg-green-950 dark:text-green-50',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50',
} as const;

/** A boxed message; errors are announced when they appear. */
export function Box({
  tone = 'info',
  children,
  className = '',
}: {
  tone?: keyof typeof BOX_TONES;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role={tone === 'error' ? 'alert' : undefined} className={`rounded-lg border p-4 ${BOX_TONES[tone]} ${className}`}>
      {children}
    </div>
  );
}

/** A small rounded label. */
export function Tag({ children, tone = 'plain' }: { children: ReactNode; tone?: 'plain' | 'done' | 'started' }) {
  const look = {
    plain: 'bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100',
    done: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-50',
    started: 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50',
  }[tone];
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${look}`}>{children}</span>;
}

/** A titled section of the lab page. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Copies a value, and says whether it worked (to screen readers too). */
export function CopyValue({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2500);
  };
  return (
    <button type="button" className={`${secondaryButton} text-sm`} onClick={() => void copy()}>
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text' : label}</span>
    </button>
  );
}
