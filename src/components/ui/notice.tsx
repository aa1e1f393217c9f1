import type { ReactNode } from 'react';

/** What a notice says about the situation; the colour follows, and is never the only signal. */
export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

// Text is the 950 shade on the 50 background (light) and the 50 shade on the 950 background (dark):
// at least 12:1 in every tone, so links and small text inside stay readable too.
const TONES: Record<NoticeTone, string> = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50',
  success: 'border-green-300 bg-green-50 text-green-950 dark:border-green-700 dark:bg-green-950 dark:text-green-50',
  warning: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50',
};

/**
 * A boxed message with an optional title. Errors and warnings get `role="alert"`, so a screen reader
 * reads them out when they appear; info and success stay quiet unless `announce` is set, which makes
 * them a polite `role="status"` (for a result the learner just asked for).
 */
export function Notice({
  tone = 'info',
  title,
  announce = false,
  compact = false,
  className = '',
  children,
}: {
  tone?: NoticeTone;
  title?: ReactNode;
  /** For info and success: announce politely (role="status") when it appears. */
  announce?: boolean;
  /** Less padding, for a notice inside a form or a list. */
  compact?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : announce ? 'status' : undefined;
  return (
    <div role={role} className={`rounded-lg border ${compact ? 'p-3' : 'p-4'} ${TONES[tone]} ${className}`.trim()}>
      {title && <p className="font-semibold">{title}</p>}
      {children !== undefined && <div className={title ? 'mt-1' : undefined}>{children}</div>}
    </div>
  );
}
