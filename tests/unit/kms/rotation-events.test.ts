/** Automatic rotation appears in the audit trail as CloudTrail records it: a RotateKey AwsServiceEvent per rotation. */
import { describe, expect, it } from 'vitest';
import { CreateKeyCommand, EnableKeyRotationCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { setup, DAY, T0 } from './helpers';

describe('automatic rotation in the audit trail', () => {
  it('logs one RotateKey service event per automatic rotation, at the rotation date', async () => {
    const { kms, client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId, RotationPeriodInDays: 90 }));
    expect(kms.audit.list({ eventName: 'RotateKey' })).toHaveLength(0);
    clock.advance(181);
    await c.send(new ListKeysCommand({}));
    const events = kms.audit.list({ eventName: 'RotateKey' });
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e).toMatchObject({
        eventType: 'AwsServiceEvent',
        userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
        serviceEventDetails: { keyId: md.KeyId },
        resources: [{ ARN: md.Arn, type: 'AWS::KMS::Key' }],
        readOnly: false,
      });
    }
    const times = events.map((e) => Date.parse(e.eventTime)).sort();
    expect(times).toEqual([T0 + 90 * DAY, T0 + 180 * DAY]);
    expect(new Set(kms.audit.list().map((e) => e.eventId)).size).toBe(kms.audit.size);
  });
});
