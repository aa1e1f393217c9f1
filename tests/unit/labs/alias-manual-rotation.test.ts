import {
  CreateKeyCommand,
  DecryptCommand,
  DisableKeyCommand,
  EncryptCommand,
  RotateKeyOnDemandCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { bytesOf, conditionOf, expectAllHeld, startLab, utf8 } from './helpers';

const CONTEXT = { app: 'orders' };

async function switchAlias(lab: Awaited<ReturnType<typeof startLab>>) {
  const key = await lab.client().send(new CreateKeyCommand({ Description: 'Orders, from 2026' }));
  await lab.client().send(new UpdateAliasCommand({ AliasName: 'alias/app-data', TargetKeyId: key.KeyMetadata!.KeyId }));
  return key.KeyMetadata!.KeyId!;
}

describe('lab alias-manual-rotation', () => {
  it('passes UpdateAlias to a new key, new encryptions on it and the old order still readable', async () => {
    const lab = await startLab('alias-manual-rotation');
    const newKey = await switchAlias(lab);
    const enc = await lab
      .client()
      .send(new EncryptCommand({ KeyId: 'alias/app-data', Plaintext: utf8('order 90001'), EncryptionContext: CONTEXT }));
    expect(enc.KeyId).toContain(newKey);
    const old = await lab.client().send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    expect(old.KeyId).toContain(lab.facts.originalKeyId);
    expectAllHeld(await lab.check());
  });

  it('fails rotating the original key on demand instead', async () => {
    const lab = await startLab('alias-manual-rotation');
    await lab.client().send(new RotateKeyOnDemandCommand({ KeyId: lab.facts.originalKeyId }));
    const c = conditionOf(await lab.check(), 'alias-moved');
    expect(c.held).toBe(false);
    expect(c.message).toContain('on demand');
  });

  it('fails disabling the original key after the switch', async () => {
    const lab = await startLab('alias-manual-rotation');
    await switchAlias(lab);
    await lab.client().send(new DisableKeyCommand({ KeyId: lab.facts.originalKeyId }));
    const result = await lab.check();
    expect(conditionOf(result, 'alias-moved').held).toBe(true);
    expect(conditionOf(result, 'old-key-kept').message).toContain('Disabled');
  });

  it('fails an old order decrypted only before the switch', async () => {
    const lab = await startLab('alias-manual-rotation');
    await lab.client().send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    lab.ws.advanceDays(1);
    await switchAlias(lab);
    expect(conditionOf(await lab.check(), 'old-decrypts').held).toBe(false);
  });
});
