import { useConsoleStore } from '../console-store';
import { CallResult } from './call-result';

/** The calls made in this visit, newest first; the newest is open. */
export function ActivityList() {
  const calls = useConsoleStore((s) => s.calls);
  if (calls.length === 0) return null;
  const [latest, ...older] = calls;
  return (
    <section aria-labelledby="activity-title" className="mt-8 space-y-3">
      <h2 id="activity-title" className="text-xl font-semibold">
        What ran
      </h2>
      <div aria-live="polite">{latest && <CallResult key={latest.id} call={latest} />}</div>
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
