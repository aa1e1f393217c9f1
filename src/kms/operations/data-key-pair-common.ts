/** Shared by GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext. */
import { generateDataKeyPair } from '../crypto/asymmetric';
import type { Engine } from '../engine';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { checkContext, encryptWith, rejectRecipient, requireSymmetric } from './crypto-common';
import { checkEnum, checkGrantTokens, requireMember } from './shared';

/** Input of both data key pair operations. */
export interface DataKeyPairInput {
  KeyId: string;
  KeyPairSpec: string;
  EncryptionContext?: Record<string, string>;
  DryRun?: boolean;
  Recipient?: unknown;
}

const ALL_PAIR_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SM2',
  'ECC_NIST_EDWARDS25519',
];
const SUPPORTED = new Set(['RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1']);

/** Validation of a data key pair request. */
export function validatePairInput(input: DataKeyPairInput): void {
  const i = input as unknown as Record<string, unknown>;
  requireMember(i, 'KeyId');
  requireMember(i, 'KeyPairSpec');
  checkEnum(i, 'KeyPairSpec', ALL_PAIR_SPECS);
  checkContext(i);
  checkGrantTokens(i);
  rejectRecipient(i);
}

/** Generates a key pair; the private key (PKCS#8 DER) is encrypted under the symmetric KMS key. */
export async function makeDataKeyPair(engine: Engine, key: KeyRecord, input: DataKeyPairInput, op: string) {
  requireSymmetric(key, op);
  if (!SUPPORTED.has(input.KeyPairSpec))
    throw errors.unsupported(
      `KeyPairSpec ${input.KeyPairSpec} is not supported in KMS Lab. Use RSA_2048..4096, ECC_NIST_P256/P384/P521 or ECC_SECG_P256K1.`,
    );
  const { privateKey, publicKey } = await generateDataKeyPair(input.KeyPairSpec, engine.random);
  const enc = await encryptWith(engine, key, privateKey, input.EncryptionContext, 'SYMMETRIC_DEFAULT', op);
  return { privateKey, publicKey, ciphertext: enc.blob, materialId: enc.materialId! };
}
