import { KEY_STATES } from '../key-state';
import { checkContext, dryRunGate, encryptWith, ENCRYPTION_ALGORITHMS } from './crypto-common';
import { apiDoc, checkEnum, checkGrantTokens, checkLength, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** Encrypt: up to 4,096 bytes under a symmetric or RSA key. */
export const encrypt: OperationDefinition<{
  KeyId: string;
  Plaintext: Uint8Array;
  EncryptionContext?: Record<string, string>;
  EncryptionAlgorithm?: string;
  DryRun?: boolean;
}> = {
  name: 'Encrypt',
  docUrl: apiDoc('Encrypt'),
  description: 'Encrypts up to 4,096 bytes directly under a KMS key. For more data, use a data key (envelope encryption).',
  action: 'kms:Encrypt',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate(input) {
    requireMember(input, 'KeyId');
    requireMember(input, 'Plaintext');
    checkLength(input, 'KeyId', 1, 2048);
    checkLength(input, 'Plaintext', 1, 4096);
    checkEnum(input, 'EncryptionAlgorithm', ENCRYPTION_ALGORITHMS);
    checkContext(input);
    checkGrantTokens(input);
  },
  async run(ctx) {
    const { input } = ctx;
    dryRunGate(input);
    const r = await encryptWith(ctx.engine, ctx.key!, input.Plaintext, input.EncryptionContext, input.EncryptionAlgorithm, 'Encrypt');
    return { CiphertextBlob: r.blob, KeyId: ctx.key!.arn, EncryptionAlgorithm: r.algorithm };
  },
};
