/**
 * Asymmetric and HMAC keys: every supported key spec and algorithm, checked outside the simulator with
 * the public key from GetPublicKey: RSA with WebCrypto, ECDSA with Node's crypto (OpenSSL; it reads
 * KMS's DER signatures as they are and, unlike WebCrypto, has secp256k1).
 */
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DecryptCommand,
  EncryptCommand,
  GenerateMacCommand,
  GetPublicKeyCommand,
  KMSInvalidMacException,
  KMSInvalidSignatureException,
  SignCommand,
  VerifyCommand,
  VerifyMacCommand,
  InvalidKeyUsageException,
  InvalidCiphertextException,
  type KeySpec,
  type MacAlgorithmSpec,
  type SigningAlgorithmSpec,
} from '@aws-sdk/client-kms';
import { failure, setup, text, utf8 } from './helpers';

const subtle = crypto.subtle;
const HASH = (alg: string) => (alg.endsWith('256') ? 'SHA-256' : alg.endsWith('384') ? 'SHA-384' : 'SHA-512');

async function verifyOutside(spec: string, alg: string, spki: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const hash = HASH(alg);
  if (spec.startsWith('RSA')) {
    const name = alg.startsWith('RSASSA_PSS') ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
    const pub = await subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, { name, hash }, false, ['verify']);
    return subtle.verify(
      { name, saltLength: hash === 'SHA-256' ? 32 : hash === 'SHA-384' ? 48 : 64 },
      pub,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
  }
  const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  const curve = { ECC_NIST_P256: 'prime256v1', ECC_NIST_P384: 'secp384r1', ECC_NIST_P521: 'secp521r1', ECC_SECG_P256K1: 'secp256k1' }[spec];
  expect(key.asymmetricKeyDetails?.namedCurve).toBe(curve);
  return nodeVerify(hash.replace('-', '').toLowerCase(), message, { key, dsaEncoding: 'der' }, signature);
}

const SIGN_CASES: Array<[KeySpec, SigningAlgorithmSpec[]]> = [
  [
    'RSA_2048',
    [
      'RSASSA_PSS_SHA_256',
      'RSASSA_PSS_SHA_384',
      'RSASSA_PSS_SHA_512',
      'RSASSA_PKCS1_V1_5_SHA_256',
      'RSASSA_PKCS1_V1_5_SHA_384',
      'RSASSA_PKCS1_V1_5_SHA_512',
    ],
  ],
  ['RSA_3072', ['RSASSA_PSS_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_256']],
  ['RSA_4096', ['RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_512']],
  ['ECC_NIST_P256', ['ECDSA_SHA_256']],
  ['ECC_NIST_P384', ['ECDSA_SHA_384']],
  ['ECC_NIST_P521', ['ECDSA_SHA_512']],
  ['ECC_SECG_P256K1', ['ECDSA_SHA_256']],
];

describe('SIGN_VERIFY keys', () => {
  for (const [spec, algs] of SIGN_CASES) {
    it(`${spec}: RAW and DIGEST signatures verify outside KMS with the GetPublicKey key, and in KMS`, async () => {
      const { client } = setup();
      const c = client();
      const key = (await c.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
      expect(key.SigningAlgorithms!.length).toBeGreaterThan(0);
      expect(key.EncryptionAlgorithms).toBeUndefined();
      const pk = await c.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
      expect(pk.KeySpec).toBe(spec);
      expect(pk.KeyUsage).toBe('SIGN_VERIFY');
      expect(pk.SigningAlgorithms).toEqual(key.SigningAlgorithms);
      const message = utf8(`message signed by ${spec}`);
      for (const alg of algs) {
        const raw = await c.send(new SignCommand({ KeyId: key.KeyId, Message: message, SigningAlgorithm: alg }));
        expect(raw.SigningAlgorithm).toBe(alg);
        expect(raw.KeyId).toBe(key.Arn);
        expect(await verifyOutside(spec, alg, pk.PublicKey!, message, raw.Signature!), `${alg} RAW`).toBe(true);
        // DIGEST of the message signs the same thing a RAW signature does.
        const digest = new Uint8Array(await subtle.digest(HASH(alg), message));
        const dig = await c.send(new SignCommand({ KeyId: key.KeyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: alg }));
        expect(await verifyOutside(spec, alg, pk.PublicKey!, message, dig.Signature!), `${alg} DIGEST`).toBe(true);
        const v = await c.send(new VerifyCommand({ KeyId: key.KeyId, Message: message, Signature: raw.Signature, SigningAlgorithm: alg }));
        expect(v.SignatureValid).toBe(true);
        const vd = await c.send(
          new VerifyCommand({ KeyId: key.KeyId, Message: digest, MessageType: 'DIGEST', Signature: dig.Signature, SigningAlgorithm: alg }),
        );
        expect(vd.SignatureValid).toBe(true);
        const bad = raw.Signature!.slice();
        bad[bad.length - 1]! ^= 1;
        expect(
          await failure(c.send(new VerifyCommand({ KeyId: key.KeyId, Message: message, Signature: bad, SigningAlgorithm: alg }))),
        ).toBeInstanceOf(KMSInvalidSignatureException);
        expect(
          await failure(
            c.send(new VerifyCommand({ KeyId: key.KeyId, Message: utf8('other'), Signature: raw.Signature, SigningAlgorithm: alg })),
          ),
        ).toBeInstanceOf(KMSInvalidSignatureException);
      }
    }, 60_000);
  }

  it('rejects a wrong digest length, a wrong algorithm for the spec, encryption with a signing key', async () => {
    const { client } = setup();
    const c = client();
    const key = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const e1 = await failure(
      c.send(new SignCommand({ KeyId: key.KeyId, Message: new Uint8Array(31), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })),
    );
    expect(e1.name).toBe('ValidationException');
    expect(e1.message).toBe('Digest is invalid length for algorithm ECDSA_SHA_256.');
    const e2 = await failure(c.send(new SignCommand({ KeyId: key.KeyId, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_384' })));
    expect(e2).toBeInstanceOf(InvalidKeyUsageException);
    expect(await failure(c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('m') })))).toBeInstanceOf(InvalidKeyUsageException);
    const e3 = await failure(
      c.send(new SignCommand({ KeyId: key.KeyId, Message: new Uint8Array(4097), SigningAlgorithm: 'ECDSA_SHA_256' })),
    );
    expect(e3.name).toBe('ValidationException');
  });
});

describe('RSA ENCRYPT_DECRYPT keys', () => {
  const LIMITS: Array<[KeySpec, number, number]> = [
    ['RSA_2048', 214, 190],
    ['RSA_3072', 342, 318],
    ['RSA_4096', 470, 446],
  ];
  for (const [spec, sha1Max, sha256Max] of LIMITS) {
    it(`${spec}: OAEP SHA-1 up to ${sha1Max} bytes, SHA-256 up to ${sha256Max}; public-key encryption outside decrypts inside`, async () => {
      const { client } = setup();
      const c = client();
      const key = (await c.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'ENCRYPT_DECRYPT' }))).KeyMetadata!;
      expect(key.EncryptionAlgorithms).toEqual(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']);
      const pk = await c.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
      for (const [alg, max, hash] of [
        ['RSAES_OAEP_SHA_1', sha1Max, 'SHA-1'],
        ['RSAES_OAEP_SHA_256', sha256Max, 'SHA-256'],
      ] as const) {
        const plaintext = new Uint8Array(max).fill(0x61);
        const enc = await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: plaintext, EncryptionAlgorithm: alg }));
        const dec = await c.send(new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob: enc.CiphertextBlob, EncryptionAlgorithm: alg }));
        expect(dec.Plaintext).toEqual(plaintext);
        const tooBig = await failure(
          c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: new Uint8Array(max + 1), EncryptionAlgorithm: alg })),
        );
        expect(tooBig.name).toBe('ValidationException');
        // Outside: encrypt with the downloaded public key, decrypt in KMS.
        const pub = await subtle.importKey('spki', pk.PublicKey! as Uint8Array<ArrayBuffer>, { name: 'RSA-OAEP', hash }, false, [
          'encrypt',
        ]);
        const outside = new Uint8Array(await subtle.encrypt({ name: 'RSA-OAEP' }, pub, utf8('from outside')));
        const back = await c.send(new DecryptCommand({ KeyId: key.Arn, CiphertextBlob: outside, EncryptionAlgorithm: alg }));
        expect(text(back.Plaintext)).toBe('from outside');
      }
      // Wrong algorithm, no algorithm, context with an asymmetric key.
      const enc = await c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }));
      expect(
        await failure(
          c.send(new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob: enc.CiphertextBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' })),
        ),
      ).toBeInstanceOf(InvalidCiphertextException);
      expect(await failure(c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })))).toBeInstanceOf(
        InvalidKeyUsageException,
      );
      expect(
        (
          await failure(
            c.send(
              new EncryptCommand({
                KeyId: key.KeyId,
                Plaintext: utf8('x'),
                EncryptionAlgorithm: 'RSAES_OAEP_SHA_256',
                EncryptionContext: { a: 'b' },
              }),
            ),
          )
        ).name,
      ).toBe('ValidationException');
      // Without KeyId an RSA ciphertext is not a KMS symmetric blob.
      expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })))).toBeInstanceOf(InvalidCiphertextException);
      expect(
        await failure(c.send(new SignCommand({ KeyId: key.KeyId, Message: utf8('m'), SigningAlgorithm: 'RSASSA_PSS_SHA_256' }))),
      ).toBeInstanceOf(InvalidKeyUsageException);
    }, 60_000);
  }
});

describe('HMAC keys', () => {
  for (const spec of ['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512'] as const) {
    it(`${spec}: GenerateMac then VerifyMac; a changed tag or message is KMSInvalidMacException`, async () => {
      const { client } = setup();
      const c = client();
      const key = (await c.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
      const alg = `HMAC_SHA_${spec.slice(5)}` as MacAlgorithmSpec;
      expect(key.MacAlgorithms).toEqual([alg]);
      const mac = await c.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: utf8('hello'), MacAlgorithm: alg }));
      expect(mac.Mac!.length).toBe(Number(spec.slice(5)) / 8);
      expect(
        (await c.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: utf8('hello'), Mac: mac.Mac, MacAlgorithm: alg }))).MacValid,
      ).toBe(true);
      const bad = mac.Mac!.slice();
      bad[0]! ^= 0x80;
      expect(
        await failure(c.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: utf8('hello'), Mac: bad, MacAlgorithm: alg }))),
      ).toBeInstanceOf(KMSInvalidMacException);
      expect(
        await failure(c.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: utf8('hellO'), Mac: mac.Mac, MacAlgorithm: alg }))),
      ).toBeInstanceOf(KMSInvalidMacException);
      const other = spec === 'HMAC_256' ? 'HMAC_SHA_512' : 'HMAC_SHA_256';
      expect(await failure(c.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: utf8('x'), MacAlgorithm: other })))).toBeInstanceOf(
        InvalidKeyUsageException,
      );
      expect(await failure(c.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: utf8('x') })))).toBeInstanceOf(
        InvalidKeyUsageException,
      );
    });
  }
});

describe('key spec and usage rules at CreateKey', () => {
  it('specs the simulator does not have are rejected with a clear reason', async () => {
    const { client } = setup();
    const c = client();
    for (const spec of ['SM2', 'ML_DSA_65', 'ECC_NIST_EDWARDS25519'] as const) {
      const err = await failure(c.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' })));
      expect(err.name, spec).toBe('UnsupportedOperationException');
      expect(err.message).toContain(`KeySpec ${spec} is not supported in KMS Lab`);
    }
  });

  it('usage must fit the spec', async () => {
    const { client } = setup();
    const c = client();
    for (const [spec, usage] of [
      ['HMAC_256', 'ENCRYPT_DECRYPT'],
      ['ECC_NIST_P256', 'ENCRYPT_DECRYPT'],
      ['ECC_SECG_P256K1', 'ENCRYPT_DECRYPT'],
      ['ECC_SECG_P256K1', 'GENERATE_VERIFY_MAC'],
      ['SYMMETRIC_DEFAULT', 'SIGN_VERIFY'],
      ['RSA_2048', 'GENERATE_VERIFY_MAC'],
    ] as const) {
      const err = await failure(c.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: usage })));
      expect(err.name, `${spec}/${usage}`).toBe('ValidationException');
      expect(err.message).toContain(`KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
    }
    const bad = await failure(c.send(new CreateKeyCommand({ KeySpec: 'NOPE' as KeySpec })));
    expect(bad.name).toBe('ValidationException');
  });
});
