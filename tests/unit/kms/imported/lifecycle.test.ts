/**
 * Symmetric keys with imported key material through the SDK: create without material, download
 * parameters, wrap and import, expire on the simulated clock, delete, re-import the same material.
 */
import {
  DecryptCommand,
  DeleteImportedKeyMaterialCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  ImportKeyMaterialCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, parseCiphertextBlob } from '@/kms';
import { failure, setup, text, utf8 } from '../helpers';
import { DAY, T0, externalKey, importMaterial, material, parameters, wrap } from './helpers';

const describeKey = async (c: ReturnType<ReturnType<typeof setup>['client']>, id: string) =>
  (await c.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!;

describe('a symmetric key with imported key material', { timeout: 30_000 }, () => {
  it('is created PendingImport, without material, and cannot be used', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const md = await describeKey(c, id);
    expect(md).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport', Enabled: false, KeySpec: 'SYMMETRIC_DEFAULT' });
    // No material yet: nothing about its expiration or ID (as AWS's CreateKey output shows).
    expect(md.ExpirationModel).toBeUndefined();
    expect(md.ValidTo).toBeUndefined();
    expect(md.CurrentKeyMaterialId).toBeUndefined();
    const err = await failure(c.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('x') })));
    expect(err).toMatchObject({ name: 'KMSInvalidStateException', message: `${md.Arn} is pending import.` });
  });

  it('GetParametersForImport: an RSA public key of the spec asked for, a token, valid 24 hours on the simulated clock', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    for (const spec of ['RSA_2048', 'RSA_3072'] as const) {
      const p = await parameters(c, id, 'RSAES_OAEP_SHA_1', spec);
      expect(p.keyArn).toBe((await describeKey(c, id)).Arn);
      expect(p.validTo.getTime()).toBe(T0 + DAY);
      const key = await crypto.subtle.importKey('spki', p.publicKey as Uint8Array<ArrayBuffer>, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, [
        'encrypt',
      ]);
      expect((key.algorithm as RsaHashedKeyAlgorithm).modulusLength).toBe(Number(spec.slice(4)));
      expect(p.token.length).toBeGreaterThan(16);
    }
  });

  it('imports, encrypts, expires on the clock, and works again only with the same material', async () => {
    const { client, clock, kms } = setup();
    const c = client();
    const id = await externalKey(c);
    const bytes = material();
    const validTo = new Date(T0 + 10 * DAY);
    const imported = await importMaterial(c, id, bytes, { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: validTo });
    expect(imported.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const md = await describeKey(c, id);
    expect(md).toMatchObject({
      KeyState: 'Enabled',
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      CurrentKeyMaterialId: imported.KeyMaterialId,
    });
    expect(md.ValidTo).toEqual(validTo);
    const blob = (await c.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('secret') }))).CiphertextBlob!;
    expect(parseCiphertextBlob(blob).header!.keyMaterialId).toBe(imported.KeyMaterialId);

    clock.advance(10);
    const expired = await describeKey(c, id);
    expect(expired.KeyState).toBe('PendingImport');
    expect(expired.ValidTo).toBeUndefined();
    const denied = await failure(c.send(new DecryptCommand({ CiphertextBlob: blob })));
    expect(denied).toMatchObject({ name: 'KMSInvalidStateException', message: `${md.Arn} is pending import.` });
    // CloudTrail records KMS's own deletion as a service event.
    const event = kms.audit.list({ eventName: 'DeleteExpiredKeyMaterial' })[0]!;
    expect(event).toMatchObject({
      eventType: 'AwsServiceEvent',
      userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
      requestParameters: null,
      responseElements: null,
      serviceEventDetails: { keyId: id },
      resources: [{ ARN: md.Arn, type: 'AWS::KMS::Key' }],
    });
    expect(event.eventTime).toBe(validTo.toISOString().replace('.000Z', 'Z'));

    const other = await failure(importMaterial(c, id, material()));
    expect(other.name).toBe('IncorrectKeyMaterialException');
    expect((await describeKey(c, id)).KeyState).toBe('PendingImport');

    const again = await importMaterial(c, id, bytes, { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
    expect(again.KeyMaterialId).toBe(imported.KeyMaterialId);
    expect(await describeKey(c, id)).toMatchObject({ KeyState: 'Enabled', ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
    expect(text((await c.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext)).toBe('secret');
    clock.advance(400);
    expect((await describeKey(c, id)).KeyState).toBe('Enabled');
  });

  it('DeleteImportedKeyMaterial: PendingImport until the same material returns; the ciphertexts wait for it', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const bytes = material();
    const { KeyMaterialId } = await importMaterial(c, id, bytes);
    const dk = await c.send(new GenerateDataKeyCommand({ KeyId: id, KeySpec: 'AES_256' }));
    const deleted = await c.send(new DeleteImportedKeyMaterialCommand({ KeyId: id }));
    expect(deleted).toMatchObject({ KeyId: expect.stringContaining(id), KeyMaterialId });
    const md = await describeKey(c, id);
    expect(md.KeyState).toBe('PendingImport');
    // The material stays permanently associated: DescribeKey still names it.
    expect(md.CurrentKeyMaterialId).toBe(KeyMaterialId);
    expect((await failure(c.send(new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob })))).name).toBe('KMSInvalidStateException');
    // Deleting again on a key pending import: no effect, no error (key state table).
    await c.send(new DeleteImportedKeyMaterialCommand({ KeyId: id }));
    await importMaterial(c, id, bytes, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1', spec: 'RSA_3072' });
    expect((await c.send(new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob }))).Plaintext).toEqual(dk.Plaintext);
  });

  it.each(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256'] as const)(
    'unwraps material wrapped with %s by OpenSSL',
    async (algorithm) => {
      const { client } = setup();
      const c = client();
      const id = await externalKey(c);
      await importMaterial(c, id, material(), { algorithm, spec: 'RSA_2048' });
      const blob = (await c.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('ok') }))).CiphertextBlob!;
      expect(text((await c.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext)).toBe('ok');
    },
  );

  it('the same material in two keys gives two key material IDs, and neither key decrypts the other ciphertexts', async () => {
    const { client } = setup();
    const c = client();
    const [a, b] = [await externalKey(c), await externalKey(c)];
    const bytes = material();
    const idA = (await importMaterial(c, a, bytes)).KeyMaterialId;
    const idB = (await importMaterial(c, b, bytes)).KeyMaterialId;
    expect(idA).not.toBe(idB);
    const blob = (await c.send(new EncryptCommand({ KeyId: a, Plaintext: utf8('x') }))).CiphertextBlob!;
    expect((await failure(c.send(new DecryptCommand({ CiphertextBlob: blob, KeyId: b })))).name).toBe('IncorrectKeyException');
  });

  it('imported material is kept only as non-extractable CryptoKeys', async () => {
    const store = createMemoryStore();
    const { client, kms } = setup({ store });
    const c = client();
    const id = await externalKey(c);
    await importMaterial(c, id, material());
    await kms.flush();
    const row = (await store.getAll('keys'))[0]!.value as {
      materials: Array<{ key: CryptoKey }>;
      imported: { materials: Array<{ symmetric?: { key: CryptoKey } }>; parameters: unknown[] };
    };
    expect(row.imported.parameters).toHaveLength(0);
    for (const key of [row.materials[0]!.key, row.imported.materials[0]!.symmetric!.key]) {
      expect(key.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    }
    expect(JSON.stringify(row)).not.toMatch(/"raw"|"bytes"/);
  });
});

describe('import tokens and wrapping', { timeout: 30_000 }, () => {
  it('a token expires after 24 hours: ExpiredImportTokenException; new parameters work', async () => {
    const { client, clock } = setup();
    const c = client();
    const id = await externalKey(c);
    const p = await parameters(c, id);
    clock.advance(1.01);
    const send = (q: typeof p) =>
      c.send(
        new ImportKeyMaterialCommand({
          KeyId: id,
          ImportToken: q.token,
          EncryptedKeyMaterial: wrap(q.publicKey, 'RSAES_OAEP_SHA_256', material()),
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        }),
      );
    expect((await failure(send(p))).name).toBe('ExpiredImportTokenException');
    await send(await parameters(c, id));
  });

  it('a token of another key, bytes KMS never issued, or a token already used: InvalidImportTokenException', async () => {
    const { client } = setup();
    const c = client();
    const [a, b] = [await externalKey(c), await externalKey(c)];
    const p = await parameters(c, a);
    const attempt = (keyId: string, token: Uint8Array) =>
      c.send(
        new ImportKeyMaterialCommand({
          KeyId: keyId,
          ImportToken: token,
          EncryptedKeyMaterial: wrap(p.publicKey, 'RSAES_OAEP_SHA_256', material()),
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        }),
      );
    expect((await failure(attempt(b, p.token))).name).toBe('InvalidImportTokenException');
    const forged = p.token.slice();
    forged[forged.length - 1]! ^= 1;
    expect((await failure(attempt(a, forged))).name).toBe('InvalidImportTokenException');
    expect((await failure(attempt(a, utf8('not a token')))).name).toBe('InvalidImportTokenException');
    await attempt(a, p.token);
    expect((await failure(attempt(a, p.token))).name).toBe('InvalidImportTokenException');
  });

  it('material wrapped for another wrapping key, or with another algorithm, is InvalidCiphertextException', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const p1 = await parameters(c, id, 'RSAES_OAEP_SHA_256');
    const p2 = await parameters(c, id, 'RSAES_OAEP_SHA_256');
    const send = (token: Uint8Array, encrypted: Uint8Array) =>
      c.send(
        new ImportKeyMaterialCommand({
          KeyId: id,
          ImportToken: token,
          EncryptedKeyMaterial: encrypted,
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
        }),
      );
    const err = await failure(send(p1.token, wrap(p2.publicKey, 'RSAES_OAEP_SHA_256', material())));
    expect(err.name).toBe('InvalidCiphertextException');
    expect((err as { kmsLabExplanation?: string }).kmsLabExplanation).toMatch(/wrapping key/);
    expect((await failure(send(p1.token, wrap(p1.publicKey, 'RSAES_OAEP_SHA_1', material())))).name).toBe('InvalidCiphertextException');
    expect((await failure(send(p1.token, wrap(p1.publicKey, 'RSA_AES_KEY_WRAP_SHA_256', material())))).name).toBe(
      'InvalidCiphertextException',
    );
  });

  it('RSAES_PKCS1_V1_5 (ended 10 October 2023) and the China-only SM2 wrapping are refused', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const pkcs1 = await failure(parameters(c, id, 'RSAES_PKCS1_V1_5'));
    expect(pkcs1.name).toBe('UnsupportedOperationException');
    expect((pkcs1 as { kmsLabExplanation?: string }).kmsLabExplanation).toMatch(/10 October 2023/);
    expect((await failure(parameters(c, id, 'SM2PKE', 'SM2'))).name).toBe('UnsupportedOperationException');
  });

  it('material of the wrong length is IncorrectKeyMaterialException', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    for (const n of [16, 31, 33, 64])
      expect((await failure(importMaterial(c, id, material(n)))).name).toBe('IncorrectKeyMaterialException');
    expect((await describeKey(c, id)).KeyState).toBe('PendingImport');
  });

  it('expiration settings: ValidTo required with the default KEY_MATERIAL_EXPIRES, refused without expiry, in the future, at most 365 days', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const attempt = async (input: Record<string, unknown>) => {
      const p = await parameters(c, id);
      return failure(
        c.send(
          new ImportKeyMaterialCommand({
            KeyId: id,
            ImportToken: p.token,
            EncryptedKeyMaterial: wrap(p.publicKey, 'RSAES_OAEP_SHA_256', material()),
            ...input,
          }),
        ),
      );
    };
    expect((await attempt({})).name).toBe('ValidationException');
    expect((await attempt({ ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE', ValidTo: new Date(T0 + DAY) })).name).toBe(
      'ValidationException',
    );
    expect((await attempt({ ValidTo: new Date(T0 - 1000) })).name).toBe('ValidationException');
    expect((await attempt({ ValidTo: new Date(T0 + 366 * DAY) })).name).toBe('ValidationException');
    await importMaterial(c, id, material(), { ValidTo: new Date(T0 + 365 * DAY) });
    expect((await describeKey(c, id)).ExpirationModel).toBe('KEY_MATERIAL_EXPIRES');
  });
});
