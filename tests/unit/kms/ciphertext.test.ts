/**
 * The ciphertext blob: layout, and that every kind of damage gives the exact AWS exception.
 */
import { describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DecryptCommand,
  EncryptCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  ReEncryptCommand,
} from '@aws-sdk/client-kms';
import { canonicalEncryptionContext, createKms, parseCiphertextBlob } from '@/kms';
import { crc32 } from '@/kms/crc32';
import { failure, setup, text, utf8 } from './helpers';

async function fixture() {
  const s = setup();
  const c = s.client();
  const key = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
  const ctx = { purpose: 'test', tenant: 'a' };
  const blob = (await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('attack at dawn'), EncryptionContext: ctx })))
    .CiphertextBlob!;
  return { ...s, c, key, ctx, blob };
}

describe('ciphertext blob layout', () => {
  it('labels every byte: header fields, nonce, header check, ciphertext and tag', async () => {
    const { blob, key } = await fixture();
    const parsed = parseCiphertextBlob(blob);
    expect(parsed.recognised).toBe(true);
    expect(parsed.header!.keyId).toBe(key.KeyId);
    expect(parsed.header!.accountId).toBe('111122223333');
    expect(parsed.header!.keyMaterialId).toBe(key.CurrentKeyMaterialId);
    const names = parsed.parts.map((p) => p.name);
    expect(names).toEqual([
      'magic',
      'version',
      'account',
      'key-id-length',
      'key-id',
      'key-material-id',
      'nonce',
      'header-check',
      'ciphertext',
      'tag',
    ]);
    // Parts tile the blob exactly.
    let offset = 0;
    for (const p of parsed.parts) {
      expect(p.offset).toBe(offset);
      offset += p.length;
    }
    expect(offset).toBe(blob.length);
    // 14-byte plaintext -> 14-byte ciphertext; 36-char key ID -> 100-byte header.
    expect(parsed.parts.find((p) => p.name === 'ciphertext')!.length).toBe(14);
    expect(blob.length).toBe(100 + 14 + 16);
    expect([...blob.subarray(0, 3)]).toEqual([0x4b, 0x4c, 0x01]);
  });

  it('treats bytes it did not produce as opaque', () => {
    const parsed = parseCiphertextBlob(new Uint8Array([1, 2, 3]));
    expect(parsed.recognised).toBe(false);
    expect(parsed.parts).toEqual([expect.objectContaining({ name: 'opaque', offset: 0, length: 3 })]);
  });

  it('uses a fresh nonce each time, so equal plaintexts give different ciphertexts', async () => {
    const { c, key } = await fixture();
    const a = (await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('same') }))).CiphertextBlob!;
    const b = (await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('same') }))).CiphertextBlob!;
    expect(parseCiphertextBlob(a).header!.nonce).not.toEqual(parseCiphertextBlob(b).header!.nonce);
    expect(a).not.toEqual(b);
  });

  it('CRC-32 matches the standard check value (crc32("123456789") = 0xCBF43926)', () => {
    expect(crc32(utf8('123456789'))).toBe(0xcbf43926);
  });
});

describe('tampering gives InvalidCiphertextException (no message), never a crash', () => {
  it('flipping any single bit anywhere in the blob', async () => {
    const { c, blob, ctx } = await fixture();
    for (let i = 0; i < blob.length; i++) {
      const bad = blob.slice();
      bad[i]! ^= 1 << (i % 8);
      const err = await failure(c.send(new DecryptCommand({ CiphertextBlob: bad, EncryptionContext: ctx })));
      expect(err, `byte ${i}`).toBeInstanceOf(InvalidCiphertextException);
      expect(err.message).toBe('UnknownError'); // AWS sends no message; the SDK fills in "UnknownError"
    }
  });

  it('truncating the blob to every shorter length', async () => {
    const { c, blob, ctx } = await fixture();
    for (let n = 1; n < blob.length; n++) {
      const err = await failure(c.send(new DecryptCommand({ CiphertextBlob: blob.subarray(0, n), EncryptionContext: ctx })));
      expect(err, `length ${n}`).toBeInstanceOf(InvalidCiphertextException);
    }
  });

  it('extending the blob with extra bytes', async () => {
    const { c, blob, ctx } = await fixture();
    for (const extra of [[0], [1, 2, 3], new Array(16).fill(0xff)]) {
      const longer = new Uint8Array([...blob, ...extra]);
      expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: longer, EncryptionContext: ctx })))).toBeInstanceOf(
        InvalidCiphertextException,
      );
    }
  });

  it('random bytes of many lengths, and bytes that only look like a blob', async () => {
    const { c } = await fixture();
    for (const n of [1, 2, 15, 16, 64, 100, 131, 500, 6144]) {
      const junk = new Uint8Array(n);
      crypto.getRandomValues(junk);
      expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: junk })))).toBeInstanceOf(InvalidCiphertextException);
    }
    const lookalike = new Uint8Array(130);
    lookalike.set([0x4b, 0x4c, 0x01]);
    expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: lookalike })))).toBeInstanceOf(InvalidCiphertextException);
  });

  it('a blob over 6,144 bytes is a ValidationException (the CiphertextBlob length constraint)', async () => {
    const { c } = await fixture();
    const err = await failure(c.send(new DecryptCommand({ CiphertextBlob: new Uint8Array(6145) })));
    expect(err.name).toBe('ValidationException');
    expect(err.message).toContain("at 'ciphertextBlob' failed to satisfy constraint: Member must have length less than or equal to 6144");
  });

  it('swapping ciphertext and tag between two blobs of the same key', async () => {
    const { c, key, blob, ctx } = await fixture();
    const other = (await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('attack at dusk'), EncryptionContext: ctx })))
      .CiphertextBlob!;
    const spliced = new Uint8Array([...blob.subarray(0, 100), ...other.subarray(100)]);
    expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: spliced, EncryptionContext: ctx })))).toBeInstanceOf(
      InvalidCiphertextException,
    );
  });
});

describe('encryption context binding', () => {
  it('must match exactly; only the order of pairs may differ', async () => {
    const { c, blob } = await fixture();
    const ok = await c.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { tenant: 'a', purpose: 'test' } }));
    expect(text(ok.Plaintext)).toBe('attack at dawn');
    for (const wrong of [
      undefined,
      {},
      { purpose: 'test' },
      { purpose: 'Test', tenant: 'a' },
      { Purpose: 'test', tenant: 'a' },
      { purpose: 'test', tenant: 'a', extra: '' },
    ]) {
      const err = await failure(
        c.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: wrong as Record<string, string> | undefined })),
      );
      expect(err, JSON.stringify(wrong)).toBeInstanceOf(InvalidCiphertextException);
    }
  });

  it('{"a":"bc"} does not match {"ab":"c"} (canonical form is length-prefixed)', async () => {
    const { c, key } = await fixture();
    const blob = (await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionContext: { a: 'bc' } })))
      .CiphertextBlob!;
    expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { ab: 'c' } })))).toBeInstanceOf(
      InvalidCiphertextException,
    );
    expect(canonicalEncryptionContext({ a: 'bc' })).not.toEqual(canonicalEncryptionContext({ ab: 'c' }));
    expect(canonicalEncryptionContext({ x: '1', y: '2' })).toEqual(canonicalEncryptionContext({ y: '2', x: '1' }));
    expect(canonicalEncryptionContext({})).toEqual(canonicalEncryptionContext(undefined));
  });

  it('Unicode keys and values round-trip', async () => {
    const { c, key } = await fixture();
    const ctx = { Département: 'Ingénierie', 'emoji🔑': 'ключ' };
    const blob = (await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('é'), EncryptionContext: ctx }))).CiphertextBlob!;
    expect(text((await c.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: ctx }))).Plaintext)).toBe('é');
  });
});

describe('wrong key, wrong Region', () => {
  it('Decrypt with the KeyId of another key is IncorrectKeyException', async () => {
    const { c, blob, ctx } = await fixture();
    const other = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const err = await failure(c.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: ctx, KeyId: other.KeyId })));
    expect(err).toBeInstanceOf(IncorrectKeyException);
    const re = await failure(
      c.send(
        new ReEncryptCommand({ CiphertextBlob: blob, SourceEncryptionContext: ctx, SourceKeyId: other.Arn, DestinationKeyId: other.KeyId }),
      ),
    );
    expect(re).toBeInstanceOf(IncorrectKeyException);
  });

  it('a single-Region ciphertext cannot be decrypted in another Region', async () => {
    const { client, blob, ctx } = await fixture();
    const err = await failure(client('eu-west-1').send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: ctx })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
  });

  it('a ciphertext from another simulator instance (same key ID shape, different key) fails', async () => {
    const { blob, ctx } = await fixture();
    const other = createKms();
    const err = await failure(other.call('Decrypt', { CiphertextBlob: blob, EncryptionContext: ctx }, { region: 'us-east-1' }));
    expect(err.name).toBe('AccessDeniedException');
  });
});
