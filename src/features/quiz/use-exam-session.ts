import { useCallback, useEffect, useMemo, useState } from 'react';
import { EXAM_SESSION_KEY, clearSession, loadSession, saveSession, type ExamSession } from './exam-session';
import type { PoolEntry } from './question-pool';
import { browserStorage } from './study-session-store';

/**
 * The exam in progress (or the last finished one), saved after every change so a reload resumes it,
 * and followed across tabs (one exam, not two copies). Questions whose bank was removed are dropped
 * from an unfinished exam, so the map and the questions on screen keep the same numbering; `dropped`
 * says how many, for a notice.
 */
export function useExamSession(pool: readonly PoolEntry[], ready: boolean) {
  const storage = browserStorage();
  const [session, setSession] = useState<ExamSession | null>(() => (storage ? loadSession(storage) : null));
  const [saveFailed, setSaveFailed] = useState(false);

  // Another tab may change the same exam: follow it rather than overwrite it with stale state.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === EXAM_SESSION_KEY && storage) setSession(loadSession(storage));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const update = useCallback(
    (next: ExamSession | null) => {
      setSession(next);
      if (!storage) return setSaveFailed(true);
      if (next) setSaveFailed(!saveSession(storage, next));
      else clearSession(storage);
    },
    [storage],
  );

  const entries = useMemo(() => {
    if (!session) return [];
    const byId = new Map(pool.map((e) => [e.question.id, e]));
    return session.questionIds.flatMap((id) => byId.get(id) ?? []);
  }, [session, pool]);
  const missing = session ? session.questionIds.length - entries.length : 0;

  const [dropped, setDropped] = useState(0);
  useEffect(() => {
    if (!ready || !session || session.finishedAt || missing === 0 || entries.length === 0) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- remembers, for the notice, how many questions the repair below drops from the stored session
    setDropped(missing);
    const ids = entries.map((e) => e.question.id);
    update({ ...session, questionIds: ids, current: Math.min(session.current, ids.length - 1) });
  }, [ready, session, missing, entries, update]);

  return { session, update, saveFailed, entries, missing, dropped };
}
