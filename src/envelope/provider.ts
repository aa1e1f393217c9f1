import type { EncryptionContext } from './encryption-context';

/**
 * Where data keys come from: KMS GenerateDataKey and Decrypt, behind an interface so this module
 * does not depend on the SDK or on the simulator. The app passes an adapter over its KMSClient
 * (so calls show in the audit trail); tests pass the simulator directly.
 */
export interface DataKeyProvider {
  /**
   * GenerateDataKey with KeySpec AES_256 under `keyId`.
   * @returns the plaintext key (32 bytes, caller erases it), the wrapped copy, and the key ARN
   */
  generateDataKey(
    keyId: string,
    encryptionContext: EncryptionContext,
  ): Promise<{ plaintext: Uint8Array; ciphertextBlob: Uint8Array; keyId: string }>;
  /**
   * Decrypt of a wrapped data key. No key id: for symmetric ciphertexts KMS reads it from the blob.
   * @returns the plaintext key (caller erases it) and the ARN of the KMS key that unwrapped it
   */
  decrypt(ciphertextBlob: Uint8Array, encryptionContext: EncryptionContext): Promise<{ plaintext: Uint8Array; keyId: string }>;
}
