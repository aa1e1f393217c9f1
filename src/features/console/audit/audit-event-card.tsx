import { Badge } from '@/components/ui';
import type { AuditEvent } from '@/kms/access';
import { caller } from './audit-filter';

/** One event of the trail: what ran, its outcome, when, where and by whom, why, and the event JSON. */
export function AuditEventCard({
  event: e,
  selected,
  onSelect,
}: {
  event: AuditEvent;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  return (
    <li className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <input
          type="checkbox"
          aria-label={`Select ${e.eventName} at ${e.eventTime} for a scenario`}
          checked={selected}
          onChange={(ev) => onSelect(ev.currentTarget.checked)}
        />
        <span className="font-semibold">{e.eventName}</span>
        {e.errorCode ? (
          <Badge tone="danger">{e.errorCode}</Badge>
        ) : e.eventType === 'AwsServiceEvent' ? (
          <Badge>service event</Badge>
        ) : (
          <Badge tone="success">allowed</Badge>
        )}
        <time className="font-mono text-xs" dateTime={e.eventTime}>
          {e.eventTime}
        </time>
        <span className="text-sm">{e.awsRegion}</span>
        <span className="font-mono text-xs break-all">{caller(e)}</span>
        {e.userIdentity.invokedBy && e.eventType !== 'AwsServiceEvent' && <span className="text-sm">via {e.userIdentity.invokedBy}</span>}
      </div>
      <p className="mt-1 text-sm">
        <strong>Why: </strong>
        {e.accessDecision.summary}
      </p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer">Event JSON</summary>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">{JSON.stringify(e, null, 2)}</pre>
      </details>
    </li>
  );
}
