/**
 * RSA signatures over a pre-computed digest (MessageType DIGEST): RSASSA-PKCS1-v1_5 and RSASSA-PSS
 * (RFC 8017 §8–9). WebCrypto always hashes the message itself and no audited JavaScript library the
 * project uses does RSA, so the encodings are written here; the hashes (MGF1) come from
 * `@noble/hashes` and the big-number arithmetic from `@noble/curves`.
 * Cross-check used in tests: a PKCS #1 v1.5 DIGEST signature equals WebCrypto's RAW one byte for byte.
 */
import { pow } from '@noble/curves/abstract/modular.js';
import { bitLen, bytesToNumberBE, numberToBytesBE } from '@noble/curves/utils.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { bytesEqual } from '../bytes';
import type { SigningHash } from './asymmetric';
import { b64urlToBytes } from './jwk';

const HASHES = { 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 };

/** DER DigestInfo prefixes (RFC 8017 §9.2 note 1). */
const DIGEST_INFO: Record<SigningHash, number[]> = {
  'SHA-256': [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20],
  'SHA-384': [0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30],
  'SHA-512': [0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40],
};

/** EMSA-PKCS1-v1_5 (RFC 8017 §9.2) of a digest, `k` bytes long. */
function pkcs1Encode(hash: SigningHash, digest: Uint8Array, k: number): Uint8Array {
  const prefix = DIGEST_INFO[hash];
  const em = new Uint8Array(k).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[k - prefix.length - digest.length - 1] = 0;
  em.set(prefix, k - prefix.length - digest.length);
  em.set(digest, k - digest.length);
  return em;
}

/** MGF1 (RFC 8017 §B.2.1). */
function mgf1(hash: SigningHash, seed: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  const input = new Uint8Array(seed.length + 4);
  input.set(seed);
  const view = new DataView(input.buffer);
  for (let counter = 0, o = 0; o < length; counter++) {
    view.setUint32(seed.length, counter);
    const h = HASHES[hash](input);
    out.set(h.subarray(0, Math.min(h.length, length - o)), o);
    o += h.length;
  }
  return out;
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) of a digest with the given salt. */
function pssEncode(hash: SigningHash, mHash: Uint8Array, emBits: number, salt: Uint8Array): Uint8Array {
  const hLen = mHash.length;
  const emLen = Math.ceil(emBits / 8);
  const mPrime = new Uint8Array(8 + hLen + salt.length);
  mPrime.set(mHash, 8);
  mPrime.set(salt, 8 + hLen);
  const H = HASHES[hash](mPrime);
  const db = new Uint8Array(emLen - hLen - 1);
  db[emLen - salt.length - hLen - 2] = 0x01;
  db.set(salt, emLen - salt.length - hLen - 1);
  const mask = mgf1(hash, H, db.length);
  for (let i = 0; i < db.length; i++) db[i]! ^= mask[i]!;
  db[0]! &= 0xff >> (8 * emLen - emBits);
  const em = new Uint8Array(emLen);
  em.set(db);
  em.set(H, db.length);
  em[emLen - 1] = 0xbc;
  return em;
}

/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2) with the salt length KMS uses (the digest length). */
function pssVerify(hash: SigningHash, mHash: Uint8Array, em: Uint8Array, emBits: number): boolean {
  const hLen = mHash.length;
  const sLen = hLen;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < hLen + sLen + 2 || em[emLen - 1] !== 0xbc) return false;
  const masked = em.subarray(0, emLen - hLen - 1);
  const H = em.subarray(emLen - hLen - 1, emLen - 1);
  if ((masked[0]! & ~(0xff >> (8 * emLen - emBits)) & 0xff) !== 0) return false;
  const mask = mgf1(hash, H, masked.length);
  const db = masked.map((b, i) => b ^ mask[i]!);
  db[0]! &= 0xff >> (8 * emLen - emBits);
  const psLen = emLen - hLen - sLen - 2;
  for (let i = 0; i < psLen; i++) if (db[i] !== 0) return false;
  if (db[psLen] !== 0x01) return false;
  return bytesEqual(pssEncode(hash, mHash, emBits, db.subarray(db.length - sLen)), em);
}

const big = (b64url: string | undefined) => bytesToNumberBE(b64urlToBytes(b64url ?? ''));

/** RSASP1 with the CRT (RFC 8017 §5.2.1 2.b): about four times faster than m^d mod n. */
function rsaPrivate(jwk: JsonWebKey, m: bigint): bigint {
  const p = big(jwk.p);
  const q = big(jwk.q);
  const m1 = pow(m, big(jwk.dp), p);
  const m2 = pow(m, big(jwk.dq), q);
  let h = (big(jwk.qi) * (m1 - m2)) % p;
  if (h < 0n) h += p;
  return m2 + h * q;
}

/** Signs a digest with an RSA private JWK (salt from `random` for PSS). Returns the raw signature, as AWS does. */
export function rsaSignDigest(
  jwk: JsonWebKey,
  algorithm: string,
  hash: SigningHash,
  digest: Uint8Array,
  random: (b: Uint8Array) => void,
): Uint8Array {
  const modBits = bitLen(big(jwk.n));
  const k = Math.ceil(modBits / 8);
  let em: Uint8Array;
  if (algorithm.startsWith('RSASSA_PSS')) {
    const salt = new Uint8Array(digest.length);
    random(salt);
    em = pssEncode(hash, digest, modBits - 1, salt);
  } else {
    em = pkcs1Encode(hash, digest, k);
  }
  return numberToBytesBE(rsaPrivate(jwk, bytesToNumberBE(em)), k);
}

/** Verifies an RSA signature over a digest with the public JWK (`n`, `e`). */
export function rsaVerifyDigest(jwk: JsonWebKey, algorithm: string, hash: SigningHash, digest: Uint8Array, signature: Uint8Array): boolean {
  const n = big(jwk.n);
  const modBits = bitLen(n);
  const k = Math.ceil(modBits / 8);
  if (signature.length !== k) return false;
  const s = bytesToNumberBE(signature);
  if (s >= n) return false;
  const m = pow(s, big(jwk.e), n);
  if (algorithm.startsWith('RSASSA_PSS')) {
    const emLen = Math.ceil((modBits - 1) / 8);
    return m < 1n << BigInt(8 * emLen) && pssVerify(hash, digest, numberToBytesBE(m, emLen), modBits - 1);
  }
  return bytesEqual(pkcs1Encode(hash, digest, k), numberToBytesBE(m, k));
}
