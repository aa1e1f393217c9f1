import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Notice } from '@/components/ui';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a shown error is cleared so navigation recovers. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
}

/**
 * Catches render errors below it and shows what happened and what to do, instead of a blank page.
 * The learner's stored data is untouched by a render error, and the message says so.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept local: the app sends nothing anywhere. The console is where a developer looks.
    console.error('KMS Lab caught a render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

/** The message shown for an unexpected error, shared by the boundary and the router's error page. */
export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <Notice tone="error">
      <h1 tabIndex={-1} className="text-2xl font-bold">
        Something went wrong on this page
      </h1>
      <p className="mt-2">
        This is a bug in KMS Lab, not something you did. Your progress, keys and imported banks are stored separately and have not been
        changed.
      </p>
      <p className="mt-2 font-mono text-sm break-words">{error.message || String(error)}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        {onRetry && (
          <Button variant="primary" onClick={onRetry}>
            Try again
          </Button>
        )}
        <Button href="/">Go to the home page</Button>
      </div>
    </Notice>
  );
}
