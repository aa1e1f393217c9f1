import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '@/components/ui';

// Whether a service worker already controlled this page when it loaded (the plugin decides the same way
// whether to reload itself after an update).
const controlledAtLoad = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);

/**
 * Says when the app is ready offline, and when a new version is waiting. "Ready offline" is good news,
 * not a decision: a small note under the header, over the page's top margin (never over content), that
 * goes away by itself. A new version waits for the learner's choice in a corner, and is only activated
 * when the learner chooses, never silently in the middle of an exam. Rendered inside the site header.
 */
export function UpdatePrompt() {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);
  if (!offlineReady && !needRefresh) return null;

  function reloadIntoNewVersion() {
    // The plugin reloads only when this page was already controlled when it loaded. When the first
    // install and the update happen in one visit it would not, so reload once the new worker takes over.
    if (!controlledAtLoad) {
      navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    }
    void updateServiceWorker(true);
  }
  if (!needRefresh) {
    return (
      <p
        role="status"
        className="absolute top-full right-4 z-20 mt-0.5 rounded-full border border-green-700 bg-green-50 px-3 text-xs leading-5 text-green-950 sm:right-6 dark:border-green-400 dark:bg-green-950 dark:text-green-50"
      >
        <span aria-hidden="true">✓ </span>KMS Lab is ready to work offline.
      </p>
    );
  }
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-50 max-w-sm rounded-lg border border-slate-300 bg-white p-4 shadow-lg max-sm:left-4 dark:border-slate-600 dark:bg-slate-900"
    >
      <p>A new version of KMS Lab is ready. Reload when you are not in the middle of an exam; your progress is kept.</p>
      <div className="mt-3 flex gap-2">
        <Button variant="primary" size="sm" onClick={reloadIntoNewVersion}>
          Reload now
        </Button>
        <Button
          size="sm"
          onClick={() => {
            setOfflineReady(false);
            setNeedRefresh(false);
          }}
        >
          Later
        </Button>
      </div>
    </div>
  );
}
