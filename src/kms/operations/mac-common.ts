/** Shared by GenerateMac and VerifyMac. */
import type { MacAlgorithmSpec } from '@aws-sdk/client-kms';
import { errors } from '../errors';
import type { KeyRecord } from '../model';
import { wrongUsage } from './crypto-common';
import { checkEnum, checkGrantTokens, checkLength, macAlgorithm } from './shared';

/** GenerateMac/VerifyMac input members the shared checks read. */
export interface MacInput {
  Message: Uint8Array;
  MacAlgorithm: MacAlgorithmSpec;
  Mac?: Uint8Array | undefined;
  GrantTokens?: string[] | undefined;
}

/** Request validation (the required members were checked by the dispatcher). */
export function validateMacInput(input: MacInput): void {
  checkLength(input, 'Message', 1, 4096);
  checkLength(input, 'Mac', 1, 6144);
  checkEnum(input, 'MacAlgorithm', ['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);
  checkGrantTokens(input);
}

/** The key must be an HMAC key whose spec matches the algorithm. */
export function checkMacRequest(key: KeyRecord, input: MacInput, op: string): void {
  if (key.keyUsage !== 'GENERATE_VERIFY_MAC') throw wrongUsage(key, op);
  // AWS's recorded message (LocalStack's AWS-validated snapshots, 2023).
  if (macAlgorithm(key.keySpec) !== input.MacAlgorithm)
    throw errors
      .invalidKeyUsage(`Algorithm ${input.MacAlgorithm} is incompatible with key spec ${key.keySpec}.`)
      .explained(`Each HMAC key spec has one MAC algorithm: a ${key.keySpec} key uses ${macAlgorithm(key.keySpec)}.`);
}
