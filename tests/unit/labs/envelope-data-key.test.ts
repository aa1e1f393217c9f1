import { DecryptCommand, EncryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createEnvelopeEncryption } from './envelope';
import { conditionOf, expectAllHeld, failsWith, startLab, utf8 } from './helpers';

const CONTEXT = { backup: 'nightly' };

describe('lab envelope-data-key', () => {
  it('passes a data key from BackupWriter, recovered by RestoreJob', async () => {
    const lab = await startLab('envelope-data-key');
    const writer = lab.client(lab.keyOf('BackupWriter'));
    const restorer = lab.client(lab.keyOf('RestoreJob'));
    const { sealed, encryptedKey } = await createEnvelopeEncryption(writer, 'alias/backups', CONTEXT, utf8('tar of /var/backups'));
    const key = await restorer.send(new DecryptCommand({ CiphertextBlob: encryptedKey, EncryptionContext: CONTEXT }));
    expect(key.Plaintext).toHaveLength(32);
    expect(sealed.length).toBeGreaterThan(16);
    expect(await failsWith(writer.send(new DecryptCommand({ CiphertextBlob: encryptedKey, EncryptionContext: CONTEXT })))).toBe(
      'AccessDeniedException',
    );
    expectAllHeld(await lab.check());
  });

  it('fails the data key made by root, and the backup sent to KMS with Encrypt', async () => {
    const lab = await startLab('envelope-data-key');
    const root = lab.client();
    const dk = await root.send(new GenerateDataKeyCommand({ KeyId: 'alias/backups', KeySpec: 'AES_256', EncryptionContext: CONTEXT }));
    const enc = await root.send(
      new EncryptCommand({ KeyId: 'alias/backups', Plaintext: utf8('the whole backup'), EncryptionContext: CONTEXT }),
    );
    await lab.client(lab.keyOf('RestoreJob')).send(new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob, EncryptionContext: CONTEXT }));
    expect(enc.CiphertextBlob).toBeDefined();
    const result = await lab.check();
    expect(conditionOf(result, 'data-key').message).toContain('not BackupWriter');
    expect(conditionOf(result, 'not-sent').held).toBe(false);
  });
});
