import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIT_FILTER, filterAuditEvents } from '@/features/console/audit/audit-filter';
import type { AuditEvent } from '@/kms/access';

const ev = (eventName: string, readOnly: boolean, errorCode?: string): AuditEvent =>
  ({
    eventId: `${eventName}-${errorCode ?? 'ok'}`,
    eventName,
    readOnly,
    errorCode,
    userIdentity: { arn: 'arn:aws:iam::111122223333:root' },
  }) as AuditEvent;

describe('audit trail filters', () => {
  const events = [
    ev('DescribeKey', true),
    ev('ListAliases', true),
    ev('GetKeyPolicy', true, 'AccessDeniedException'),
    ev('Decrypt', true, 'AccessDeniedException'),
    ev('Encrypt', true),
    ev('CreateKey', false),
    ev('RotateKey', false),
  ];

  it('hides successful Describe/Get/List reads by default; keeps cryptographic calls, changes and failed reads', () => {
    expect(DEFAULT_AUDIT_FILTER.hideReadOnly).toBe(true);
    expect(filterAuditEvents(events, DEFAULT_AUDIT_FILTER).map((e) => e.eventName)).toEqual([
      'GetKeyPolicy',
      'Decrypt',
      'Encrypt',
      'CreateKey',
      'RotateKey',
    ]);
    expect(filterAuditEvents(events, { ...DEFAULT_AUDIT_FILTER, hideReadOnly: false })).toHaveLength(7);
  });

  it('combines with the outcome filter', () => {
    expect(filterAuditEvents(events, { ...DEFAULT_AUDIT_FILTER, outcome: 'denied' }).map((e) => e.eventName)).toEqual([
      'GetKeyPolicy',
      'Decrypt',
    ]);
  });
});
