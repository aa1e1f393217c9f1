/** "7 / 10" and a bar with the share, as the score tables show them. */
export function ShareBar({ correct, total }: { correct: number; total: number }) {
  const share = total ? Math.round((correct / total) * 100) : 0;
  return (
    <span className="flex items-center gap-2 whitespace-nowrap">
      <span className="tabular-nums">
        {correct} / {total}
      </span>
      <span aria-hidden="true" className="inline-block h-2 w-20 overflow-hidden rounded bg-slate-200 max-sm:hidden dark:bg-slate-700">
        <span className="block h-full bg-blue-800 dark:bg-sky-300" style={{ width: `${share}%` }} />
      </span>
      <span className="tabular-nums">{share}%</span>
    </span>
  );
}
