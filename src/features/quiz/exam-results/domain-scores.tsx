import { domainRows, type TopicScore } from '@/quiz';
import { DataTable } from '@/components/ui';
import { ShareBar } from './share-cell';

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
        <DataTable
          caption="Score by exam domain"
          hideCaption
          scrollLabel="Score by exam domain table"
          className="mt-3"
          rows={rows}
          rowKey={(r) => `${r.exam}|${r.domain}`}
          columns={[
            {
              header: 'Domain',
              rowHeader: true,
              cell: (r) => `${exam ? '' : `${r.exam}: `}${r.number !== undefined ? `${r.number}. ` : ''}${r.domain}`,
            },
            { header: 'Weight on the exam', className: 'tabular-nums', cell: (r) => (r.weight !== undefined ? `${r.weight}%` : '–') },
            {
              header: 'Right',
              cell: (r) =>
                r.total > 0 ? (
                  <ShareBar correct={r.correct} total={r.total} />
                ) : (
                  <span className="text-slate-700 dark:text-slate-300">Not covered by these questions</span>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
