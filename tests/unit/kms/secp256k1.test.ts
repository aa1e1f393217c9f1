/**
 * ECC_SECG_P256K1 (secp256k1) keys through the unmodified AWS SDK: CreateKey, Sign (RAW and DIGEST),
 * Verify, GetPublicKey, GenerateDataKeyPair(WithoutPlaintext), with known answers and cross-checks in
 * both directions against @noble/curves and Node's crypto (OpenSSL).
 *
 * Vectors. SEC_G: the generator of secp256k1 (SEC 2 v2 §2.4.1), the public key of the private key 1.
 * OPENSSL: made with Python's `cryptography` 48.0.0 (its bundled OpenSSL 4.0.0), an implementation
 * independent of the simulator's, by:
 *
 *   from cryptography.hazmat.primitives.asymmetric import ec
 *   from cryptography.hazmat.primitives import hashes, serialization as s
 *   k = ec.derive_private_key(0xc9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721, ec.SECP256K1())
 *   k.public_key().public_bytes(s.Encoding.DER, s.PublicFormat.SubjectPublicKeyInfo).hex()      # spki
 *   k.private_bytes(s.Encoding.DER, s.PrivateFormat.PKCS8, s.NoEncryption()).hex()             # pkcs8
 *   k.sign(b'sample', ec.ECDSA(hashes.SHA256(), deterministic_signing=True)).hex()            # RFC 6979
 *
 * The private key is RFC 6979 §A.2.5's P-256 test key (also a valid secp256k1 key). The same script
 * reproduces RFC 6979's own P-256 "sample" signature, which checks the method. 'hello' is the first of
 * the messages tried whose deterministic signature has a high S (s > n/2).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyPairCommand,
  GenerateDataKeyPairWithoutPlaintextCommand,
  GetPublicKeyCommand,
  InvalidCiphertextException,
  InvalidKeyUsageException,
  KMSClient,
  KMSInvalidSignatureException,
  ReplicateKeyCommand,
  SignCommand,
  VerifyCommand,
  type SigningAlgorithmSpec,
} from '@aws-sdk/client-kms';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { createKms, createMemoryStore, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY, type KeyRecord } from '@/kms';
import { fromHex, toHex } from '@/kms/bytes';
import { ecSpec, type EcSpec } from '@/kms/crypto/ec-specs';
import { ecdsaSign } from '@/kms/crypto/ecdsa';
import { createSecp256k1Material } from '@/kms/crypto/secp256k1';
import { signMessage } from '@/kms/crypto/signing';
import { failure, scripted, setup, utf8 } from './helpers';

const SEC_G =
  '0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8';
const SPKI_PREFIX = '3056301006072a8648ce3d020106052b8104000a034200';
const OPENSSL = {
  d: 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721',
  spki: '3056301006072a8648ce3d020106052b8104000a034200042c8c31fc9f990c6b55e3865a184a4ce50e09481f2eaeb3e60ec1cea13a6ae64564b95e4fdb6948c0386e189b006a29f686769b011704275e4459822dc3328085',
  pkcs8:
    '308184020100301006072a8648ce3d020106052b8104000a046d306b0201010420c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721a144034200042c8c31fc9f990c6b55e3865a184a4ce50e09481f2eaeb3e60ec1cea13a6ae64564b95e4fdb6948c0386e189b006a29f686769b011704275e4459822dc3328085',
  signatures: [
    {
      message: 'sample',
      der: '30440220432310e32cb80eb6503a26ce83cc165c783b870845fb8aad6d970889fcd7a6c80220530128b6b81c548874a6305d93ed071ca6e05074d85863d4056ce89b02bfab69',
      highS: false,
    },
    {
      message: 'hello',
      der: '304502203afd67ba328aee940ed0100d7ec5fbfc2085ffee4e478edfa48ae6887af762cd022100a388d12ea3239004d7edf432624bf68b61c4e1915627cbfc47036b40a81ee0d0',
      highS: true,
    },
  ],
};
const ALG: SigningAlgorithmSpec = 'ECDSA_SHA_256';

/** An SDK client on a simulator whose random source is scripted (known private keys). */
function scriptedClient(...chunks: Uint8Array[]) {
  const store = createMemoryStore();
  const kms = createKms({ random: scripted(...chunks), store });
  const client = new KMSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: ROOT_ACCESS_KEY_ID, secretAccessKey: ROOT_SECRET_ACCESS_KEY },
    maxAttempts: 1,
    requestHandler: kms.requestHandler,
  });
  return { kms, client, store };
}

const nodePublic = (spki: Uint8Array) => createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
/** The uncompressed point inside a secp256k1 SPKI, for noble. */
const point = (spki: Uint8Array) => spki.subarray(SPKI_PREFIX.length / 2);
const nobleVerify = (sig: Uint8Array, message: Uint8Array, spki: Uint8Array, prehash = true) =>
  secp256k1.verify(sig, message, point(spki), { prehash, lowS: false, format: 'der' });

describe('ECC_SECG_P256K1 known answers', () => {
  it('the SubjectPublicKeyInfo prefixes the simulator builds and parses are the ones WebCrypto and OpenSSL export', async () => {
    for (const [spec, curve] of [
      ['ECC_NIST_P256', 'P-256'],
      ['ECC_NIST_P384', 'P-384'],
      ['ECC_NIST_P521', 'P-521'],
    ] as const) {
      const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: curve }, true, ['sign']);
      const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
      expect(toHex(spki.subarray(0, spki.length - 1 - 2 * ecSpec(spec).size)), spec).toBe(toHex(ecSpec(spec).spkiPrefix));
    }
    const node = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ format: 'der', type: 'spki' });
    const spec: EcSpec = 'ECC_SECG_P256K1';
    expect(toHex(node.subarray(0, node.length - 65))).toBe(toHex(ecSpec(spec).spkiPrefix));
    expect(toHex(ecSpec(spec).spkiPrefix)).toBe(SPKI_PREFIX);
  });

  it('the private key 1 gives the SEC 2 generator, through CreateKey and GetPublicKey', async () => {
    // CreateKey draws the key ID (16 bytes), then the private key (32).
    const { client } = scriptedClient(new Uint8Array(16), fromHex('00'.repeat(31) + '01'));
    const key = (await client.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const pk = await client.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
    expect(toHex(pk.PublicKey!)).toBe(SPKI_PREFIX + SEC_G);
  });

  it("GetPublicKey returns OpenSSL's SubjectPublicKeyInfo for the OpenSSL vector's private key", async () => {
    const { client } = scriptedClient(new Uint8Array(16), fromHex(OPENSSL.d));
    const key = (await client.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    expect(toHex((await client.send(new GetPublicKeyCommand({ KeyId: key.KeyId }))).PublicKey!)).toBe(OPENSSL.spki);
  });

  it("the unhedged signer gives OpenSSL's RFC 6979 signatures, RAW and DIGEST, high S kept as KMS keeps it", () => {
    for (const v of OPENSSL.signatures) {
      const message = utf8(v.message);
      expect(toHex(ecdsaSign('ECC_SECG_P256K1', fromHex(OPENSSL.d), message, true)), v.message).toBe(v.der);
      expect(toHex(ecdsaSign('ECC_SECG_P256K1', fromHex(OPENSSL.d), sha256(message), false)), v.message).toBe(v.der);
      const s = secp256k1.Signature.fromBytes(fromHex(v.der), 'der');
      expect(s.hasHighS()).toBe(v.highS);
    }
  });

  it("Verify accepts OpenSSL's signatures (low and high S) for a KMS key with the vector's private key, RAW and DIGEST", async () => {
    const { client } = scriptedClient(new Uint8Array(16), fromHex(OPENSSL.d));
    const key = (await client.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    for (const v of OPENSSL.signatures) {
      const message = utf8(v.message);
      const raw = await client.send(
        new VerifyCommand({ KeyId: key.KeyId, Message: message, Signature: fromHex(v.der), SigningAlgorithm: ALG }),
      );
      expect(raw.SignatureValid, v.message).toBe(true);
      const digest = await client.send(
        new VerifyCommand({
          KeyId: key.KeyId,
          Message: sha256(message),
          MessageType: 'DIGEST',
          Signature: fromHex(v.der),
          SigningAlgorithm: ALG,
        }),
      );
      expect(digest.SignatureValid, v.message).toBe(true);
    }
  });

  it("GenerateDataKeyPair returns OpenSSL's PKCS #8 and SPKI for the vector's private key", async () => {
    // CreateKey (symmetric) draws the key ID (16), material (32) and material ID (32); the pair's private key comes next.
    const { client } = scriptedClient(new Uint8Array(16), new Uint8Array(32).fill(1), new Uint8Array(32).fill(2), fromHex(OPENSSL.d));
    const kek = (await client.send(new CreateKeyCommand({}))).KeyMetadata!;
    const pair = await client.send(new GenerateDataKeyPairCommand({ KeyId: kek.KeyId, KeyPairSpec: 'ECC_SECG_P256K1' }));
    expect(toHex(pair.PrivateKeyPlaintext!)).toBe(OPENSSL.pkcs8);
    expect(toHex(pair.PublicKey!)).toBe(OPENSSL.spki);
  });
});

describe('ECC_SECG_P256K1 keys through the SDK', () => {
  it('CreateKey and DescribeKey: SIGN_VERIFY, ECDSA_SHA_256 only; GetPublicKey parses in Node as a secp256k1 key', async () => {
    const c = setup().client();
    const md = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    expect(md.KeySpec).toBe('ECC_SECG_P256K1');
    expect(md.CustomerMasterKeySpec).toBe('ECC_SECG_P256K1');
    expect(md.KeyUsage).toBe('SIGN_VERIFY');
    expect(md.SigningAlgorithms).toEqual(['ECDSA_SHA_256']);
    expect(md.EncryptionAlgorithms).toBeUndefined();
    expect((await c.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!.SigningAlgorithms).toEqual(['ECDSA_SHA_256']);
    const pk = await c.send(new GetPublicKeyCommand({ KeyId: md.KeyId }));
    expect(pk.KeySpec).toBe('ECC_SECG_P256K1');
    expect(pk.KeyUsage).toBe('SIGN_VERIFY');
    expect(pk.SigningAlgorithms).toEqual(['ECDSA_SHA_256']);
    const pub = nodePublic(pk.PublicKey!);
    expect(pub.asymmetricKeyType).toBe('ec');
    expect(pub.asymmetricKeyDetails?.namedCurve).toBe('secp256k1');
    const jwk = pub.export({ format: 'jwk' });
    expect(jwk.crv).toBe('secp256k1');
    expect(Buffer.from(jwk.x!, 'base64url')).toEqual(Buffer.from(point(pk.PublicKey!).subarray(1, 33)));
    // The point is on the curve (noble refuses one that is not).
    expect(() => secp256k1.Point.fromBytes(point(pk.PublicKey!))).not.toThrow();
  });

  it('Sign RAW and DIGEST: DER signatures that @noble/curves and Node verify; each signature is new, as in KMS', async () => {
    const c = setup().client();
    const md = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const spki = (await c.send(new GetPublicKeyCommand({ KeyId: md.KeyId }))).PublicKey!;
    const message = utf8('transfer 1 BTC to Alice');
    const raw = await c.send(new SignCommand({ KeyId: md.KeyId, Message: message, SigningAlgorithm: ALG }));
    expect(raw.KeyId).toBe(md.Arn);
    expect(raw.SigningAlgorithm).toBe(ALG);
    expect(raw.Signature![0]).toBe(0x30); // DER SEQUENCE, not r||s
    const dig = await c.send(new SignCommand({ KeyId: md.KeyId, Message: sha256(message), MessageType: 'DIGEST', SigningAlgorithm: ALG }));
    for (const sig of [raw.Signature!, dig.Signature!]) {
      expect(nobleVerify(sig, message, spki)).toBe(true);
      expect(nobleVerify(sig, sha256(message), spki, false)).toBe(true);
      expect(nodeVerify('sha256', message, { key: nodePublic(spki), dsaEncoding: 'der' }, sig)).toBe(true);
      expect(nodeVerify('sha256', utf8('transfer 9 BTC to Mallory'), { key: nodePublic(spki), dsaEncoding: 'der' }, sig)).toBe(false);
    }
    const again = await c.send(new SignCommand({ KeyId: md.KeyId, Message: message, SigningAlgorithm: ALG }));
    expect(toHex(again.Signature!)).not.toBe(toHex(raw.Signature!));
  });

  it('Verify: good signatures, and the exceptions AWS sends for a tampered message or signature, a wrong algorithm or digest length', async () => {
    const c = setup().client();
    const md = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const message = utf8('block 840000');
    const sig = (await c.send(new SignCommand({ KeyId: md.KeyId, Message: message, SigningAlgorithm: ALG }))).Signature!;
    const ok = await c.send(new VerifyCommand({ KeyId: md.KeyId, Message: message, Signature: sig, SigningAlgorithm: ALG }));
    expect(ok.SignatureValid).toBe(true);
    expect(ok.KeyId).toBe(md.Arn);
    const okDigest = await c.send(
      new VerifyCommand({ KeyId: md.KeyId, Message: sha256(message), MessageType: 'DIGEST', Signature: sig, SigningAlgorithm: ALG }),
    );
    expect(okDigest.SignatureValid).toBe(true);

    const tamperedMessage = await failure(
      c.send(new VerifyCommand({ KeyId: md.KeyId, Message: utf8('block 840001'), Signature: sig, SigningAlgorithm: ALG })),
    );
    expect(tamperedMessage).toBeInstanceOf(KMSInvalidSignatureException);
    const flipped = sig.slice();
    flipped[flipped.length - 1]! ^= 1;
    expect(
      await failure(c.send(new VerifyCommand({ KeyId: md.KeyId, Message: message, Signature: flipped, SigningAlgorithm: ALG }))),
    ).toBeInstanceOf(KMSInvalidSignatureException);
    // Not DER at all (r||s, as WebCrypto would give it): invalid, not an error of another kind.
    const compact = secp256k1.Signature.fromBytes(sig, 'der').toBytes('compact');
    expect(
      await failure(c.send(new VerifyCommand({ KeyId: md.KeyId, Message: message, Signature: compact, SigningAlgorithm: ALG }))),
    ).toBeInstanceOf(KMSInvalidSignatureException);

    for (const wrong of ['ECDSA_SHA_384', 'RSASSA_PSS_SHA_256'] as const) {
      const e = await failure(c.send(new VerifyCommand({ KeyId: md.KeyId, Message: message, Signature: sig, SigningAlgorithm: wrong })));
      expect(e, wrong).toBeInstanceOf(InvalidKeyUsageException);
      expect(await failure(c.send(new SignCommand({ KeyId: md.KeyId, Message: message, SigningAlgorithm: wrong })))).toBeInstanceOf(
        InvalidKeyUsageException,
      );
    }
    const shortDigest = await failure(
      c.send(new SignCommand({ KeyId: md.KeyId, Message: new Uint8Array(20), MessageType: 'DIGEST', SigningAlgorithm: ALG })),
    );
    expect(shortDigest.name).toBe('ValidationException');
    expect(shortDigest.message).toBe('Digest is invalid length for algorithm ECDSA_SHA_256.');
  });

  it('the other way round: signatures made outside with the private key verify in KMS (Node/OpenSSL and @noble/curves)', async () => {
    const { client } = scriptedClient(new Uint8Array(16), fromHex(OPENSSL.d));
    const md = (await client.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const priv = createPrivateKey({ key: Buffer.from(fromHex(OPENSSL.pkcs8)), format: 'der', type: 'pkcs8' });
    const message = utf8('signed outside KMS');
    const fromNode = nodeSign('sha256', message, { key: priv, dsaEncoding: 'der' });
    const fromNoble = secp256k1.sign(message, fromHex(OPENSSL.d), { format: 'der' });
    for (const sig of [fromNode, fromNoble]) {
      const v = await client.send(new VerifyCommand({ KeyId: md.KeyId, Message: message, Signature: sig, SigningAlgorithm: ALG }));
      expect(v.SignatureValid).toBe(true);
    }
  });

  it('ENCRYPT_DECRYPT is refused at CreateKey with ValidationException; the signing key cannot encrypt or protect data key pairs', async () => {
    const c = setup().client();
    const e = await failure(c.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'ENCRYPT_DECRYPT' })));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toContain('KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec ECC_SECG_P256K1');
    const md = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    expect(await failure(c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('x') })))).toBeInstanceOf(InvalidKeyUsageException);
    expect(await failure(c.send(new GenerateDataKeyPairCommand({ KeyId: md.KeyId, KeyPairSpec: 'ECC_SECG_P256K1' })))).toBeInstanceOf(
      InvalidKeyUsageException,
    );
  });

  it('GenerateDataKeyPair: PKCS #8 private key that Node reads, matching public key, and the encrypted copy decrypts with Decrypt', async () => {
    const c = setup().client();
    const kek = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const context = { wallet: 'cold-storage' };
    const pair = await c.send(
      new GenerateDataKeyPairCommand({ KeyId: kek.KeyId, KeyPairSpec: 'ECC_SECG_P256K1', EncryptionContext: context }),
    );
    expect(pair.KeyPairSpec).toBe('ECC_SECG_P256K1');
    expect(pair.KeyId).toBe(kek.Arn);
    expect(pair.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const priv = createPrivateKey({ key: Buffer.from(pair.PrivateKeyPlaintext!), format: 'der', type: 'pkcs8' });
    expect(priv.asymmetricKeyDetails?.namedCurve).toBe('secp256k1');
    const derivedSpki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
    expect(toHex(derivedSpki)).toBe(toHex(pair.PublicKey!));
    // The pair works: Node signs with the private key, noble verifies with the public key.
    const message = utf8('data key pair');
    expect(nobleVerify(nodeSign('sha256', message, { key: priv, dsaEncoding: 'der' }), message, pair.PublicKey!)).toBe(true);
    // PrivateKeyCiphertextBlob is the private key encrypted under the symmetric KMS key (docs/kms-facts.md §8):
    // Decrypt, with the same encryption context, returns the same PKCS #8 bytes.
    const dec = await c.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob, EncryptionContext: context }));
    expect(dec.KeyId).toBe(kek.Arn);
    expect(toHex(dec.Plaintext!)).toBe(toHex(pair.PrivateKeyPlaintext!));
    expect(await failure(c.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob })))).toBeInstanceOf(
      InvalidCiphertextException,
    );

    const without = await c.send(new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: kek.KeyId, KeyPairSpec: 'ECC_SECG_P256K1' }));
    expect((without as unknown as Record<string, unknown>).PrivateKeyPlaintext).toBeUndefined();
    const later = (await c.send(new DecryptCommand({ CiphertextBlob: without.PrivateKeyCiphertextBlob }))).Plaintext!;
    const laterKey = createPrivateKey({ key: Buffer.from(later), format: 'der', type: 'pkcs8' });
    expect(toHex(createPublicKey(laterKey).export({ format: 'der', type: 'spki' }))).toBe(toHex(without.PublicKey!));
  });
});

describe('ECC_SECG_P256K1 multi-Region keys', () => {
  it('a replica has the same key pair: it signs in its Region and the primary verifies', async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const md = (await east.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY', MultiRegion: true })))
      .KeyMetadata!;
    await east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'eu-west-1' }));
    const primaryKey = (await east.send(new GetPublicKeyCommand({ KeyId: md.KeyId }))).PublicKey!;
    const replicaKey = (await west.send(new GetPublicKeyCommand({ KeyId: md.KeyId }))).PublicKey!;
    expect(toHex(replicaKey)).toBe(toHex(primaryKey));
    const message = utf8('signed in Ireland');
    const sig = (await west.send(new SignCommand({ KeyId: md.KeyId, Message: message, SigningAlgorithm: ALG }))).Signature!;
    expect(
      (await east.send(new VerifyCommand({ KeyId: md.KeyId, Message: message, Signature: sig, SigningAlgorithm: ALG }))).SignatureValid,
    ).toBe(true);
  });
});

describe('ECC_SECG_P256K1 private key handling', () => {
  it('the stored record holds the private key only wrapped: no copy of d in any encoding, no CryptoKey', async () => {
    const { client, store, kms } = scriptedClient(new Uint8Array(16), fromHex(OPENSSL.d));
    await client.send(new CreateKeyCommand({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }));
    await kms.flush();
    const record = (await store.getAll('keys'))[0]!.value as KeyRecord;
    expect(record.asymmetric!.keys).toEqual({});
    const wrapped = record.asymmetric!.wrappedPrivateJwk;
    const d = fromHex(OPENSSL.d);
    const hexOf = (b: Uint8Array) => toHex(b);
    expect(hexOf(wrapped)).not.toContain(OPENSSL.d);
    expect(hexOf(wrapped)).not.toContain(toHex(utf8(Buffer.from(d).toString('base64url'))));
    expect(JSON.stringify(record, (_k, v: unknown) => (v instanceof Uint8Array ? toHex(v) : v))).not.toContain(OPENSSL.d);
  });

  it('Sign unwraps the private key for the call only and zeroes the decrypted bytes', async () => {
    const kept: Uint8Array[] = [];
    const wrap = (b: Uint8Array) => Promise.resolve(b.slice()); // stand-in for the domain key: a copy
    const material = await createSecp256k1Material(scripted(fromHex(OPENSSL.d)), wrap);
    const key = { keySpec: 'ECC_SECG_P256K1', asymmetric: material } as unknown as KeyRecord;
    const unwrap = (b: Uint8Array) => {
      const out = b.slice();
      kept.push(out);
      return Promise.resolve(out);
    };
    const sig = await signMessage(key, ALG, utf8('m'), false, { unwrap, random: scripted() });
    expect(nobleVerify(sig, utf8('m'), material.publicKeySpki)).toBe(true);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.every((b) => b === 0)).toBe(true);
  });

  it('a secp256k1 key survives a reload of the store and still signs', async () => {
    const store = createMemoryStore();
    const first = createKms({ store });
    const md = (await first.call('CreateKey', { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' }, { region: 'us-east-1' }))
      .KeyMetadata!;
    await first.flush();
    const second = createKms({ store });
    await second.ready();
    const sig = (
      await second.call('Sign', { KeyId: md.KeyId!, Message: utf8('after reload'), SigningAlgorithm: ALG }, { region: 'us-east-1' })
    ).Signature!;
    const spki = (await second.call('GetPublicKey', { KeyId: md.KeyId! }, { region: 'us-east-1' })).PublicKey!;
    expect(nobleVerify(sig, utf8('after reload'), spki)).toBe(true);
  });
});
