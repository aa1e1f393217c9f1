/** Shared by GenerateDataKey and GenerateDataKeyWithoutPlaintext. */
import type { DataKeySpec } from '@aws-sdk/client-kms';
import type { Engine } from '../engine';
import type { EncryptionContext } from '../encryption-context';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { checkContext, encryptWith, rejectRecipient, requireSymmetric } from './crypto-common';
import { checkEnum, checkGrantTokens, checkLength, checkRange } from './shared';

/** Input members common to both data key operations. */
export interface DataKeyInput {
  KeyId: string;
  KeySpec?: DataKeySpec | undefined;
  NumberOfBytes?: number | undefined;
  EncryptionContext?: EncryptionContext | undefined;
  GrantTokens?: string[] | undefined;
  Recipient?: unknown;
}

/** Validation: exactly one of KeySpec (AES_128/AES_256) and NumberOfBytes (1–1024). */
export function validateDataKeyInput(input: DataKeyInput): void {
  checkLength(input, 'KeyId', 1, 2048);
  checkEnum(input, 'KeySpec', ['AES_256', 'AES_128']);
  checkRange(input, 'NumberOfBytes', 1, 1024);
  checkContext(input.EncryptionContext, 'encryptionContext');
  checkGrantTokens(input);
  rejectRecipient(input);
  // AWS's wording for this case is not confirmed (docs/kms-facts.md §1.1); the rule is.
  if ((input.KeySpec === undefined) === (input.NumberOfBytes === undefined))
    throw errors
      .validation('Please specify either number of bytes or key spec.')
      .explained('Give exactly one of KeySpec (AES_128 or AES_256) and NumberOfBytes (1 to 1,024).');
}

/** Generates a data key and its copy encrypted under the KMS key. */
export async function makeDataKey(engine: Engine, key: KeyRecord, input: DataKeyInput, op: string) {
  requireSymmetric(key, op);
  const n = input.NumberOfBytes ?? (input.KeySpec === 'AES_128' ? 16 : 32);
  const plaintext = new Uint8Array(n);
  engine.random(plaintext);
  const enc = await encryptWith(engine, key, plaintext, input.EncryptionContext, 'SYMMETRIC_DEFAULT', op);
  return { plaintext, ciphertext: enc.blob, materialId: enc.materialId };
}
