/** Shared by GenerateMac and VerifyMac. */
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { wrongUsage } from './crypto-common';
import { checkEnum, checkGrantTokens, checkLength, macAlgorithm, requireMember } from './shared';

/** GenerateMac/VerifyMac input. */
export interface MacInput {
  KeyId: string;
  Message: Uint8Array;
  MacAlgorithm: string;
  Mac?: Uint8Array;
  DryRun?: boolean;
}

/** Request validation. */
export function validateMacInput(input: MacInput, verify: boolean): void {
  const i = input as unknown as Record<string, unknown>;
  requireMember(i, 'KeyId');
  requireMember(i, 'Message');
  requireMember(i, 'MacAlgorithm');
  if (verify) requireMember(i, 'Mac');
  checkLength(i, 'Message', 1, 4096);
  checkLength(i, 'Mac', 1, 6144);
  checkEnum(i, 'MacAlgorithm', ['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
  checkGrantTokens(i);
}

/** The key must be an HMAC key whose spec matches the algorithm. */
export function checkMacRequest(key: KeyRecord, input: MacInput, op: string): void {
  if (key.keyUsage !== 'GENERATE_VERIFY_MAC') throw wrongUsage(key, op);
  if (macAlgorithm(key.keySpec) !== input.MacAlgorithm)
    throw errors.invalidKeyUsage(
      `The MAC algorithm ${input.MacAlgorithm} is not valid for ${key.arn} (key spec ${key.keySpec}); use ${macAlgorithm(key.keySpec)}.`,
    );
}
