import { CreateKeyCommand, DecryptCommand, ReplicateKeyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { bytesOf, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const CONTEXT = { order: '1001' };

describe('lab multi-region-decrypt', () => {
  it('passes a replica in eu-west-1 that decrypts the us-east-1 ciphertext', async () => {
    const lab = await startLab('multi-region-decrypt');
    expect(lab.facts.keyId).toMatch(/^mrk-/);
    await lab.client().send(new ReplicateKeyCommand({ KeyId: lab.facts.keyId, ReplicaRegion: 'eu-west-1' }));
    const out = await lab
      .client(undefined, 'eu-west-1')
      .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    expect(new TextDecoder().decode(out.Plaintext)).toContain('Dublin');
    expectAllHeld(await lab.check());
  });

  it('fails a new key in eu-west-1 instead of a replica', async () => {
    const lab = await startLab('multi-region-decrypt');
    await lab.client(undefined, 'eu-west-1').send(new CreateKeyCommand({ MultiRegion: true }));
    expect(
      await failsWith(
        lab
          .client(undefined, 'eu-west-1')
          .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT })),
      ),
    ).toBe('AccessDeniedException');
    const result = await lab.check();
    expect(conditionOf(result, 'replica').message).toContain('is a new key');
    expect(conditionOf(result, 'decrypted').held).toBe(false);
  });

  it('fails a decrypt made in us-east-1', async () => {
    const lab = await startLab('multi-region-decrypt');
    await lab.client().send(new ReplicateKeyCommand({ KeyId: lab.facts.keyId, ReplicaRegion: 'eu-west-1' }));
    await lab.client().send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    const result = await lab.check();
    expect(conditionOf(result, 'replica').held).toBe(true);
    expect(conditionOf(result, 'decrypted').message).toContain('in us-east-1');
  });
});
