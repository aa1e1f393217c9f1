import type { ExamResult } from '@/quiz';
import { ScrollBox } from './ui';

/** Every finished exam, newest first: when, which exam, the estimate, right answers, pass or not. */
export function ExamHistory({ exams }: { exams: readonly ExamResult[] }) {
  if (exams.length === 0) return <p className="mt-2">No exams yet. Finished exam simulations appear here.</p>;
  const rows = [...exams].sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt));
  return (
    <ScrollBox label="Finished exams table">
      <table className="w-full min-w-[30rem] border-collapse text-left">
        <caption className="sr-only">Finished exams, newest first. Scaled scores are estimates.</caption>
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
            <th scope="col" className="py-2 pr-4">
              Right
            </th>
            <th scope="col" className="py-2">
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 dark:border-slate-700">
              <td className="py-2 pr-4">{new Date(e.finishedAt).toLocaleString()}</td>
              <td className="py-2 pr-4">{e.exam ?? 'Any'}</td>
              <td className="py-2 pr-4 tabular-nums">{e.scaledEstimate}</td>
              <td className="py-2 pr-4 tabular-nums">
                {e.correct} / {e.total}
              </td>
              <td className="py-2">
                {e.passed ? 'Pass' : 'Not yet'} (mark {e.passMark}){e.finishedBy === 'timeout' ? ', time ran out' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
