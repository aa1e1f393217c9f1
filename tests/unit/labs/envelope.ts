import { GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';

/** What an application does: a data key from KMS, AES-GCM locally, the plaintext key dropped. */
export async function createEnvelopeEncryption(client: KMSClient, keyId: string, context: Record<string, string>, data: Uint8Array) {
  const dk = await client.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context }));
  const aes = await crypto.subtle.importKey('raw', dk.Plaintext! as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt']);
  dk.Plaintext!.fill(0);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, data as Uint8Array<ArrayBuffer>));
  return { sealed, iv, encryptedKey: dk.CiphertextBlob! };
}
