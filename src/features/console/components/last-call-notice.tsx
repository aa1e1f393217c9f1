import { useEffect, useState } from 'react';
import { useConsoleStore } from '../console-store';

/**
 * True while the "What ran" section (the full result, with its CLI and SDK code) is on screen: the
 * notice then has nothing to add and would only cover that code.
 */
function useResultInView(): boolean {
  const [inView, setInView] = useState(false);
  const latestId = useConsoleStore((s) => s.calls[0]?.id);
  useEffect(() => {
    const section = document.getElementById('activity-title')?.closest('section');
    if (!section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setInView(entries.some((e) => e.isIntersecting)));
    observer.observe(section);
    return () => observer.disconnect();
  }, [latestId]);
  return inView;
}

/**
 * A one-line summary of the latest call, fixed to the bottom of the screen and announced politely,
 * so an action far down a page (disable, rotate, save policy) always shows whether it worked. It stays
 * away while the result itself is on screen, so it never covers the CLI and SDK code.
 */
export function LastCallNotice() {
  const latest = useConsoleStore((s) => s.calls[0]);
  const resultInView = useResultInView();
  const [hiddenId, setHiddenId] = useState<number>();
  // Fades out after a while so it never sits over the page for good; the full result stays below.
  useEffect(() => {
    if (!latest) return;
    const id = latest.id;
    const timer = setTimeout(() => setHiddenId(id), 8000);
    return () => clearTimeout(timer);
  }, [latest]);
  const shown = latest && latest.id !== hiddenId ? latest : undefined;
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-3 z-40 flex justify-center px-3">
      {shown && (
        <p
          key={shown.id}
          // Still announced, but not drawn, while the result is on screen.
          className={`${resultInView ? 'sr-only' : 'pointer-events-auto'} max-w-xl rounded-lg border px-4 py-2 text-sm shadow-lg ${
            shown.error
              ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50'
              : 'border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-50'
          }`}
        >
          <strong>{shown.operation}</strong> {shown.error ? `failed: ${shown.error.name}` : 'succeeded'}.{' '}
          <a href="#activity-title" className="font-semibold text-inherit underline dark:text-inherit">
            Details and commands
          </a>{' '}
          <button type="button" onClick={() => setHiddenId(shown.id)} className="ml-2 underline" aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
    </div>
  );
}
