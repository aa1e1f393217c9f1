import { useConsoleStore, type CallRecord } from '../console-store';
import { CallResult } from './call-result';

/** How many of the newest calls (newest first) belong to the latest action: its batch, or just the newest call. */
function latestActionSize(calls: readonly CallRecord[]): number {
  const batch = calls[0]?.batch;
  if (batch === undefined) return Math.min(1, calls.length);
  const end = calls.findIndex((c) => c.batch !== batch);
  return end === -1 ? calls.length : end;
}

/** The calls made in this visit, newest first; the latest action's calls (all of them) are open. */
export function ActivityList() {
  const calls = useConsoleStore((s) => s.calls);
  if (calls.length === 0) return null;
  const count = latestActionSize(calls);
  // The latest action's calls, in the order they ran.
  const latest = calls.slice(0, count).reverse();
  const older = calls.slice(count);
  return (
    <section aria-labelledby="activity-title" className="mt-8 space-y-3">
      <h2 id="activity-title" className="text-xl font-semibold">
        What ran
      </h2>
      <div aria-live="polite" className="space-y-3">
        {latest.map((c) => (
          <CallResult key={c.id} call={c} />
        ))}
      </div>
      {older.length > 0 && (
        <details>
          <summary className="cursor-pointer">Earlier calls ({older.length})</summary>
          <ul className="mt-2 space-y-3">
            {older.map((c) => (
              <li key={c.id}>
                <CallResult call={c} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
