import { SelectField } from '@/components/ui';
import type { AuditFilterState } from './audit-filter';

/** The filter controls above the trail: event, caller, outcome, and whether to hide read-only events. */
export function AuditFilters({
  value,
  onChange,
  names,
  principals,
}: {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
  names: string[];
  principals: string[];
}) {
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filter events">
      <SelectField
        compact
        id="audit-name"
        label="Event"
        value={value.eventName}
        onChange={(eventName) => set({ eventName })}
        options={[{ value: '', label: 'All events' }, ...names]}
      />
      <SelectField
        compact
        id="audit-principal"
        label="Caller"
        value={value.principal}
        onChange={(principal) => set({ principal })}
        options={[{ value: '', label: 'Everyone' }, ...principals]}
      />
      <SelectField
        compact
        id="audit-outcome"
        label="Outcome"
        value={value.outcome}
        onChange={(v) => set({ outcome: v as AuditFilterState['outcome'] })}
        options={[
          { value: 'all', label: 'All' },
          { value: 'errors', label: 'Errors only' },
          { value: 'denied', label: 'Access denied only' },
        ]}
      />
      <label className="flex items-center gap-2 pb-1 text-sm">
        <input type="checkbox" checked={value.hideReadOnly} onChange={(ev) => set({ hideReadOnly: ev.currentTarget.checked })} />
        Hide read-only events (successful Describe, Get and List calls)
      </label>
    </div>
  );
}
