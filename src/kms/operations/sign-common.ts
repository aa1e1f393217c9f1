/** Shared by Sign and Verify. */
import type { MessageType, SigningAlgorithmSpec } from '@aws-sdk/client-kms';
import { signingHash } from '../crypto/asymmetric';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { wrongUsage } from './crypto-common';
import { checkEnum, checkGrantTokens, checkLength, signingAlgorithms } from './shared';

/** All SigningAlgorithmSpec values AWS defines. */
export const ALL_SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
  'ECDSA_SHA_256',
  'ECDSA_SHA_384',
  'ECDSA_SHA_512',
  'SM2DSA',
  'ML_DSA_SHAKE_256',
  'ED25519_SHA_512',
  'ED25519_PH_SHA_512',
];

/** Sign/Verify input members the shared checks read. */
export interface SignInput {
  Message: Uint8Array;
  MessageType?: MessageType | undefined;
  SigningAlgorithm: SigningAlgorithmSpec;
  Signature?: Uint8Array | undefined;
  GrantTokens?: string[] | undefined;
}

/** Request validation for Sign and Verify (the required members were checked by the dispatcher). */
export function validateSignInput(input: SignInput): void {
  checkLength(input, 'Message', 1, 4096);
  checkLength(input, 'Signature', 1, 6144);
  checkEnum(input, 'MessageType', ['RAW', 'DIGEST', 'EXTERNAL_MU']);
  checkEnum(input, 'SigningAlgorithm', ALL_SIGNING_ALGORITHMS);
  checkGrantTokens(input);
}

/** Checks the key and algorithm fit together and the message type; returns whether the message is a digest. */
export function checkSignRequest(key: KeyRecord, input: SignInput, op: string): boolean {
  if (key.keyUsage !== 'SIGN_VERIFY') throw wrongUsage(key, op);
  // The wording AWS uses when a MAC algorithm does not fit the key spec (recorded); assumed the same for signing.
  if (!signingAlgorithms(key.keySpec).includes(input.SigningAlgorithm))
    throw errors
      .invalidKeyUsage(`Algorithm ${input.SigningAlgorithm} is incompatible with key spec ${key.keySpec}.`)
      .explained(`A ${key.keySpec} key signs with ${signingAlgorithms(key.keySpec).join(', ')}.`);
  const type = input.MessageType ?? 'RAW';
  // AWS's message is not published: a short neutral one.
  if (type === 'EXTERNAL_MU')
    throw errors
      .invalidKeyUsage(`MessageType EXTERNAL_MU is incompatible with key spec ${key.keySpec}.`)
      .explained('EXTERNAL_MU (a precomputed message representative) exists only for ML-DSA keys, which KMS Lab does not simulate.');
  if (type === 'DIGEST') {
    const { length } = signingHash(input.SigningAlgorithm);
    if (input.Message.length !== length) throw errors.validation(`Digest is invalid length for algorithm ${input.SigningAlgorithm}.`);
    return true;
  }
  return false;
}
