import { computeMac } from '../crypto/hmac';
import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { checkMacRequest, validateMacInput, type MacInput } from './mac-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** GenerateMac: HMAC of a message with an HMAC KMS key. */
export const generateMac: OperationDefinition<MacInput> = {
  name: 'GenerateMac',
  docUrl: apiDoc('GenerateMac'),
  description: 'Computes an HMAC tag of a message with an HMAC key that never leaves KMS.',
  action: 'kms:GenerateMac',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: (input) => validateMacInput(input, false),
  async run(ctx) {
    const key = ctx.key!;
    checkMacRequest(key, ctx.input, 'GenerateMac');
    dryRunGate(ctx.input);
    const mac = await computeMac(key.keySpec, key.hmac!, ctx.input.Message, (b) => ctx.engine.unwrap(b));
    return { Mac: mac, MacAlgorithm: ctx.input.MacAlgorithm, KeyId: key.arn };
  },
};
