import { useCallback, useEffect, useState } from 'react';
import type { StudyMode, StudySession } from '@/quiz';
import { browserStorage, loadStudySession, saveStudySession, sessionKey } from './study-session-store';

/**
 * The saved session of a mode, and a setter that saves every change. Another tab changing the same
 * session is followed rather than overwritten. `saved` is false when the browser refused to store it
 * (the session then lasts until the tab closes).
 */
export function useStudySession(mode: StudyMode) {
  // A finished session is not resumed: coming back to the page starts from its setup again.
  const [session, setSession] = useState<StudySession | null>(() => unfinished(loadStudySession(browserStorage(), mode)));
  const [saved, setSaved] = useState(true);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === sessionKey(mode) || event.key === null) setSession(unfinished(loadStudySession(browserStorage(), mode)));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [mode]);

  const update = useCallback(
    (next: StudySession | null) => {
      setSession(next);
      setSaved(saveStudySession(browserStorage(), mode, next));
    },
    [mode],
  );

  return { session, update, saved };
}

const unfinished = (session: StudySession | null) => (session?.turn ? session : null);
