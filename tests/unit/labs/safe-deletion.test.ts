import {
  CancelKeyDeletionCommand,
  DecryptCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { bytesOf, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const CONTEXT = { invoice: 'INV-1001' };

async function archiveJob(lab: Awaited<ReturnType<typeof startLab>>) {
  return failsWith(
    lab
      .client(lab.keyOf('InvoiceArchiver'))
      .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT })),
  );
}

describe('lab safe-deletion', () => {
  it('shows the archive job in the starting audit trail', async () => {
    const lab = await startLab('safe-deletion');
    const s = await lab.snapshot();
    expect(s.events.filter((e) => e.name === 'Decrypt' && e.callerPolicyArn.endsWith(':role/InvoiceArchiver'))).toHaveLength(3);
  });

  it('passes disable, a 30-day window, a use that turns up, cancel and enable', async () => {
    const lab = await startLab('safe-deletion');
    const kms = lab.client();
    const KeyId = lab.facts.keyId;
    await kms.send(new DisableKeyCommand({ KeyId }));
    lab.ws.advanceDays(1);
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 30 }));
    lab.ws.advanceDays(3);
    expect(await archiveJob(lab)).toBe('KMSInvalidStateException');
    await kms.send(new CancelKeyDeletionCommand({ KeyId }));
    await kms.send(new EnableKeyCommand({ KeyId }));
    expectAllHeld(await lab.check());
  });

  it('fails deletion scheduled on an enabled key with the shortest window', async () => {
    const lab = await startLab('safe-deletion');
    const kms = lab.client();
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: lab.facts.keyId, PendingWindowInDays: 7 }));
    const result = await lab.check();
    expect(conditionOf(result, 'disabled-first').message).toContain('without disabling');
    expect(conditionOf(result, 'longest-window').message).toContain('7 days');
  });

  it('fails a cancelled deletion that leaves the key disabled', async () => {
    const lab = await startLab('safe-deletion');
    const kms = lab.client();
    const KeyId = lab.facts.keyId;
    await kms.send(new DisableKeyCommand({ KeyId }));
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId }));
    expect(await archiveJob(lab)).toBe('KMSInvalidStateException');
    await kms.send(new CancelKeyDeletionCommand({ KeyId }));
    const result = await lab.check();
    expect(conditionOf(result, 'longest-window').held).toBe(true);
    expect(conditionOf(result, 'cancelled').held).toBe(true);
    expect(conditionOf(result, 'usable').message).toContain('leaves a key Disabled');
  });

  it('fails a key whose deletion went through, saying the data is lost', async () => {
    const lab = await startLab('safe-deletion');
    const kms = lab.client();
    await kms.send(new DisableKeyCommand({ KeyId: lab.facts.keyId }));
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: lab.facts.keyId }));
    lab.ws.advanceDays(31);
    expect(await archiveJob(lab)).toBe('AccessDeniedException');
    const result = await lab.check();
    expect(conditionOf(result, 'cancelled').message).toContain('lost');
    expect(conditionOf(result, 'usable').held).toBe(false);
  });
});
