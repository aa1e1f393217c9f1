import type { DayAccuracy } from './progress-stats';

/**
 * A bar per day (height = answers, dark part = right answers). The chart is decorative for screen
 * readers; the same numbers are in the table under it.
 */
export function AccuracyChart({ days }: { days: readonly DayAccuracy[] }) {
  const max = Math.max(1, ...days.map((d) => d.answered));
  const active = days.filter((d) => d.answered > 0);
  if (active.length === 0) return <p className="mt-2">No answers in the last 30 days yet.</p>;
  return (
    <div className="mt-3">
      <div aria-hidden="true" className="flex h-32 items-end gap-[2px] border-b border-slate-300 dark:border-slate-600">
        {days.map((d) => (
          <div key={d.day} className="flex h-full flex-1 flex-col justify-end" title={`${d.day}: ${d.correct} of ${d.answered} right`}>
            <div className="w-full bg-slate-300 dark:bg-slate-600" style={{ height: `${((d.answered - d.correct) / max) * 100}%` }} />
            <div className="w-full bg-blue-800 dark:bg-sky-300" style={{ height: `${(d.correct / max) * 100}%` }} />
          </div>
        ))}
      </div>
      <p aria-hidden="true" className="mt-1 flex justify-between text-xs text-slate-700 dark:text-slate-300">
        <span>{days[0]?.day}</span>
        <span>today</span>
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show as a table</summary>
        <table className="mt-2 border-collapse text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                Day
              </th>
              <th scope="col" className="pr-4">
                Answered
              </th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {active.map((d) => (
              <tr key={d.day}>
                <th scope="row" className="pr-4 font-normal">
                  {d.day}
                </th>
                <td className="pr-4 tabular-nums">{d.answered}</td>
                <td className="tabular-nums">
                  {d.correct} ({Math.round((d.correct / d.answered) * 100)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
