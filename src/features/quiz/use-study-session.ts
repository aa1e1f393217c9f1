import { useCallback, useState } from 'react';
import type { StudyMode, StudySession } from '@/quiz';
import { browserStorage, loadStudySession, saveStudySession } from './study-session-store';

/**
 * The saved session of a mode, and a setter that saves every change. `saved` is false when the
 * browser refused to store it (the session then lasts until the tab closes).
 *
 * Unlike an exam, a study session does not follow other tabs: two tabs may practise different
 * questions at once (their answers merge in the progress store); a reload resumes the session saved last.
 */
export function useStudySession(mode: StudyMode) {
  // A finished session is not resumed: coming back to the page starts from its setup again.
  const [session, setSession] = useState<StudySession | null>(() => unfinished(loadStudySession(browserStorage(), mode)));
  const [saved, setSaved] = useState(true);

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
