/** A "7 / 10" and a bar with the share, as the score tables show them. */
export function ShareCells({ correct, total }: { correct: number; total: number }) {
  const share = total ? Math.round((correct / total) * 100) : 0;
  return (
    <>
      <td className="py-2 pr-4 tabular-nums">
        {correct} / {total}
      </td>
      <td className="py-2">
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
            <span className="block h-full bg-blue-800 dark:bg-sky-300" style={{ width: `${share}%` }} />
          </span>
          <span className="tabular-nums">{share}%</span>
        </span>
      </td>
    </>
  );
}
