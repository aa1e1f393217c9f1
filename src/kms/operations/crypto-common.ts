/** Encrypt/decrypt logic shared by Encrypt, Decrypt, ReEncrypt and the GenerateDataKey family. */
import { maxOaepPlaintext, rsaDecrypt, rsaEncrypt } from '../crypto/asymmetric';
import { decryptBlob, encryptBlob, readBlobHeader } from '../crypto/symmetric';
import type { CiphertextHeader } from '../ciphertext-blob';
import type { Engine } from '../engine';
import { hasEncryptionContext, validateEncryptionContext, type EncryptionContext } from '../encryption-context';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import type { OperationContext } from './types';

/** All EncryptionAlgorithmSpec values AWS defines. */
export const ENCRYPTION_ALGORITHMS = ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] as const;

/** InvalidKeyUsageException for a key whose usage does not fit the operation. */
export function wrongUsage(key: KeyRecord, op: string) {
  return errors.invalidKeyUsage(`${key.arn} key usage is ${key.keyUsage} which is not valid for ${op}.`);
}

/** Requires a symmetric encryption key (GenerateDataKey*, data key pairs). */
export function requireSymmetric(key: KeyRecord, op: string): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongUsage(key, op);
  if (key.keySpec !== 'SYMMETRIC_DEFAULT')
    throw errors.invalidKeyUsage(`${key.arn} key spec is ${key.keySpec}; ${op} needs a symmetric encryption key (SYMMETRIC_DEFAULT).`);
}

/** The algorithm to use with a key, after checking it fits the key spec. */
export function checkAlgorithm(key: KeyRecord, requested: string | undefined): string {
  const alg = requested ?? 'SYMMETRIC_DEFAULT';
  const ok = key.keySpec === 'SYMMETRIC_DEFAULT' ? alg === 'SYMMETRIC_DEFAULT' : alg === 'RSAES_OAEP_SHA_1' || alg === 'RSAES_OAEP_SHA_256';
  if (!ok) throw errors.invalidKeyUsage(`The encryption algorithm ${alg} is not valid for ${key.arn} (key spec ${key.keySpec}).`);
  return alg;
}

/** Encrypts with a key of usage ENCRYPT_DECRYPT (symmetric blob or RSA-OAEP). */
export async function encryptWith(
  engine: Engine,
  key: KeyRecord,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
  algorithm: string | undefined,
  op: string,
): Promise<{ blob: Uint8Array; algorithm: string; materialId?: string }> {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongUsage(key, op);
  const alg = checkAlgorithm(key, algorithm);
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    const material = key.materials[key.materials.length - 1]!;
    return {
      blob: await encryptBlob(key.accountId, key.keyId, material, plaintext, context, engine.random),
      algorithm: alg,
      materialId: material.id,
    };
  }
  if (hasEncryptionContext(context))
    throw errors.validation('Asymmetric algorithms do not support an encryption context. Remove EncryptionContext or use a symmetric key.');
  const max = maxOaepPlaintext(key.keySpec, alg);
  if (plaintext.length > max)
    throw errors.validation(
      `Plaintext is ${plaintext.length} bytes but ${alg} with ${key.keySpec} can encrypt at most ${max} bytes. Use envelope encryption for larger data.`,
    );
  return { blob: await rsaEncrypt(key.asymmetric!, alg, plaintext), algorithm: alg };
}

/** Result of reading which key a ciphertext needs. */
export interface CiphertextSource {
  key: KeyRecord;
  header?: CiphertextHeader;
}

/**
 * Finds the key for a ciphertext, as Decrypt and ReEncrypt do. With no KeyId the key comes from the
 * blob; a KeyId naming another key gives IncorrectKeyException.
 */
export function resolveCiphertextKey(ctx: OperationContext, blob: Uint8Array, keyIdParam: string | undefined): CiphertextSource {
  if (keyIdParam !== undefined) {
    const key = ctx.resolveKey(keyIdParam);
    if (key.keySpec !== 'SYMMETRIC_DEFAULT') return { key };
    const header = readBlobHeader(blob);
    if (!header) throw errors.invalidCiphertext();
    if (header.keyId !== key.keyId || header.accountId !== key.accountId) throw errors.incorrectKey();
    return { key, header };
  }
  const header = readBlobHeader(blob);
  if (!header) throw errors.invalidCiphertext();
  const key = ctx.engine.getKey(header.accountId, ctx.region, header.keyId);
  if (!key) {
    // Wording reported for a ciphertext whose key is deleted or lives in another Region (docs/kms-facts.md §7).
    throw errors.accessDenied(
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
  }
  return { key, header };
}

/** Decrypts with a resolved source. Any failure is InvalidCiphertextException (no message), as AWS. */
export async function decryptWith(
  src: CiphertextSource,
  blob: Uint8Array,
  context: EncryptionContext | undefined,
  algorithm: string | undefined,
  op: string,
): Promise<{ plaintext: Uint8Array; algorithm: string; materialId?: string }> {
  const { key } = src;
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongUsage(key, op);
  const alg = checkAlgorithm(key, algorithm);
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    const header = src.header!;
    const material = key.materials.find((m) => m.id === header.keyMaterialId);
    if (!material) throw errors.invalidCiphertext();
    const plaintext = await decryptBlob(blob, header, material, context);
    if (!plaintext) throw errors.invalidCiphertext();
    return { plaintext, algorithm: alg, materialId: material.id };
  }
  if (hasEncryptionContext(context))
    throw errors.validation('Asymmetric algorithms do not support an encryption context. Remove EncryptionContext or use a symmetric key.');
  const plaintext = await rsaDecrypt(key.asymmetric!, alg, blob);
  if (!plaintext) throw errors.invalidCiphertext();
  return { plaintext, algorithm: alg };
}

/** Validates an EncryptionContext member. */
export const checkContext = (input: Record<string, unknown>, member = 'EncryptionContext') =>
  validateEncryptionContext(input[member], member.charAt(0).toLowerCase() + member.slice(1));

/** Recipient (Nitro Enclaves attestation) is not simulated. */
export function rejectRecipient(input: Record<string, unknown>): void {
  if (input.Recipient !== undefined) throw errors.unsupported('Recipient (AWS Nitro Enclaves attestation) is not simulated in KMS Lab.');
}

/** DryRun: after all checks pass, report that the call would have succeeded. */
export function dryRunGate(input: { DryRun?: boolean }): void {
  if (input.DryRun === true) throw errors.dryRun();
}
