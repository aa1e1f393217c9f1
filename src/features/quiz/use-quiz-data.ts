import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';
import { useQuizBanks } from './stores/quiz-banks';
import { useQuizProgress } from './stores/quiz-progress';
import { noteUnavailableCards } from './due-today';

/** Loads the banks and the learner's progress once; every quiz page starts with this. */
export function useQuizData() {
  const status = useQuizBanks((s) => s.status);
  const pool = useQuizBanks((s) => s.pool);
  const storageError = useQuizBanks((s) => s.storageError);
  const progress = useQuizProgress((s) => s.data);
  // The banks are a large chunk: fetch them once the page's own text has painted, so on a slow
  // phone connection the download does not hold up the first paint.
  const painted = useAfterFirstPaint();
  useEffect(() => {
    useQuizProgress.getState().load();
  }, []);
  useEffect(() => {
    if (painted) void useQuizBanks.getState().load();
  }, [painted]);
  const ready = status === 'ready' && progress !== null;
  // Tell the home page's "reviews due" which cards no bank can ask any more (see due-today.ts). A
  // layout effect, so the note is written in the same commit that shows the change (a removed bank):
  // a learner who goes straight to the home page cannot beat it there.
  const cards = progress?.cards;
  useLayoutEffect(() => {
    if (status !== 'ready' || !cards) return;
    try {
      noteUnavailableCards(window.localStorage, Object.keys(cards), new Set(pool.map((e) => e.question.id)));
    } catch {
      /* localStorage itself blocked: nothing to note */
    }
  }, [status, pool, cards]);
  // One object per change, not per render: pages may defer it (useDeferredValue compares identity).
  return useMemo(() => ({ ready, pool, storageError, progress }), [ready, pool, storageError, progress]);
}
