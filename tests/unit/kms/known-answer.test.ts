/**
 * Known-answer tests. Each vector names its source. Where the simulator's output depends on secrets it
 * never reveals, the check is made outside the simulator with WebCrypto (public keys from GetPublicKey).
 * secp256k1 vectors are in secp256k1.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { p256 } from '@noble/curves/nist.js';
import { sha224 } from '@noble/hashes/sha2.js';
import { createKms, parseCiphertextBlob } from '@/kms';
import { fromHex, toHex } from '@/kms/bytes';
import { ecdsaDerToRaw, ecdsaRawToDer, ecdsaSign } from '@/kms/crypto/ecdsa';
import { verifySignature } from '@/kms/crypto/signing';
import type { KeyRecord } from '@/kms';
import { scripted, utf8 } from './helpers';

const subtle = crypto.subtle;
const region = { region: 'us-east-1' };

// The Galois/Counter Mode of Operation (McGrew & Viega, 2005), Test Case 15 (AES-256, 96-bit IV, no AAD);
// the same vectors are in NIST's GCM test vector set (gcmEncryptExtIV256).
const GCM15 = {
  K: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
  IV: 'cafebabefacedbaddecaf888',
  P: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255',
  C: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad',
  T: 'b094dac5d93471bdec1a502270e3cc6c',
};

describe('AES-256-GCM (SYMMETRIC_DEFAULT)', () => {
  it('the platform AES-GCM reproduces GCM spec Test Case 15', async () => {
    const key = await subtle.importKey('raw', fromHex(GCM15.K) as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt']);
    const out = new Uint8Array(
      await subtle.encrypt(
        { name: 'AES-GCM', iv: fromHex(GCM15.IV) as Uint8Array<ArrayBuffer> },
        key,
        fromHex(GCM15.P) as Uint8Array<ArrayBuffer>,
      ),
    );
    expect(toHex(out)).toBe(GCM15.C + GCM15.T);
  });

  it('a KMS key with the test-case key and nonce produces the test-case ciphertext; the tag covers header + context', async () => {
    // CreateKey draws: key ID (16 bytes), key material (32), material ID (32); Encrypt draws the nonce (12).
    const kms = createKms({
      random: scripted(new Uint8Array(16).fill(7), fromHex(GCM15.K), new Uint8Array(32).fill(9), fromHex(GCM15.IV)),
    });
    const key = (await kms.call('CreateKey', {}, region)).KeyMetadata!;
    const ctx = { purpose: 'kat' };
    const blob = (await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: fromHex(GCM15.P), EncryptionContext: ctx }, region))
      .CiphertextBlob!;
    const parsed = parseCiphertextBlob(blob);
    const ct = parsed.parts.find((p) => p.name === 'ciphertext')!;
    // GCM's counter-mode output does not depend on the AAD, so the ciphertext part equals the vector's C.
    expect(toHex(blob.subarray(ct.offset, ct.offset + ct.length))).toBe(GCM15.C);
    expect(toHex(parsed.header!.nonce)).toBe(GCM15.IV);
    // The tag is GCM over AAD = header || canonical context: recompute it outside the simulator.
    const header = blob.subarray(0, parsed.header!.headerLength);
    const ctxBytes = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 7, ...utf8('purpose'), 0, 0, 0, 3, ...utf8('kat')]);
    const k = await subtle.importKey('raw', fromHex(GCM15.K) as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt']);
    const expected = new Uint8Array(
      await subtle.encrypt(
        { name: 'AES-GCM', iv: fromHex(GCM15.IV) as Uint8Array<ArrayBuffer>, additionalData: new Uint8Array([...header, ...ctxBytes]) },
        k,
        fromHex(GCM15.P) as Uint8Array<ArrayBuffer>,
      ),
    );
    expect(toHex(blob.subarray(ct.offset))).toBe(toHex(expected));
    expect(toHex(blob.subarray(blob.length - 16))).not.toBe(GCM15.T); // the header is authenticated too
  });
});

describe('SHA-224 / HMAC (HMAC_224 has no WebCrypto hash)', () => {
  it('SHA-224("abc") — FIPS 180-4 example (NIST CSRC SHA224.pdf), from the @noble/hashes the simulator uses', () => {
    expect(toHex(sha224(utf8('abc')))).toBe('23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
    expect(toHex(sha224(new Uint8Array(0)))).toBe('d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f');
  });

  // HMAC pads a key shorter than the 64-byte block with zeros (RFC 2104 §2), so a 28-byte HMAC_224 key
  // holding an RFC 4231 key followed by zeros gives that test case's MAC.
  for (const [name, key, message, mac] of [
    ['1', new Uint8Array(20).fill(0x0b), 'Hi There', '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22'],
    ['2', utf8('Jefe'), 'what do ya want for nothing?', 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44'],
  ] as const) {
    it(`a KMS HMAC_224 key with the RFC 4231 test case ${name} key gives that case's HMAC-SHA-224 through GenerateMac`, async () => {
      const keyBytes = new Uint8Array(28);
      keyBytes.set(key);
      // CreateKey draws the key ID (16 bytes), then the key (28), then the domain key and wrapping nonce.
      const kms = createKms({ random: scripted(new Uint8Array(16), keyBytes) });
      const k = (await kms.call('CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' }, region)).KeyMetadata!;
      const out = await kms.call('GenerateMac', { KeyId: k.KeyId!, Message: utf8(message), MacAlgorithm: 'HMAC_SHA_224' }, region);
      expect(toHex(out.Mac!)).toBe(mac);
      const check = await kms.call(
        'VerifyMac',
        { KeyId: k.KeyId!, Message: utf8(message), Mac: fromHex(mac), MacAlgorithm: 'HMAC_SHA_224' },
        region,
      );
      expect(check.MacValid).toBe(true);
    });
  }

  it('a KMS HMAC_256 key with known bytes gives the HMAC WebCrypto computes outside (RFC 4231 TC2 key padded)', async () => {
    const keyBytes = new Uint8Array(32);
    keyBytes.set(utf8('Jefe'));
    const kms = createKms({ random: scripted(new Uint8Array(16), keyBytes) });
    const key = (await kms.call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }, region)).KeyMetadata!;
    const msg = utf8('what do ya want for nothing?');
    const mac = (await kms.call('GenerateMac', { KeyId: key.KeyId!, Message: msg, MacAlgorithm: 'HMAC_SHA_256' }, region)).Mac!;
    const outside = await subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(toHex(mac)).toBe(toHex(new Uint8Array(await subtle.sign('HMAC', outside, msg))));
  });
});

// RFC 6979 §A.2.5 (ECDSA, P-256, SHA-256, message "sample").
const RFC6979 = {
  x: 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721',
  Ux: '60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6',
  Uy: '7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299',
  r: 'efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716',
  s: 'f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8',
};

describe('ECDSA', () => {
  it('RFC 6979 key x·G = U on the P-256 implementation the simulator uses', () => {
    expect(toHex(p256.getPublicKey(fromHex(RFC6979.x), false))).toBe('04' + RFC6979.Ux + RFC6979.Uy);
  });

  it("the simulator's DIGEST signer, without hedging, gives RFC 6979's deterministic signature (high S kept, as KMS keeps it)", async () => {
    const digest = new Uint8Array(await subtle.digest('SHA-256', utf8('sample')));
    const der = ecdsaSign('ECC_NIST_P256', fromHex(RFC6979.x), digest, false);
    // s = f7cb... is above n/2: a signer that normalised to low S would give n - s instead.
    expect(toHex(ecdsaDerToRaw('ECC_NIST_P256', der)!)).toBe(RFC6979.r + RFC6979.s);
  });

  it("the RFC 6979 signature verifies with WebCrypto and with the simulator's DIGEST verifier (via DER, as KMS encodes it)", async () => {
    const raw = fromHex(RFC6979.r + RFC6979.s);
    const der = ecdsaRawToDer('ECC_NIST_P256', raw);
    // DER: SEQUENCE { INTEGER r (leading 00: r's top bit is set), INTEGER s (likewise) }.
    expect(toHex(der)).toBe(`3046022100${RFC6979.r}022100${RFC6979.s}`);
    expect(ecdsaDerToRaw('ECC_NIST_P256', der)).toEqual(raw);
    const b64u = (h: string) =>
      btoa(String.fromCharCode(...fromHex(h)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const pub = await subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: b64u(RFC6979.Ux), y: b64u(RFC6979.Uy) },
      { name: 'ECDSA', namedCurve: 'P-256' },
      true,
      ['verify'],
    );
    expect(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, raw as Uint8Array<ArrayBuffer>, utf8('sample'))).toBe(true);
    const spki = new Uint8Array(await subtle.exportKey('spki', pub));
    const fakeKey = {
      keySpec: 'ECC_NIST_P256',
      asymmetric: { publicKeySpki: spki, keys: {}, wrappedPrivateJwk: new Uint8Array() },
    } as unknown as KeyRecord;
    const digest = new Uint8Array(await subtle.digest('SHA-256', utf8('sample')));
    expect(await verifySignature(fakeKey, 'ECDSA_SHA_256', digest, true, der)).toBe(true);
    const tampered = digest.slice();
    tampered[0]! ^= 1;
    expect(await verifySignature(fakeKey, 'ECDSA_SHA_256', tampered, true, der)).toBe(false);
    // Not strict DER (a needless leading zero on r) is refused, as a DER decoder must.
    const loose = fromHex(`3047022200${'00' + RFC6979.r}022100${RFC6979.s}`);
    expect(ecdsaDerToRaw('ECC_NIST_P256', loose)).toBeUndefined();
    expect(await verifySignature(fakeKey, 'ECDSA_SHA_256', digest, true, loose)).toBe(false);
  });
});

describe('RSA', () => {
  it("PKCS #1 v1.5 is deterministic: the BigInt DIGEST signature equals WebCrypto's RAW signature byte for byte (RFC 8017 §8.2)", async () => {
    const kms = createKms();
    const key = (await kms.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }, region)).KeyMetadata!;
    for (const [alg, hash] of [
      ['RSASSA_PKCS1_V1_5_SHA_256', 'SHA-256'],
      ['RSASSA_PKCS1_V1_5_SHA_384', 'SHA-384'],
      ['RSASSA_PKCS1_V1_5_SHA_512', 'SHA-512'],
    ] as const) {
      const message = utf8(`deterministic ${alg}`);
      const raw = (await kms.call('Sign', { KeyId: key.KeyId!, Message: message, SigningAlgorithm: alg }, region)).Signature!;
      const digest = new Uint8Array(await subtle.digest(hash, message));
      const viaDigest = (
        await kms.call('Sign', { KeyId: key.KeyId!, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: alg }, region)
      ).Signature!;
      expect(toHex(viaDigest), alg).toBe(toHex(raw));
    }
  });
});
