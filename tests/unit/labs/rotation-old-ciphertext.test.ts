import {
  DecryptCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  ListKeyRotationsCommand,
  RotateKeyOnDemandCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { bytesOf, conditionOf, expectAllHeld, startLab, utf8 } from './helpers';

const CONTEXT = { ledger: '2024' };

describe('lab rotation-old-ciphertext', () => {
  it('passes yearly rotation, two years on the clock and the old ciphertext decrypted after', async () => {
    const lab = await startLab('rotation-old-ciphertext');
    const kms = lab.client();
    await kms.send(new EnableKeyRotationCommand({ KeyId: lab.facts.keyId, RotationPeriodInDays: 365 }));
    lab.ws.advanceDays(2 * 365 + 2);
    const out = await kms.send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    expect(new TextDecoder().decode(out.Plaintext)).toContain('2024 totals');
    const rotations = await kms.send(new ListKeyRotationsCommand({ KeyId: lab.facts.keyId }));
    expect(rotations.Rotations?.filter((r) => r.RotationType === 'AUTOMATIC')).toHaveLength(2);
    expectAllHeld(await lab.check());
  });

  it('counts rotations that fell due before the simulator ran again', async () => {
    const lab = await startLab('rotation-old-ciphertext');
    await lab.client().send(new EnableKeyRotationCommand({ KeyId: lab.facts.keyId }));
    lab.ws.advanceDays(2 * 365 + 2);
    const result = await lab.check();
    expect(conditionOf(result, 'two-years').held).toBe(true);
    expect(conditionOf(result, 'old-decrypts').held).toBe(false);
  });

  it('fails on-demand rotations instead of automatic yearly rotation', async () => {
    const lab = await startLab('rotation-old-ciphertext');
    const kms = lab.client();
    await kms.send(new RotateKeyOnDemandCommand({ KeyId: lab.facts.keyId }));
    lab.ws.advanceDays(1);
    await kms.send(new RotateKeyOnDemandCommand({ KeyId: lab.facts.keyId }));
    await kms.send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    const result = await lab.check();
    expect(conditionOf(result, 'yearly').message).toContain('2 on-demand rotations');
    expect(conditionOf(result, 'two-years').held).toBe(false);
    expect(conditionOf(result, 'old-decrypts').held).toBe(false);
  });

  it('fails a two-year period, and a decrypt made before the rotations', async () => {
    const lab = await startLab('rotation-old-ciphertext');
    const kms = lab.client();
    await kms.send(new EnableKeyRotationCommand({ KeyId: lab.facts.keyId, RotationPeriodInDays: 730 }));
    await kms.send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    const result = await lab.check();
    expect(conditionOf(result, 'yearly').message).toContain('every 730 days');
    expect(conditionOf(result, 'old-decrypts').held).toBe(false);
  });

  it('fails when a new ciphertext with the same context is made', async () => {
    const lab = await startLab('rotation-old-ciphertext');
    const kms = lab.client();
    await kms.send(new EnableKeyRotationCommand({ KeyId: lab.facts.keyId }));
    lab.ws.advanceDays(2 * 365 + 2);
    const fresh = await kms.send(new EncryptCommand({ KeyId: 'alias/ledger', Plaintext: utf8('new'), EncryptionContext: CONTEXT }));
    await kms.send(new DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob, EncryptionContext: CONTEXT }));
    const c = conditionOf(await lab.check(), 'same-ciphertext');
    expect(c.held).toBe(false);
    expect(c.message).toContain('new ciphertext');
  });
});
