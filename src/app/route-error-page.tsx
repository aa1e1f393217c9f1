import type { ErrorComponentProps } from '@tanstack/react-router';
import { ErrorMessage } from './error-boundary';

/** Errors thrown while loading or rendering a route (e.g. a lazy chunk that failed to load). */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const err = error instanceof Error ? error : new Error(String(error));
  return <ErrorMessage error={err} onRetry={reset} />;
}
