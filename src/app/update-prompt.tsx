import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '@/components/ui';

// Whether a service worker already controlled this page when it loaded (the plugin decides the same way
// whether to reload itself after an update).
const controlledAtLoad = typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);

/**
 * Says when the app is ready offline, and when a new version is waiting. The new version is only
 * activated when the learner chooses, never silently in the middle of an exam.
 */
export function UpdatePrompt() {
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  // "Ready offline" is good news, not a decision: it goes away by itself so it never covers the page.
  // An update waits for the learner's choice.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), 6000);
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
  return (
    <div
      role="status"
      className="fixed right-4 bottom-4 z-50 max-w-sm rounded-lg border border-slate-300 bg-white p-4 shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <p>
        {needRefresh
          ? 'A new version of KMS Lab is ready. Reload when you are not in the middle of an exam; your progress is kept.'
          : 'KMS Lab is ready to work offline.'}
      </p>
      <div className="mt-3 flex gap-2">
        {needRefresh && (
          <Button variant="primary" size="sm" onClick={reloadIntoNewVersion}>
            Reload now
          </Button>
        )}
        <Button
          size="sm"
          onClick={() => {
            setOfflineReady(false);
            setNeedRefresh(false);
          }}
        >
          {needRefresh ? 'Later' : 'OK'}
        </Button>
      </div>
    </div>
  );
}
