/**
 * Signing and verifying a pre-computed digest (MessageType DIGEST). WebCrypto always hashes the message
 * itself, so these use BigInt arithmetic: RSASSA-PKCS1-v1_5 and RSASSA-PSS (RFC 8017 §8–9) and ECDSA
 * (FIPS 186-4 §6). The private key is unwrapped from the domain key only for the call.
 * Cross-check used in tests: a DIGEST signature over SHA-256(m) verifies as a RAW signature over m in WebCrypto.
 */
import { decodeUtf8 } from '../bytes';
import type { KeyRecord } from '../model';
import { b64urlToBig, bigToBytes, bitLength, bytesToBig, mod, modInv, modPow } from './bigint';
import { eccCurve, isRsa, signingHash } from './asymmetric';
import { ecdsaDerToRaw, ecdsaRawToDer } from './der';
import { CURVES, multiply, add, onCurve } from './ecc-curves';

/** DER DigestInfo prefixes (RFC 8017 §9.2 note 1). */
const DIGEST_INFO: Record<string, number[]> = {
  'SHA-256': [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20],
  'SHA-384': [0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30],
  'SHA-512': [0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40],
};

const hashBytes = async (hash: string, data: Uint8Array) =>
  new Uint8Array(await crypto.subtle.digest(hash, data as Uint8Array<ArrayBuffer>));

function pkcs1Encode(hash: string, digest: Uint8Array, k: number): Uint8Array {
  const t = new Uint8Array([...DIGEST_INFO[hash]!, ...digest]);
  const em = new Uint8Array(k).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[k - t.length - 1] = 0;
  em.set(t, k - t.length);
  return em;
}

async function mgf1(hash: string, seed: Uint8Array, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  for (let counter = 0, o = 0; o < length; counter++) {
    const c = new Uint8Array([...seed, counter >>> 24, (counter >>> 16) & 0xff, (counter >>> 8) & 0xff, counter & 0xff]);
    const h = await hashBytes(hash, c);
    out.set(h.subarray(0, Math.min(h.length, length - o)), o);
    o += h.length;
  }
  return out;
}

async function pssEncode(hash: string, mHash: Uint8Array, emBits: number, salt: Uint8Array): Promise<Uint8Array> {
  const hLen = mHash.length;
  const emLen = Math.ceil(emBits / 8);
  const mPrime = new Uint8Array(8 + hLen + salt.length);
  mPrime.set(mHash, 8);
  mPrime.set(salt, 8 + hLen);
  const H = await hashBytes(hash, mPrime);
  const db = new Uint8Array(emLen - hLen - 1);
  db[emLen - salt.length - hLen - 2] = 0x01;
  db.set(salt, emLen - salt.length - hLen - 1);
  const mask = await mgf1(hash, H, db.length);
  for (let i = 0; i < db.length; i++) db[i]! ^= mask[i]!;
  db[0]! &= 0xff >> (8 * emLen - emBits);
  const em = new Uint8Array(emLen);
  em.set(db);
  em.set(H, db.length);
  em[emLen - 1] = 0xbc;
  return em;
}

async function pssVerify(hash: string, mHash: Uint8Array, em: Uint8Array, emBits: number): Promise<boolean> {
  const hLen = mHash.length;
  const sLen = hLen;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < hLen + sLen + 2 || em[emLen - 1] !== 0xbc) return false;
  const masked = em.subarray(0, emLen - hLen - 1);
  const H = em.subarray(emLen - hLen - 1, emLen - 1);
  if ((masked[0]! & ~(0xff >> (8 * emLen - emBits)) & 0xff) !== 0) return false;
  const mask = await mgf1(hash, H, masked.length);
  const db = masked.map((b, i) => b ^ mask[i]!);
  db[0]! &= 0xff >> (8 * emLen - emBits);
  const psLen = emLen - hLen - sLen - 2;
  for (let i = 0; i < psLen; i++) if (db[i] !== 0) return false;
  if (db[psLen] !== 0x01) return false;
  const salt = db.subarray(db.length - sLen);
  const expected = await pssEncode(hash, mHash, emBits, salt);
  return expected.every((b, i) => b === em[i]);
}

interface RsaJwk {
  n: string;
  e: string;
  d: string;
  p: string;
  q: string;
  dp: string;
  dq: string;
  qi: string;
}
interface EcJwk {
  crv: string;
  x: string;
  y: string;
  d: string;
}

function rsaPrivate(jwk: RsaJwk, m: bigint): bigint {
  // CRT: about 4x faster than m^d mod n.
  const p = b64urlToBig(jwk.p),
    q = b64urlToBig(jwk.q);
  const m1 = modPow(m, b64urlToBig(jwk.dp), p);
  const m2 = modPow(m, b64urlToBig(jwk.dq), q);
  const h = mod(b64urlToBig(jwk.qi) * (m1 - m2), p);
  return m2 + h * q;
}

/** Public numbers of a key, from its SPKI via a JWK export of the (extractable) public CryptoKey. */
async function publicJwk(key: KeyRecord): Promise<JsonWebKey> {
  const spki = key.asymmetric!.publicKeySpki as Uint8Array<ArrayBuffer>;
  const alg = isRsa(key.keySpec) ? { name: 'RSA-PSS', hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: eccCurve(key.keySpec).curve };
  const pub = await crypto.subtle.importKey('spki', spki, alg, true, ['verify']);
  return crypto.subtle.exportKey('jwk', pub);
}

/** Signs a digest with the key's private key. Returns AWS's signature format (raw RSA, DER ECDSA). */
export async function signDigest(
  key: KeyRecord,
  algorithm: string,
  digest: Uint8Array,
  unwrap: (b: Uint8Array) => Promise<Uint8Array>,
  random: (b: Uint8Array) => void,
): Promise<Uint8Array> {
  const jwkBytes = await unwrap(key.asymmetric!.wrappedPrivateJwk);
  const jwk = JSON.parse(decodeUtf8(jwkBytes)) as JsonWebKey;
  jwkBytes.fill(0);
  const { hash } = signingHash(algorithm);
  if (isRsa(key.keySpec)) {
    const n = b64urlToBig((jwk as RsaJwk).n);
    const modBits = bitLength(n);
    const k = Math.ceil(modBits / 8);
    let em: Uint8Array;
    if (algorithm.startsWith('RSASSA_PSS')) {
      const salt = new Uint8Array(digest.length);
      random(salt);
      em = await pssEncode(hash, digest, modBits - 1, salt);
    } else {
      em = pkcs1Encode(hash, digest, k);
    }
    return bigToBytes(rsaPrivate(jwk as RsaJwk, bytesToBig(em)), k);
  }
  const c = CURVES[(jwk as EcJwk).crv]!;
  const d = b64urlToBig((jwk as EcJwk).d);
  const z = ecdsaZ(c.n, digest);
  for (;;) {
    const kb = new Uint8Array(c.size + 8);
    random(kb);
    const kk = mod(bytesToBig(kb), c.n - 1n) + 1n;
    const R = multiply(c, kk, { x: c.gx, y: c.gy })!;
    const r = mod(R.x, c.n);
    if (r === 0n) continue;
    const s = mod(modInv(kk, c.n) * (z + r * d), c.n);
    if (s === 0n) continue;
    return ecdsaRawToDer(new Uint8Array([...bigToBytes(r, c.size), ...bigToBytes(s, c.size)]));
  }
}

/** The integer of the leftmost bits of the digest (FIPS 186-4 §6.4). */
function ecdsaZ(n: bigint, digest: Uint8Array): bigint {
  const nBits = bitLength(n);
  let z = bytesToBig(digest);
  const dBits = digest.length * 8;
  if (dBits > nBits) z >>= BigInt(dBits - nBits);
  return z;
}

/** Verifies a signature over a digest with the key's public key. */
export async function verifyDigest(key: KeyRecord, algorithm: string, digest: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const jwk = await publicJwk(key);
  const { hash } = signingHash(algorithm);
  if (isRsa(key.keySpec)) {
    const n = b64urlToBig(jwk.n!);
    const e = b64urlToBig(jwk.e!);
    const modBits = bitLength(n);
    const k = Math.ceil(modBits / 8);
    if (signature.length !== k) return false;
    const s = bytesToBig(signature);
    if (s >= n) return false;
    const m = modPow(s, e, n);
    if (algorithm.startsWith('RSASSA_PSS')) {
      const emLen = Math.ceil((modBits - 1) / 8);
      return pssVerify(hash, digest, bigToBytes(m, emLen), modBits - 1);
    }
    const expected = pkcs1Encode(hash, digest, k);
    const got = bigToBytes(m, k);
    return expected.every((b, i) => b === got[i]);
  }
  const c = CURVES[jwk.crv!]!;
  const raw = ecdsaDerToRaw(signature, c.size);
  if (!raw) return false;
  const r = bytesToBig(raw.subarray(0, c.size));
  const s = bytesToBig(raw.subarray(c.size));
  if (r <= 0n || r >= c.n || s <= 0n || s >= c.n) return false;
  const Q = { x: b64urlToBig(jwk.x!), y: b64urlToBig(jwk.y!) };
  if (!onCurve(c, Q)) return false;
  const w = modInv(s, c.n);
  const z = ecdsaZ(c.n, digest);
  const X = add(c, multiply(c, mod(z * w, c.n), { x: c.gx, y: c.gy }), multiply(c, mod(r * w, c.n), Q));
  return !!X && mod(X.x, c.n) === r;
}
