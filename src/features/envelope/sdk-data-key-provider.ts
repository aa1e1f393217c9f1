import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { DataKeyProvider, EncryptionContext } from '@/envelope';

/**
 * The envelope core's data-key provider, backed by a real AWS SDK KMSClient (wired to the simulator
 * by kms-runtime), so GenerateDataKey and Decrypt go over the SDK wire path and appear in the audit
 * trail like any other call.
 */
export function createSdkDataKeyProvider(client: KMSClient): DataKeyProvider {
  // KMS treats "no context" and "{}" alike; sending none keeps the audit event minimal.
  const context = (ec: EncryptionContext) => (Object.keys(ec).length ? { ...ec } : undefined);
  return {
    async generateDataKey(keyId, encryptionContext) {
      const out = await client.send(
        new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context(encryptionContext) }),
      );
      if (!out.Plaintext || !out.CiphertextBlob || !out.KeyId) throw new Error('GenerateDataKey returned an incomplete response.');
      return { plaintext: out.Plaintext, ciphertextBlob: out.CiphertextBlob, keyId: out.KeyId };
    },
    async decrypt(ciphertextBlob, encryptionContext) {
      // No KeyId: for symmetric ciphertexts KMS reads the key from the blob's metadata.
      const out = await client.send(new DecryptCommand({ CiphertextBlob: ciphertextBlob, EncryptionContext: context(encryptionContext) }));
      if (!out.Plaintext || !out.KeyId) throw new Error('Decrypt returned an incomplete response.');
      return { plaintext: out.Plaintext, keyId: out.KeyId };
    },
  };
}
