import type { TopicMastery } from './progress-stats';
import { topicLabel } from './topics';
import { ScrollBox } from './ui';

/** One row per topic: questions mastered of those available, and the share of right answers. */
export function MasteryTable({ rows }: { rows: readonly TopicMastery[] }) {
  if (rows.length === 0) return <p className="mt-2">No questions are loaded yet.</p>;
  return (
    <ScrollBox label="Mastery by topic table">
      <table className="w-full min-w-[18rem] border-collapse text-left">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">
              Topic
            </th>
            <th scope="col" className="py-2 pr-4">
              Mastered
            </th>
            <th scope="col" className="py-2 pr-4">
              Seen
            </th>
            <th scope="col" className="py-2">
              Accuracy
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const share = r.total ? Math.round((r.mastered / r.total) * 100) : 0;
            return (
              <tr key={r.topic} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {topicLabel(r.topic || undefined)}
                </th>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="inline-block h-2 w-20 shrink-0 max-sm:hidden overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
                    >
                      <span className="block h-full bg-green-700 dark:bg-green-400" style={{ width: `${share}%` }} />
                    </span>
                    <span className="tabular-nums">
                      {r.mastered} / {r.total}
                    </span>
                  </span>
                </td>
                <td className="py-2 pr-4 tabular-nums">{r.seen}</td>
                <td className="py-2 whitespace-nowrap tabular-nums">
                  {r.accuracy === null ? '–' : `${Math.round(r.accuracy * 100)}% of ${r.attempts}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
