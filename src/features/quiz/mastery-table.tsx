import { DataTable } from '@/components/ui';
import type { TopicMastery } from './progress-stats';
import { topicLabel } from '@/lib/topics';

/** One row per topic: questions mastered of those available, and the share of right answers. */
export function MasteryTable({ rows }: { rows: readonly TopicMastery[] }) {
  if (rows.length === 0) return <p className="mt-2">No questions are loaded yet.</p>;
  return (
    <DataTable
      caption="Mastery by topic"
      hideCaption
      scrollLabel="Mastery by topic table"
      className="mt-3"
      rows={rows}
      rowKey={(r) => r.topic}
      columns={[
        { header: 'Topic', rowHeader: true, cell: (r) => topicLabel(r.topic || undefined) },
        {
          header: 'Mastered',
          className: 'whitespace-nowrap',
          cell: (r) => {
            const share = r.total ? Math.round((r.mastered / r.total) * 100) : 0;
            return (
              <span className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block h-2 w-20 shrink-0 overflow-hidden rounded bg-slate-200 max-sm:hidden dark:bg-slate-700"
                >
                  <span className="block h-full bg-green-700 dark:bg-green-400" style={{ width: `${share}%` }} />
                </span>
                <span className="tabular-nums">
                  {r.mastered} / {r.total}
                </span>
              </span>
            );
          },
        },
        { header: 'Seen', className: 'tabular-nums', cell: (r) => r.seen },
        {
          header: 'Accuracy',
          className: 'whitespace-nowrap tabular-nums',
          cell: (r) => (r.accuracy === null ? '–' : `${Math.round(r.accuracy * 100)}% of ${r.attempts}`),
        },
      ]}
    />
  );
}
