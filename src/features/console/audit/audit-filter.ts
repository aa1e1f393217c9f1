import type { AuditEvent } from '@/kms/access';

/** Who made the call: the caller's ARN or access key id; for KMS's own service events (no caller), "AWS Internal". */
export const caller = (e: AuditEvent): string => e.userIdentity.arn ?? e.userIdentity.accessKeyId ?? e.userIdentity.invokedBy ?? '';

/** The audit tab's filters. */
export interface AuditFilterState {
  eventName: string;
  principal: string;
  outcome: 'all' | 'errors' | 'denied';
  /**
   * Hide successful read-only metadata reads (Describe*, Get*, List*), which the console itself makes on
   * every page. On by default, like CloudTrail's Event history, which opens filtered to "Read-only:
   * false". CloudTrail also marks Encrypt, Decrypt, GenerateDataKey and the other cryptographic
   * operations `readOnly: true`; they stay visible here (they are what a learner looks for), and so
   * does any read that failed.
   */
  hideReadOnly: boolean;
}

const METADATA_READ = /^(Describe|Get|List)/;

/** A successful read-only metadata read: what the hide-read-only filter hides. */
export const isQuietRead = (e: AuditEvent): boolean => e.readOnly && !e.errorCode && METADATA_READ.test(e.eventName);

export const DEFAULT_AUDIT_FILTER: AuditFilterState = { eventName: '', principal: '', outcome: 'all', hideReadOnly: true };

/** The events the filters let through, in the order given. */
export function filterAuditEvents(events: readonly AuditEvent[], f: AuditFilterState): AuditEvent[] {
  return events.filter(
    (e) =>
      (!f.hideReadOnly || !isQuietRead(e)) &&
      (!f.eventName || e.eventName === f.eventName) &&
      (!f.principal || caller(e) === f.principal) &&
      (f.outcome === 'all' || (f.outcome === 'errors' ? !!e.errorCode : e.errorCode === 'AccessDeniedException')),
  );
}
