import { useEffect } from 'react';
import { useQuizBanks } from '@/stores/quiz-banks';
import { useQuizProgress } from '@/stores/quiz-progress';

/** Loads the banks and the learner's progress once; every quiz page starts with this. */
export function useQuizData() {
  const status = useQuizBanks((s) => s.status);
  const pool = useQuizBanks((s) => s.pool);
  const storageError = useQuizBanks((s) => s.storageError);
  const progress = useQuizProgress((s) => s.data);
  useEffect(() => {
    void useQuizBanks.getState().load();
    useQuizProgress.getState().load();
  }, []);
  return { ready: status === 'ready' && progress !== null, pool, storageError, progress };
}
