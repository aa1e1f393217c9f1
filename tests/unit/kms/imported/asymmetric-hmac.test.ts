/**
 * HMAC and asymmetric keys with imported key material: the material's format and length, one material
 * per key, and that the key then does exactly what the imported key does outside KMS.
 */
import { createHmac, createPublicKey, generateKeyPairSync, publicEncrypt, constants, verify as nodeVerify } from 'node:crypto';
import {
  DecryptCommand,
  DeleteImportedKeyMaterialCommand,
  GenerateMacCommand,
  GetPublicKeyCommand,
  ImportKeyMaterialCommand,
  SignCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { failure, setup, utf8 } from '../helpers';
import { externalKey, importMaterial, material, parameters, wrap } from './helpers';

/** A private key as PKCS #8 DER and its public key as SPKI DER, from OpenSSL (Node's crypto). */
function keyPair(type: 'rsa' | 'ec', option: number | string) {
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: option as number })
      : generateKeyPairSync('ec', { namedCurve: option as string });
  return {
    pkcs8: new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' })),
    spki: new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' })),
  };
}

describe('HMAC keys with imported material', { timeout: 30_000 }, () => {
  it.each([
    ['HMAC_224', 'sha224', 28],
    ['HMAC_256', 'sha256', 32],
    ['HMAC_256', 'sha256', 128],
    ['HMAC_384', 'sha384', 48],
    ['HMAC_512', 'sha512', 100],
  ] as const)('%s (%s) with %i-byte material computes the same MAC as OpenSSL with that key', async (spec, hash, bytes) => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' });
    const key = material(bytes);
    const out = await importMaterial(c, id, key);
    expect(out.KeyMaterialId).toBeUndefined();
    const message = utf8('message');
    const mac = await c.send(new GenerateMacCommand({ KeyId: id, Message: message, MacAlgorithm: `HMAC_SHA_${spec.slice(5)}` as never }));
    expect(Buffer.from(mac.Mac!).toString('hex')).toBe(createHmac(hash, key).update(message).digest('hex'));
  });

  it('material shorter than the spec or longer than 1024 bits is IncorrectKeyMaterialException', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' });
    expect((await failure(importMaterial(c, id, material(47)))).name).toBe('IncorrectKeyMaterialException');
    expect((await failure(importMaterial(c, id, material(129), { algorithm: 'RSA_AES_KEY_WRAP_SHA_256' }))).name).toBe(
      'IncorrectKeyMaterialException',
    );
  });

  it('takes one material: ImportType is refused, other material is IncorrectKeyMaterialException, the same one re-imports', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const key = material();
    expect((await failure(importMaterial(c, id, key, { ImportType: 'NEW_KEY_MATERIAL' }))).name).toBe('ValidationException');
    await importMaterial(c, id, key);
    expect((await failure(importMaterial(c, id, material()))).name).toBe('IncorrectKeyMaterialException');
    await c.send(new DeleteImportedKeyMaterialCommand({ KeyId: id }));
    const mac = () => c.send(new GenerateMacCommand({ KeyId: id, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_256' }));
    expect((await failure(mac())).name).toBe('KMSInvalidStateException');
    await importMaterial(c, id, key);
    expect((await mac()).Mac).toEqual(new Uint8Array(createHmac('sha256', key).update('m').digest()));
  });
});

describe('asymmetric keys with imported material', { timeout: 60_000 }, () => {
  it("RSA_2048 signing: needs an RSA_AES wrapping algorithm; GetPublicKey returns the imported pair's public key; OpenSSL verifies KMS signatures", async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    expect((await failure(parameters(c, id, 'RSAES_OAEP_SHA_256'))).name).toBe('ValidationException');
    const pair = keyPair('rsa', 2048);
    await importMaterial(c, id, pair.pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_256', spec: 'RSA_4096' });
    expect((await c.send(new GetPublicKeyCommand({ KeyId: id }))).PublicKey).toEqual(pair.spki);
    const message = utf8('signed in KMS');
    const sig = (await c.send(new SignCommand({ KeyId: id, Message: message, SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256' }))).Signature!;
    expect(nodeVerify('sha256', message, createPublicKey({ key: Buffer.from(pair.spki), format: 'der', type: 'spki' }), sig)).toBe(true);
  });

  it('RSA_3072 encryption: ciphertexts made outside with the imported public key decrypt in KMS', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'RSA_3072', KeyUsage: 'ENCRYPT_DECRYPT' });
    const pair = keyPair('rsa', 3072);
    await importMaterial(c, id, pair.pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1' });
    const ciphertext = publicEncrypt(
      {
        key: createPublicKey({ key: Buffer.from(pair.spki), format: 'der', type: 'spki' }),
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: 'sha256',
      },
      Buffer.from('outside'),
    );
    const out = await c.send(new DecryptCommand({ KeyId: id, CiphertextBlob: ciphertext, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }));
    expect(Buffer.from(out.Plaintext!).toString()).toBe('outside');
  });

  it.each([
    ['ECC_NIST_P256', 'P-256', 'ECDSA_SHA_256', 'sha256'],
    ['ECC_NIST_P384', 'P-384', 'ECDSA_SHA_384', 'sha384'],
    ['ECC_NIST_P521', 'P-521', 'ECDSA_SHA_512', 'sha512'],
  ] as const)('%s: RSA-OAEP wrapping where it fits; signatures verify with the imported public key', async (spec, curve, alg, hash) => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
    const pair = keyPair('ec', curve);
    // An ECC_NIST_P521 private key does not fit one RSA_2048 OAEP block (API-GetParametersForImport).
    const wrapSpec = spec === 'ECC_NIST_P521' ? 'RSA_3072' : 'RSA_2048';
    if (spec === 'ECC_NIST_P521')
      expect((await failure(parameters(c, id, 'RSAES_OAEP_SHA_256', 'RSA_2048'))).name).toBe('ValidationException');
    await importMaterial(c, id, pair.pkcs8, { algorithm: 'RSAES_OAEP_SHA_256', spec: wrapSpec });
    expect((await c.send(new GetPublicKeyCommand({ KeyId: id }))).PublicKey).toEqual(pair.spki);
    const message = utf8('m');
    const sig = (await c.send(new SignCommand({ KeyId: id, Message: message, SigningAlgorithm: alg }))).Signature!;
    expect(nodeVerify(hash, message, createPublicKey({ key: Buffer.from(pair.spki), format: 'der', type: 'spki' }), sig)).toBe(true);
  });

  it("ECC_SECG_P256K1 (a curve WebCrypto lacks): OpenSSL's PKCS #8 imports; GetPublicKey and signatures match; a P-256 key is refused", async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' });
    expect((await failure(importMaterial(c, id, keyPair('ec', 'P-256').pkcs8))).name).toBe('IncorrectKeyMaterialException');
    const pair = keyPair('ec', 'secp256k1');
    await importMaterial(c, id, pair.pkcs8);
    expect((await c.send(new GetPublicKeyCommand({ KeyId: id }))).PublicKey).toEqual(pair.spki);
    const message = utf8('to the chain');
    const sig = (await c.send(new SignCommand({ KeyId: id, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }))).Signature!;
    expect(nodeVerify('sha256', message, createPublicKey({ key: Buffer.from(pair.spki), format: 'der', type: 'spki' }), sig)).toBe(true);
  });

  it('a private key of another spec, a public key, or random bytes is IncorrectKeyMaterialException', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    for (const bytes of [keyPair('ec', 'P-384').pkcs8, keyPair('ec', 'P-256').spki, material(138)]) {
      expect((await failure(importMaterial(c, id, bytes, { algorithm: 'RSA_AES_KEY_WRAP_SHA_256' }))).name).toBe(
        'IncorrectKeyMaterialException',
      );
    }
    const rsa = await externalKey(c, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' });
    expect((await failure(importMaterial(c, rsa, keyPair('rsa', 3072).pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_256' }))).name).toBe(
      'IncorrectKeyMaterialException',
    );
  });

  it('re-importing the same key pair works after deletion; another pair does not', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const pair = keyPair('ec', 'P-256');
    await importMaterial(c, id, pair.pkcs8);
    await c.send(new DeleteImportedKeyMaterialCommand({ KeyId: id }));
    expect((await failure(c.send(new GetPublicKeyCommand({ KeyId: id })))).name).toBe('KMSInvalidStateException');
    expect((await failure(importMaterial(c, id, keyPair('ec', 'P-256').pkcs8))).name).toBe('IncorrectKeyMaterialException');
    await importMaterial(c, id, pair.pkcs8);
    expect((await c.send(new GetPublicKeyCommand({ KeyId: id }))).PublicKey).toEqual(pair.spki);
  });

  it('ImportType, KeyMaterialId and KeyMaterialDescription are for symmetric keys only', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const p = await parameters(c, id);
    const encrypted = wrap(p.publicKey, 'RSAES_OAEP_SHA_256', keyPair('ec', 'P-256').pkcs8);
    const err = await failure(
      c.send(
        new ImportKeyMaterialCommand({
          KeyId: id,
          ImportToken: p.token,
          EncryptedKeyMaterial: encrypted,
          ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
          KeyMaterialDescription: 'mine',
        }),
      ),
    );
    expect(err.name).toBe('ValidationException');
  });
});
