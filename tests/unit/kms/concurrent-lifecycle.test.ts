/** Concurrent requests must not apply the same clock-driven event twice (found driving the console). */
import { CreateKeyCommand, EnableKeyRotationCommand, GetKeyRotationStatusCommand, ListKeyRotationsCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

describe('lazy lifecycle under concurrent requests', () => {
  it('rotates a due key exactly once when several requests arrive together', async () => {
    const { client, clock } = setup();
    const c = client();
    const keyId = (await c.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await c.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 90 }));
    clock.advance(91);
    // A key page fires its reads in parallel; each request checks for due rotations first.
    await Promise.all(Array.from({ length: 7 }, () => c.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))));
    const rotations = (await c.send(new ListKeyRotationsCommand({ KeyId: keyId }))).Rotations ?? [];
    expect(rotations).toHaveLength(1);
    expect(rotations[0]!.RotationType).toBe('AUTOMATIC');
  });
});
