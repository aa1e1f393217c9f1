import { useEffect, useMemo, useState } from 'react';
import type { AuditEvent } from '@/kms/access';
import type { AppKms } from '@/lib/kms-runtime';
import { AuditEventCard } from './audit-event-card';
import { caller, DEFAULT_AUDIT_FILTER, filterAuditEvents, type AuditFilterState } from './audit-filter';
import { AuditFilters } from './audit-filters';
import { PlayAsScenario } from './play-as-scenario';

/** Every request the lab's KMS received, CloudTrail-shaped, newest first, with why it was allowed or denied. */
export function AuditTab({ kms }: { kms: AppKms }) {
  const [events, setEvents] = useState<AuditEvent[]>(() => kms.audit.list());
  const [filter, setFilter] = useState<AuditFilterState>(DEFAULT_AUDIT_FILTER);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  useEffect(() => kms.audit.subscribe(() => setEvents(kms.audit.list())), [kms]);

  const names = useMemo(() => [...new Set(events.map((e) => e.eventName))].sort(), [events]);
  const principals = useMemo(() => [...new Set(events.map(caller))].sort(), [events]);
  const matching = filterAuditEvents(events, filter);
  const shown = matching.slice(0, 200);

  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <h2 id="audit-title" className="text-xl font-semibold">
        Audit trail
      </h2>
      <p className="max-w-3xl">
        KMS records every API call in CloudTrail, including calls AWS services make for you, and events KMS causes itself (automatic
        rotation, expired imported key material). Plaintext and key material never appear; the encryption context does, which is why it must
        not hold secrets. The “Why” line is the simulator’s own addition: which policy statement or grant allowed the call, or what blocked
        it.
      </p>
      <AuditFilters value={filter} onChange={setFilter} names={names} principals={principals} />
      <p role="status" className="text-sm">
        {matching.length} of {events.length} events
      </p>
      <PlayAsScenario events={shown} selected={selected} onSelect={setSelected} />
      <ol className="space-y-2">
        {shown.map((e) => (
          <AuditEventCard
            key={e.eventId}
            event={e}
            selected={selected.has(e.eventId)}
            onSelect={(on) => {
              const next = new Set(selected);
              if (on) next.add(e.eventId);
              else next.delete(e.eventId);
              setSelected(next);
            }}
          />
        ))}
      </ol>
    </section>
  );
}
