import { DecryptCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createEnvelopeEncryption } from './envelope';
import { conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const CONTEXT = { document: 'contract-2025' };
const DOCUMENT = new Uint8Array(50 * 1024).fill(7);

describe('lab four-kb-limit', () => {
  it('shows the failed 50 KB Encrypt in the starting audit trail', async () => {
    const lab = await startLab('four-kb-limit');
    const s = await lab.snapshot();
    expect(s.events.some((e) => e.name === 'Encrypt' && e.errorCode === 'ValidationException')).toBe(true);
  });

  it('passes envelope encryption of the 50 KB document, read back with Decrypt', async () => {
    const lab = await startLab('four-kb-limit');
    const kms = lab.client();
    expect(
      await failsWith(kms.send(new EncryptCommand({ KeyId: 'alias/contracts', Plaintext: DOCUMENT, EncryptionContext: CONTEXT }))),
    ).toBe('ValidationException');
    const { encryptedKey } = await createEnvelopeEncryption(kms, 'alias/contracts', CONTEXT, DOCUMENT);
    await kms.send(new DecryptCommand({ CiphertextBlob: encryptedKey, EncryptionContext: CONTEXT }));
    expectAllHeld(await lab.check());
  });

  it('fails the document cut into 4 KB Encrypt calls', async () => {
    const lab = await startLab('four-kb-limit');
    const kms = lab.client();
    for (let offset = 0; offset < DOCUMENT.length; offset += 4096) {
      const part = await kms.send(
        new EncryptCommand({ KeyId: 'alias/contracts', Plaintext: DOCUMENT.subarray(offset, offset + 4096), EncryptionContext: CONTEXT }),
      );
      await kms.send(new DecryptCommand({ CiphertextBlob: part.CiphertextBlob, EncryptionContext: CONTEXT }));
    }
    const result = await lab.check();
    expect(conditionOf(result, 'data-key').held).toBe(false);
    const chunks = conditionOf(result, 'no-chunks');
    expect(chunks.held).toBe(false);
    expect(chunks.message).toContain('13 Encrypt calls');
  });

  it('fails a data key that is never read back', async () => {
    const lab = await startLab('four-kb-limit');
    await createEnvelopeEncryption(lab.client(), 'alias/contracts', CONTEXT, DOCUMENT);
    const result = await lab.check();
    expect(conditionOf(result, 'data-key').held).toBe(true);
    expect(conditionOf(result, 'read-back').held).toBe(false);
  });
});
