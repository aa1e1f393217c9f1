/** Encrypt/decrypt logic shared by Encrypt, Decrypt, ReEncrypt and the GenerateDataKey family. */
import type { EncryptionAlgorithmSpec } from '@aws-sdk/client-kms';
import { maxOaepPlaintext, rsaDecrypt, rsaEncrypt } from '../crypto/asymmetric';
import { decryptBlob, encryptBlob, readBlobHeader } from '../crypto/symmetric';
import type { CiphertextHeader } from '../ciphertext-blob';
import type { Engine } from '../engine';
import { hasEncryptionContext, validateEncryptionContext, type EncryptionContext } from '../encryption-context';
import { errors } from '../errors';
import { asymmetricMaterial, currentMaterial } from '../material';
import { explainMissingCiphertextKey } from '../region-explanation';
import type { KeyRecord } from '../model';
import type { RequestContext } from './types';

/** All EncryptionAlgorithmSpec values AWS defines. */
export const ENCRYPTION_ALGORITHMS = ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] as const;

/** InvalidKeyUsageException for a key whose usage does not fit the operation. */
export function wrongUsage(key: KeyRecord, op: string) {
  return errors.invalidKeyUsage(`${key.arn} key usage is ${key.keyUsage} which is not valid for ${op}.`);
}

/** Requires a symmetric encryption key (GenerateDataKey*, data key pairs). */
export function requireSymmetric(key: KeyRecord, op: string): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongUsage(key, op);
  // AWS's message for this case is not published; it follows the pattern of the key usage message.
  if (key.keySpec !== 'SYMMETRIC_DEFAULT')
    throw errors
      .invalidKeyUsage(`${key.arn} key spec is ${key.keySpec} which is not valid for ${op}.`)
      .explained(`${op} needs a symmetric encryption key (SYMMETRIC_DEFAULT): data keys are always encrypted under one.`);
}

/** The algorithm to use with a key, after checking it fits the key spec. */
export function checkAlgorithm(key: KeyRecord, requested: EncryptionAlgorithmSpec | undefined): EncryptionAlgorithmSpec {
  const alg = requested ?? 'SYMMETRIC_DEFAULT';
  const ok = key.keySpec === 'SYMMETRIC_DEFAULT' ? alg === 'SYMMETRIC_DEFAULT' : alg === 'RSAES_OAEP_SHA_1' || alg === 'RSAES_OAEP_SHA_256';
  // The wording AWS uses when a MAC algorithm does not fit the key spec (recorded); assumed the same here.
  if (!ok)
    throw errors
      .invalidKeyUsage(`Algorithm ${alg} is incompatible with key spec ${key.keySpec}.`)
      .explained(
        key.keySpec === 'SYMMETRIC_DEFAULT'
          ? 'A symmetric encryption key uses the SYMMETRIC_DEFAULT algorithm (AES-256-GCM).'
          : `An RSA key encrypts with RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256; ${alg} is not one of them.`,
      );
  return alg;
}

/** An encryption context with an RSA key. AWS's message is not published: a short neutral one, the rule explained apart. */
const asymmetricContext = () =>
  errors
    .validation('EncryptionContext is not supported with asymmetric encryption algorithms.')
    .explained('Only symmetric encryption keys take an encryption context. Remove EncryptionContext, or use a symmetric key.');

/** Encrypts with a key of usage ENCRYPT_DECRYPT (symmetric blob or RSA-OAEP). */
export async function encryptWith(
  engine: Engine,
  key: KeyRecord,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
  algorithm: EncryptionAlgorithmSpec | undefined,
  op: string,
): Promise<{ blob: Uint8Array; algorithm: EncryptionAlgorithmSpec; materialId?: string }> {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongUsage(key, op);
  const alg = checkAlgorithm(key, algorithm);
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    const material = currentMaterial(key);
    return {
      blob: await encryptBlob(key.accountId, key.keyId, material, plaintext, context, engine.random),
      algorithm: alg,
      materialId: material.id,
    };
  }
  if (hasEncryptionContext(context)) throw asymmetricContext();
  const max = maxOaepPlaintext(key.keySpec, alg);
  // AWS's recorded message (LocalStack's AWS-validated snapshots, 2023).
  if (plaintext.length > max)
    throw errors
      .validation(`Algorithm ${alg} and key spec ${key.keySpec} cannot encrypt data larger than ${max} bytes.`)
      .explained(
        `RSA-OAEP can encrypt only a little less than the key size: ${plaintext.length} bytes were sent. Encrypt larger data with a data key (envelope encryption).`,
      );
  return { blob: await rsaEncrypt(asymmetricMaterial(key), alg, plaintext), algorithm: alg };
}

/** KMS Lab's explanation when no key of a ciphertext's ID exists in the request's Region. */
function ciphertextKeyMissing(ctx: RequestContext<unknown>, accountId: string, keyId: string): string {
  const otherRegions = ctx.engine.relatedKeys(accountId, keyId).map((k) => k.region);
  return explainMissingCiphertextKey({ region: ctx.region, keyId, otherRegions });
}

/** Result of reading which key a ciphertext needs: a symmetric blob names its key and material in its header. */
export type CiphertextSource = { key: KeyRecord; header: CiphertextHeader } | { key: KeyRecord; header?: undefined };

/**
 * Finds the key for a ciphertext, as Decrypt and ReEncrypt do. With no KeyId the key comes from the
 * blob; a KeyId naming another key gives IncorrectKeyException.
 */
export function resolveCiphertextKey(ctx: RequestContext<unknown>, blob: Uint8Array, keyIdParam: string | undefined): CiphertextSource {
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
    throw errors
      .accessDenied(
        'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
      )
      .explained(ciphertextKeyMissing(ctx, header.accountId, header.keyId));
  }
  return { key, header };
}

/** Decrypts with a resolved source. Any failure is InvalidCiphertextException (no message), as AWS. */
export async function decryptWith(
  src: CiphertextSource,
  blob: Uint8Array,
  context: EncryptionContext | undefined,
  algorithm: EncryptionAlgorithmSpec | undefined,
  op: string,
): Promise<{ plaintext: Uint8Array; algorithm: EncryptionAlgorithmSpec; materialId?: string }> {
  const { key, header } = src;
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongUsage(key, op);
  const alg = checkAlgorithm(key, algorithm);
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    // A symmetric key was resolved from (or checked against) the blob's header.
    if (!header) throw errors.invalidCiphertext();
    const material = key.materials.find((m) => m.id === header.keyMaterialId);
    if (!material) throw errors.invalidCiphertext();
    const plaintext = await decryptBlob(blob, header, material, context);
    if (!plaintext) throw errors.invalidCiphertext();
    return { plaintext, algorithm: alg, materialId: material.id };
  }
  if (hasEncryptionContext(context)) throw asymmetricContext();
  const plaintext = await rsaDecrypt(asymmetricMaterial(key), alg, blob);
  if (!plaintext) throw errors.invalidCiphertext();
  return { plaintext, algorithm: alg };
}

/** Validates an encryption context member (`field` as AWS names it in messages, e.g. `encryptionContext`). */
export const checkContext = (context: EncryptionContext | undefined, field: string) => validateEncryptionContext(context, field);

/** Recipient (Nitro Enclaves attestation) is not simulated. */
export function rejectRecipient(input: { Recipient?: unknown }): void {
  if (input.Recipient !== undefined)
    throw errors
      .unsupported('KMS Lab does not simulate Recipient.')
      .explained('Recipient takes an AWS Nitro Enclaves attestation document, which a browser cannot produce; AWS accepts it.');
}

/** DryRun: after all checks pass, report that the call would have succeeded. */
export function dryRunGate(input: { DryRun?: boolean }): void {
  if (input.DryRun === true) throw errors.dryRun();
}
