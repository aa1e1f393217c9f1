import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useQuizProgress } from './stores/quiz-progress';
import { examLabel } from './exam-rules';
import { DataTable } from '@/components/ui';
import { Loading } from './loading';

/** Every finished exam, newest first: when (a link to its full review), which exam, the estimate, right answers. */
export function ExamHistory() {
  const list = useQuizProgress((s) => s.examList);
  const loadExams = useQuizProgress((s) => s.loadExams);
  const pendingExams = useQuizProgress((s) => s.data?.pending.exams);
  // Read when shown, and again when an exam is added (it is pending until the database has it).
  useEffect(() => {
    void loadExams();
  }, [loadExams, pendingExams]);

  if (list.status !== 'ready') return <Loading>Loading your exams…</Loading>;
  const rows = [...list.exams].sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt));
  return (
    <>
      {list.error && <p className="mt-2 text-sm text-red-800 dark:text-red-300">{list.error}</p>}
      {rows.length === 0 ? (
        <p className="mt-2">No exams yet. Finished exam simulations appear here.</p>
      ) : (
        <DataTable
          caption="Finished exams, newest first; open one to review every answer. Scaled scores are estimates."
          hideCaption
          scrollLabel="Finished exams table"
          className="mt-3"
          rows={rows}
          rowKey={(e) => e.id}
          columns={[
            {
              header: 'Finished',
              rowHeader: true,
              cell: (e) => (
                <Link to="/progress/exams/$examId" params={{ examId: e.id }}>
                  {new Date(e.finishedAt).toLocaleString()}
                  <span className="sr-only">: review this exam</span>
                </Link>
              ),
            },
            { header: 'Exam', cell: (e) => `${examLabel(e.exam, e.kmsOnly)}${e.finishedBy === 'timeout' ? ' (time ran out)' : ''}` },
            { header: 'Estimated score', className: 'tabular-nums', cell: (e) => e.scaledEstimate },
            { header: 'Right', className: 'tabular-nums', cell: (e) => `${e.correct} / ${e.total}` },
          ]}
        />
      )}
    </>
  );
}
