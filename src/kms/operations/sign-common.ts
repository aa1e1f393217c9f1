/** Shared by Sign and Verify. */
import { signingHash } from '../crypto/asymmetric';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { wrongUsage } from './crypto-common';
import { checkEnum, checkGrantTokens, checkLength, requireMember, signingAlgorithms } from './shared';

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

/** Sign/Verify input. */
export interface SignInput {
  KeyId: string;
  Message: Uint8Array;
  MessageType?: string;
  SigningAlgorithm: string;
  Signature?: Uint8Array;
  DryRun?: boolean;
}

/** Request validation for Sign and Verify. */
export function validateSignInput(input: SignInput, verify: boolean): void {
  const i = input as unknown as Record<string, unknown>;
  requireMember(i, 'KeyId');
  requireMember(i, 'Message');
  if (verify) requireMember(i, 'Signature');
  requireMember(i, 'SigningAlgorithm');
  checkLength(i, 'Message', 1, 4096);
  checkLength(i, 'Signature', 1, 6144);
  checkEnum(i, 'MessageType', ['RAW', 'DIGEST', 'EXTERNAL_MU']);
  checkEnum(i, 'SigningAlgorithm', ALL_SIGNING_ALGORITHMS);
  checkGrantTokens(i);
}

/** Checks the key and algorithm fit together and the message type; returns whether the message is a digest. */
export function checkSignRequest(key: KeyRecord, input: SignInput, op: string): boolean {
  if (key.keyUsage !== 'SIGN_VERIFY') throw wrongUsage(key, op);
  if (!signingAlgorithms(key.keySpec).includes(input.SigningAlgorithm))
    throw errors.invalidKeyUsage(
      `The signing algorithm ${input.SigningAlgorithm} is not valid for ${key.arn} (key spec ${key.keySpec}). Valid algorithms: ${signingAlgorithms(key.keySpec).join(', ')}.`,
    );
  const type = input.MessageType ?? 'RAW';
  if (type === 'EXTERNAL_MU') throw errors.invalidKeyUsage('MessageType EXTERNAL_MU is only valid with ML-DSA keys.');
  if (type === 'DIGEST') {
    const { length } = signingHash(input.SigningAlgorithm);
    if (input.Message.length !== length) throw errors.validation(`Digest is invalid length for algorithm ${input.SigningAlgorithm}.`);
    return true;
  }
  return false;
}
