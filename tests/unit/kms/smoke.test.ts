import { describe, expect, it } from 'vitest';
import { EncryptCommand, DecryptCommand, CreateKeyCommand, InvalidCiphertextException } from '@aws-sdk/client-kms';
import { failure, setup, text, utf8 } from './helpers';

describe('smoke', () => {
  it('encrypts and decrypts through the SDK', async () => {
    const { client } = setup();
    const c = client();
    const created = await c.send(new CreateKeyCommand({ Description: 'x' }));
    const keyId = created.KeyMetadata!.KeyId!;
    const enc = await c.send(new EncryptCommand({ KeyId: keyId, Plaintext: utf8('hello'), EncryptionContext: { a: 'bc' } }));
    const dec = await c.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { a: 'bc' } }));
    expect(text(dec.Plaintext)).toBe('hello');
    const err = await failure(c.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { ab: 'c' } })));
    expect(err).toBeInstanceOf(InvalidCiphertextException);
  });
});
