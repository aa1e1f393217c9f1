/** Shared by GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext. */
import type { DataKeyPairSpec } from '@aws-sdk/client-kms';
import { generateDataKeyPair } from '../crypto/asymmetric';
import type { Engine } from '../engine';
import type { EncryptionContext } from '../encryption-context';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { checkContext, encryptWith, rejectRecipient, requireSymmetric } from './crypto-common';
import { checkEnum, checkGrantTokens } from './shared';

/** Input members of both data key pair operations. */
export interface DataKeyPairInput {
  KeyId: string;
  KeyPairSpec: DataKeyPairSpec;
  EncryptionContext?: EncryptionContext | undefined;
  GrantTokens?: string[] | undefined;
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
  checkEnum(input, 'KeyPairSpec', ALL_PAIR_SPECS);
  checkContext(input.EncryptionContext, 'encryptionContext');
  checkGrantTokens(input);
  rejectRecipient(input);
}

/** Generates a key pair; the private key (PKCS#8 DER) is encrypted under the symmetric KMS key. */
export async function makeDataKeyPair(engine: Engine, key: KeyRecord, input: DataKeyPairInput, op: string) {
  requireSymmetric(key, op);
  if (!SUPPORTED.has(input.KeyPairSpec))
    throw errors
      .unsupported(`KMS Lab does not simulate KeyPairSpec ${input.KeyPairSpec}.`)
      .explained(
        'AWS has SM2 (China Regions) and Ed25519 data key pairs; KMS Lab makes RSA_2048 to RSA_4096, ECC_NIST_P256 to P521 and ECC_SECG_P256K1.',
      );
  const { privateKey, publicKey } = await generateDataKeyPair(input.KeyPairSpec, engine.random);
  const enc = await encryptWith(engine, key, privateKey, input.EncryptionContext, 'SYMMETRIC_DEFAULT', op);
  return { privateKey, publicKey, ciphertext: enc.blob, materialId: enc.materialId };
}
