import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, Notice, SelectField } from '@/components/ui';
import { saveSessionAsScenario } from '@/features/scenarios';
import type { AuditEvent } from '@/kms/access';
import type { AppKms } from '@/lib/kms-runtime';
import { useConsoleStore } from '../console-store';

/** Select events, then play them as a scenario (the scenarios feature turns them into steps). */
function PlayAsScenario({
  events,
  selected,
  onSelect,
}: {
  events: AuditEvent[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
}) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const chosen = events.filter((e) => selected.has(e.eventId));
  const play = async () => {
    setError(null);
    try {
      // The console still holds this visit's requests and responses: the scenario gets their real bytes.
      const id = await saveSessionAsScenario(chosen, useConsoleStore.getState().calls);
      await navigate({ to: '/scenarios/recorded/$recordingId', params: { recordingId: id } });
    } catch (err) {
      setError(`The scenario could not be saved (${err instanceof Error ? err.message : String(err)}).`);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Play as scenario">
      <Button size="sm" disabled={!chosen.length} onClick={() => void play()}>
        Play {chosen.length || ''} selected as scenario
      </Button>
      <Button size="sm" onClick={() => onSelect(new Set(events.map((e) => e.eventId)))}>
        Select all shown
      </Button>
      <Button size="sm" disabled={!selected.size} onClick={() => onSelect(new Set())}>
        Clear selection
      </Button>
      {error && (
        <Notice tone="error" compact>
          {error}
        </Notice>
      )}
    </div>
  );
}

/** Every request the lab's KMS received, CloudTrail-shaped, newest first, with why it was allowed or denied. */
export function AuditTab({ kms }: { kms: AppKms }) {
  const [events, setEvents] = useState<AuditEvent[]>(() => kms.audit.list());
  const [eventName, setEventName] = useState('');
  const [outcome, setOutcome] = useState<'all' | 'errors' | 'denied'>('all');
  const [principal, setPrincipal] = useState('');
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  useEffect(() => kms.audit.subscribe(() => setEvents(kms.audit.list())), [kms]);

  const names = useMemo(() => [...new Set(events.map((e) => e.eventName))].sort(), [events]);
  const principals = useMemo(() => [...new Set(events.map((e) => e.userIdentity.arn ?? e.userIdentity.accessKeyId))].sort(), [events]);
  const shown = events.filter(
    (e) =>
      (!eventName || e.eventName === eventName) &&
      (!principal || (e.userIdentity.arn ?? e.userIdentity.accessKeyId) === principal) &&
      (outcome === 'all' || (outcome === 'errors' ? !!e.errorCode : e.errorCode === 'AccessDeniedException')),
  );

  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <h2 id="audit-title" className="text-xl font-semibold">
        Audit trail
      </h2>
      <p className="max-w-3xl">
        KMS records every API call in CloudTrail, including calls AWS services make for you. Plaintext and key material never appear; the
        encryption context does, which is why it must not hold secrets. The “Why” line is the simulator’s own addition: which policy
        statement or grant allowed the call, or what blocked it.
      </p>
      <div className="flex flex-wrap gap-3" role="group" aria-label="Filter events">
        <SelectField
          compact
          id="audit-name"
          label="Event"
          value={eventName}
          onChange={setEventName}
          options={[{ value: '', label: 'All events' }, ...names]}
        />
        <SelectField
          compact
          id="audit-principal"
          label="Caller"
          value={principal}
          onChange={setPrincipal}
          options={[{ value: '', label: 'Everyone' }, ...principals]}
        />
        <SelectField
          compact
          id="audit-outcome"
          label="Outcome"
          value={outcome}
          onChange={(v) => setOutcome(v as typeof outcome)}
          options={[
            { value: 'all', label: 'All' },
            { value: 'errors', label: 'Errors only' },
            { value: 'denied', label: 'Access denied only' },
          ]}
        />
      </div>
      <p role="status" className="text-sm">
        {shown.length} of {events.length} events
      </p>
      <PlayAsScenario events={shown.slice(0, 200)} selected={selected} onSelect={setSelected} />
      <ol className="space-y-2">
        {shown.slice(0, 200).map((e) => (
          <li key={e.eventId} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <input
                type="checkbox"
                aria-label={`Select ${e.eventName} at ${e.eventTime} for a scenario`}
                checked={selected.has(e.eventId)}
                onChange={(ev) => {
                  const next = new Set(selected);
                  if (ev.currentTarget.checked) next.add(e.eventId);
                  else next.delete(e.eventId);
                  setSelected(next);
                }}
              />
              <span className="font-semibold">{e.eventName}</span>
              {e.errorCode ? <Badge tone="danger">{e.errorCode}</Badge> : <Badge tone="success">allowed</Badge>}
              <time className="font-mono text-xs" dateTime={e.eventTime}>
                {e.eventTime}
              </time>
              <span className="text-sm">{e.awsRegion}</span>
              <span className="font-mono text-xs break-all">{e.userIdentity.arn ?? e.userIdentity.accessKeyId}</span>
              {e.userIdentity.invokedBy && <span className="text-sm">via {e.userIdentity.invokedBy}</span>}
            </div>
            <p className="mt-1 text-sm">
              <strong>Why: </strong>
              {e.accessDecision.summary}
            </p>
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer">Event JSON</summary>
              <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 font-mono text-xs dark:bg-slate-900">
                {JSON.stringify(e, null, 2)}
              </pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
