/**
 * Imported key material as a key spec requires it (Developer Guide, "Requirements for imported key
 * material", importing-keys-conceptual.html#importing-keys-material-requirements):
 *
 * - SYMMETRIC_DEFAULT: 256 bits (32 bytes). (128 bits in the China Regions, not simulated.)
 * - HMAC_224/256/384/512: at least the key spec's length, at most 1024 bits. (The same guide's
 *   OpenSSL example says the length "must match" the spec; the requirements list gives the range.)
 * - RSA and ECC: the private key of the pair, PKCS #8 DER (RFC 5208); RSA with two primes and the spec's
 *   modulus, ECC on the spec's named curve. KMS derives the public key.
 *
 * Material that does not fit is IncorrectKeyMaterialException ("key material ... invalid, or does not
 * meet expectations", API-ImportKeyMaterial). The bytes are wiped as soon as the non-extractable
 * CryptoKey (or the domain-key-wrapped copy) exists.
 */
import { toHex } from '../bytes';
import type { HmacMaterial } from '../crypto/hmac';
import { errors } from '../errors';
import type { AsymmetricMaterial, KeyRecord, SymmetricMaterial } from '../model';
import { asymmetricMaterialFromPkcs8 } from './asymmetric-material';

/** Usable material, ready to install into the key. */
export type PreparedMaterial =
  | { kind: 'symmetric'; id: string; material: SymmetricMaterial }
  | { kind: 'hmac'; id: string; material: HmacMaterial }
  | { kind: 'asymmetric'; id: string; material: AsymmetricMaterial };

const subtle = () => globalThis.crypto.subtle;
const HMAC_HASH: Record<string, string> = { HMAC_256: 'SHA-256', HMAC_384: 'SHA-384', HMAC_512: 'SHA-512' };

/**
 * The material's ID for this key: HMAC-SHA-256 keyed by the material over the key ID, as hex. The same
 * material gives the same ID for the same key ID (so in every Region of a multi-Region key) and
 * nothing about the material can be learned from it. (AWS derives its ID "based on the KMS key ID and
 * the imported key material", API-ImportKeyMaterial; its function is not published.)
 */
async function materialId(keyId: string, bytes: Uint8Array): Promise<string> {
  const prf = await subtle().importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(new Uint8Array(await subtle().sign('HMAC', prf, new TextEncoder().encode(`KMS Lab key material ID\u0000${keyId}`))));
}

async function symmetricMaterial(key: KeyRecord, bytes: Uint8Array, now: number): Promise<PreparedMaterial> {
  if (bytes.length !== 32)
    throw errors
      .incorrectKeyMaterial('The key material is not valid for this KMS key.')
      .explained(`A SYMMETRIC_DEFAULT key takes 256-bit (32-byte) key material; the unwrapped material is ${bytes.length} bytes.`);
  const id = await materialId(key.keyId, bytes);
  const aes = await subtle().importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  return { kind: 'symmetric', id, material: { id, key: aes, createdAt: now } };
}

async function hmacMaterial(key: KeyRecord, bytes: Uint8Array, wrap: (b: Uint8Array) => Promise<Uint8Array>): Promise<PreparedMaterial> {
  const min = Number(key.keySpec.slice(5)) / 8;
  if (bytes.length < min || bytes.length > 128)
    throw errors
      .incorrectKeyMaterial('The key material is not valid for this KMS key.')
      .explained(
        `${key.keySpec} key material must be ${min} to 128 bytes (${min * 8} to 1024 bits); the unwrapped material is ${bytes.length} bytes.`,
      );
  const id = await materialId(key.keyId, bytes);
  // As for generated HMAC keys: a non-extractable WebCrypto key, or (HMAC_224: WebCrypto has no SHA-224) wrapped bytes.
  if (key.keySpec === 'HMAC_224') return { kind: 'hmac', id, material: { wrapped: await wrap(bytes) } };
  const hash = HMAC_HASH[key.keySpec]!;
  const hmac = await subtle().importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash }, false, ['sign', 'verify']);
  return { kind: 'hmac', id, material: { key: hmac } };
}

/**
 * Checks unwrapped key material against the key's spec and makes it usable. Wipes `bytes`.
 * `wrap` encrypts under the simulator's domain key.
 */
export async function prepareKeyMaterial(
  key: KeyRecord,
  bytes: Uint8Array,
  now: number,
  wrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<PreparedMaterial> {
  try {
    if (key.keySpec === 'SYMMETRIC_DEFAULT') return await symmetricMaterial(key, bytes, now);
    if (key.keySpec.startsWith('HMAC_')) return await hmacMaterial(key, bytes, wrap);
    const prepared = await asymmetricMaterialFromPkcs8(key.keySpec, key.keyUsage, bytes, wrap);
    if (!prepared) {
      throw errors
        .incorrectKeyMaterial('The key material is not valid for this KMS key.')
        .explained(
          `${key.keySpec} takes the private key of a ${key.keySpec} key pair in PKCS #8 DER form (openssl pkcs8 -topk8 -outform der -nocrypt).`,
        );
    }
    return { kind: 'asymmetric', id: prepared.fingerprint, material: prepared.material };
  } finally {
    bytes.fill(0);
  }
}
