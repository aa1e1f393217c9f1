/** Symmetric (SYMMETRIC_DEFAULT = AES-256-GCM) key material and the blob encrypt/decrypt built on it. */
import { toHex } from '../bytes';
import { decodeHeader, encodeHeader, materialIdBytes, TAG_LENGTH, type CiphertextHeader } from '../ciphertext-blob';
import { canonicalEncryptionContext, type EncryptionContext } from '../encryption-context';
import type { SymmetricMaterial } from '../model';

// Looked up per call (not at import) so test environments can install crypto late; cached after first use
// because the `crypto.subtle` getter is measurably slow on the Encrypt/Decrypt hot path in Chromium.
let cachedSubtle: SubtleCrypto | undefined;
const subtle = () => (cachedSubtle ??= globalThis.crypto.subtle);

/**
 * New key material. The raw bytes come from the injected random source (so a seeded simulator replays
 * the same keys) and are imported as a non-extractable AES-GCM key, then wiped.
 */
export async function createSymmetricMaterial(random: (b: Uint8Array) => void, now: number): Promise<SymmetricMaterial> {
  const raw = new Uint8Array(32);
  random(raw);
  const idBytes = new Uint8Array(32);
  random(idBytes);
  const key = await subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return { id: toHex(idBytes), key, createdAt: now };
}

/** Encrypts into a v1 blob (see ciphertext-blob.ts). */
export async function encryptBlob(
  accountId: string,
  keyId: string,
  material: SymmetricMaterial,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
  random: (b: Uint8Array) => void,
): Promise<Uint8Array> {
  const nonce = new Uint8Array(12);
  random(nonce);
  const ctx = canonicalEncryptionContext(context);
  // AAD = header || context, built in one buffer; the header prefix is then reused for the output.
  const aad = encodeHeader(accountId, keyId, materialIdBytes(material.id), nonce, ctx.length);
  const headerLength = aad.length - ctx.length;
  aad.set(ctx, headerLength);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: aad as Uint8Array<ArrayBuffer> },
    material.key,
    plaintext as Uint8Array<ArrayBuffer>,
  );
  const out = new Uint8Array(headerLength + sealed.byteLength);
  out.set(aad.subarray(0, headerLength));
  out.set(new Uint8Array(sealed), headerLength);
  return out;
}

/** Parses a blob header (undefined when not a well-formed blob). */
export const readBlobHeader = (blob: Uint8Array): CiphertextHeader | undefined => decodeHeader(blob);

/** Decrypts a blob whose header was already read; undefined when authentication fails. */
export async function decryptBlob(
  blob: Uint8Array,
  header: CiphertextHeader,
  material: SymmetricMaterial,
  context: EncryptionContext | undefined,
): Promise<Uint8Array | undefined> {
  const ctx = canonicalEncryptionContext(context);
  const aad = new Uint8Array(header.headerLength + ctx.length);
  aad.set(blob.subarray(0, header.headerLength));
  aad.set(ctx, header.headerLength);
  if (blob.length < header.headerLength + TAG_LENGTH) return undefined;
  try {
    return new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: header.nonce as Uint8Array<ArrayBuffer>, additionalData: aad },
        material.key,
        blob.subarray(header.headerLength) as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    return undefined;
  }
}
