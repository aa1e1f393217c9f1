/**
 * HMAC keys (HMAC_224/256/384/512) and GenerateMac/VerifyMac. HMAC_256/384/512 are non-extractable
 * WebCrypto keys; WebCrypto has no SHA-224, so HMAC_224 keys are kept wrapped under the domain key and
 * HMAC-SHA-224 runs with `@noble/hashes`, loaded with `import()` on first use.
 */
import { bytesEqual } from '../bytes';
import type { SupportedKeySpec } from '../model';

const subtle = () => globalThis.crypto.subtle;

/** HMAC key length in bytes: the spec's bit size (HMAC_256 = 32 bytes). */
export const hmacKeyBytes = (spec: SupportedKeySpec) => Number(spec.slice(5)) / 8;
const HASH: Record<string, string> = { HMAC_256: 'SHA-256', HMAC_384: 'SHA-384', HMAC_512: 'SHA-512' };

/** HMAC material: a non-extractable CryptoKey, or (HMAC_224, which WebCrypto lacks) wrapped raw bytes. */
export interface HmacMaterial {
  key?: CryptoKey;
  wrapped?: Uint8Array;
}

/** Creates HMAC material from the injected random source. */
export async function createHmacMaterial(
  spec: SupportedKeySpec,
  random: (b: Uint8Array) => void,
  wrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<HmacMaterial> {
  const raw = new Uint8Array(hmacKeyBytes(spec));
  random(raw);
  try {
    if (spec === 'HMAC_224') return { wrapped: await wrap(raw) };
    return { key: await subtle().importKey('raw', raw, { name: 'HMAC', hash: HASH[spec]! }, false, ['sign', 'verify']) };
  } finally {
    raw.fill(0);
  }
}

/** Computes the MAC of a message. */
export async function computeMac(
  spec: SupportedKeySpec,
  m: HmacMaterial,
  message: Uint8Array,
  unwrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (spec === 'HMAC_224') {
    const [{ hmac }, { sha224 }] = await Promise.all([import('@noble/hashes/hmac.js'), import('@noble/hashes/sha2.js')]);
    const raw = await unwrap(m.wrapped!);
    try {
      return hmac(sha224, raw, message);
    } finally {
      raw.fill(0);
    }
  }
  return new Uint8Array(await subtle().sign('HMAC', m.key!, message as Uint8Array<ArrayBuffer>));
}

/** True when `mac` is the MAC of `message`. */
export async function checkMac(
  spec: SupportedKeySpec,
  m: HmacMaterial,
  message: Uint8Array,
  mac: Uint8Array,
  unwrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<boolean> {
  return bytesEqual(await computeMac(spec, m, message, unwrap), mac);
}
