import { EnvelopeError } from './errors';

/**
 * Turns a plaintext data key into a non-extractable AES-GCM CryptoKey and then overwrites the
 * plaintext bytes with zeros, as AWS recommends ("use the plaintext data key to encrypt your data
 * outside of AWS KMS, then erase it from memory"; https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html).
 * After this, script cannot read the key bytes back: only encrypt/decrypt with it.
 *
 * Honest limit: JavaScript cannot erase copies it does not own (the SDK's base64 response text, for
 * example) — those wait for garbage collection.
 *
 * @param plaintext - 32 bytes from GenerateDataKey or Decrypt; zeroed before this resolves (even on failure)
 */
export async function importDataKey(plaintext: Uint8Array): Promise<CryptoKey> {
  try {
    if (plaintext.length !== 32) {
      throw new EnvelopeError('invalid-input', `A data key must be 32 bytes (AES-256); KMS returned ${plaintext.length}.`);
    }
    // importKey copies the bytes when called, so zeroing afterwards cannot affect the key. No copy of
    // our own is made here: it would be one more plaintext key to erase.
    return await crypto.subtle.importKey('raw', plaintext as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  } finally {
    plaintext.fill(0);
  }
}

/** True when every byte is zero: lets the UI (and tests) show that the plaintext key was wiped. */
export function isZeroed(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0);
}
