import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useQuizProgress } from './stores/quiz-progress';
import { examLabel } from './exam-rules';
import { Loading, ScrollBox } from './ui';

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
        <ScrollBox label="Finished exams table">
          <table className="w-full min-w-[30rem] border-collapse text-left">
            <caption className="sr-only">
              Finished exams, newest first; open one to review every answer. Scaled scores are estimates.
            </caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-4">
                  Finished
                </th>
                <th scope="col" className="py-2 pr-4">
                  Exam
                </th>
                <th scope="col" className="py-2 pr-4">
                  Estimated score
                </th>
                <th scope="col" className="py-2">
                  Right
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    <Link to="/progress/exams/$examId" params={{ examId: e.id }}>
                      {new Date(e.finishedAt).toLocaleString()}
                      <span className="sr-only">: review this exam</span>
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    {examLabel(e.exam, e.kmsOnly)}
                    {e.finishedBy === 'timeout' ? ' (time ran out)' : ''}
                  </td>
                  <td className="py-2 pr-4 tabular-nums">{e.scaledEstimate}</td>
                  <td className="py-2 tabular-nums">
                    {e.correct} / {e.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
