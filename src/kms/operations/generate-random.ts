import { errors } from '../errors';
import { rejectRecipient } from './crypto-common';
import { apiDoc, checkRange, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** GenerateRandom: 1–1,024 random bytes (account-level action, no key). */
export const generateRandom: OperationDefinition<{ NumberOfBytes: number; CustomKeyStoreId?: string; Recipient?: unknown }> = {
  name: 'GenerateRandom',
  docUrl: apiDoc('GenerateRandom'),
  description: 'Returns 1 to 1,024 random bytes from the KMS random number generator. Uses no key.',
  action: 'kms:GenerateRandom',
  target: { kind: 'none' },
  validate(input) {
    requireMember(input, 'NumberOfBytes');
    checkRange(input, 'NumberOfBytes', 1, 1024);
    rejectRecipient(input);
  },
  run(ctx) {
    if (ctx.input.CustomKeyStoreId !== undefined) throw errors.unsupported('Custom key stores are not simulated in KMS Lab.');
    const out = new Uint8Array(ctx.input.NumberOfBytes);
    ctx.engine.random(out);
    return { Plaintext: out };
  },
};
