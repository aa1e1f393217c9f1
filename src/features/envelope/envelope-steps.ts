import type { EnvelopeStepId } from '@/envelope';

/** How each step of the envelope diagram is described on the page. */
export interface StepCopy {
  id: EnvelopeStepId;
  title: string;
  /** What happens, and where (KMS or this browser). */
  body: string;
  where: 'KMS' | 'This browser';
}

export const ENCRYPT_STEPS: readonly StepCopy[] = [
  {
    id: 'generate-data-key',
    title: 'GenerateDataKey',
    where: 'KMS',
    body: 'KMS makes a fresh 256-bit data key and returns it twice: in plaintext, and wrapped (encrypted) under your KMS key with the encryption context bound to it.',
  },
  {
    id: 'discard-plaintext-key',
    title: 'Discard the plaintext key',
    where: 'This browser',
    body: 'The plaintext key is imported as a non-extractable CryptoKey and its bytes are overwritten with zeros, before any data is encrypted. Script can use the key but never read it again.',
  },
  {
    id: 'encrypt-locally',
    title: 'Encrypt locally',
    where: 'This browser',
    body: 'A Web Worker encrypts the data in AES-256-GCM chunks with the data key. KMS never sees your data: it only ever encrypts the 32-byte key.',
  },
  {
    id: 'store-wrapped-key',
    title: 'Store the wrapped key with the data',
    where: 'This browser',
    body: "The .kmslab file's header carries the wrapped data key, the key ARN and the encryption context. The worker holding the CryptoKey is then terminated.",
  },
];

export const DECRYPT_STEPS: readonly StepCopy[] = [
  {
    id: 'read-header',
    title: 'Read the header',
    where: 'This browser',
    body: 'The file says which format version it uses and carries the wrapped data key and the encryption context.',
  },
  {
    id: 'decrypt-data-key',
    title: 'Decrypt the data key',
    where: 'KMS',
    body: 'KMS Decrypt unwraps the data key. No key id is sent: KMS finds the key from metadata inside the wrapped key. The context must match exactly.',
  },
  {
    id: 'discard-plaintext-key',
    title: 'Discard the plaintext key',
    where: 'This browser',
    body: 'Imported as a non-extractable CryptoKey, the plaintext bytes zeroed, before any chunk is decrypted.',
  },
  {
    id: 'decrypt-locally',
    title: 'Decrypt locally',
    where: 'This browser',
    body: 'A Web Worker checks and decrypts each chunk. The result is offered only after the final chunk authenticates, so a damaged file never yields a partial "success".',
  },
];
