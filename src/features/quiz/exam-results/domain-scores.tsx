import { domainRows, type TopicScore } from '@/quiz';
import { ScrollBox } from '../ui';
import { ShareCells } from './share-cell';

/**
 * Right answers per exam-guide domain, the way AWS's score report breaks a result down. For a chosen
 * exam every domain of its guide is listed, with its weight on the real exam, and the domains these
 * questions did not cover say so: a KMS-only exam serves one or two of them.
 */
export function DomainScores({ byDomain, exam }: { byDomain: Readonly<Record<string, TopicScore>>; exam?: string }) {
  const rows = domainRows(byDomain, exam);
  return (
    <section aria-labelledby="domains-title">
      <h2 id="domains-title" className="text-xl font-semibold">
        By exam domain{exam ? ` (${exam})` : ''}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2">These questions are not tagged with exam-guide domains.</p>
      ) : (
        <ScrollBox label="Score by exam domain table">
          <table className="w-full min-w-[24rem] border-collapse text-left">
            <caption className="sr-only">Score by exam domain</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-4">
                  Domain
                </th>
                <th scope="col" className="py-2 pr-4">
                  Weight on the exam
                </th>
                <th scope="col" className="py-2 pr-4">
                  Right
                </th>
                <th scope="col" className="py-2">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.exam}|${r.domain}`} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {exam ? '' : `${r.exam}: `}
                    {r.number !== undefined ? `${r.number}. ` : ''}
                    {r.domain}
                  </th>
                  <td className="py-2 pr-4 tabular-nums">{r.weight !== undefined ? `${r.weight}%` : '–'}</td>
                  {r.total > 0 ? (
                    <ShareCells correct={r.correct} total={r.total} />
                  ) : (
                    <td colSpan={2} className="py-2 text-slate-700 dark:text-slate-300">
                      Not covered by these questions
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
