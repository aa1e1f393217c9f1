import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { ExamResult } from '@/quiz';
import { PageHeading } from '@/components/ui/page-heading';
import { useQuizProgress } from './stores/quiz-progress';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { ExamResults } from './exam-results';
import { examLabel } from './exam-rules';
import { ButtonLink, Notice } from '@/components/ui';
import { Loading } from './loading';

const route = getRouteApi('/progress/exams/$examId');

/** A finished exam reopened from the history on /progress: its score, breakdowns and every answer. */
export function PastExamPage() {
  const { examId } = route.useParams();
  const { ready, pool } = useQuizData();
  const findExam = useQuizProgress((s) => s.findExam);
  const [found, setFound] = useState<{ id: string; result: ExamResult | undefined } | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void findExam(examId).then((result) => {
      if (live) setFound({ id: examId, result });
    });
    return () => {
      live = false;
    };
  }, [ready, examId, findExam]);
  const result = found?.id === examId ? found.result : undefined;
  const loading = !ready || found?.id !== examId;

  return (
    <div>
      <PageHeading
        title={result ? `Exam of ${new Date(result.finishedAt).toLocaleString()}` : 'Past exam'}
        lead={result ? `${examLabel(result.exam, result.kmsOnly)}: every answer with its feedback.` : undefined}
      />
      <StorageNotice />
      {loading ? (
        <Loading>Loading the exam…</Loading>
      ) : !result ? (
        <Notice tone="warning" title="This exam is not in your history">
          <p>
            It may have been saved in another browser. <Link to="/progress">Back to your progress</Link>
          </p>
        </Notice>
      ) : (
        <ExamResults result={result} pool={pool} actions={<ButtonLink to="/progress">Back to your progress</ButtonLink>} />
      )}
    </div>
  );
}
