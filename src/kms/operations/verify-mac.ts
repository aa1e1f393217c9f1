import { checkMac } from '../crypto/hmac';
import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { checkMacRequest, validateMacInput, type MacInput } from './mac-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** VerifyMac: a wrong tag is KMSInvalidMacException (no message), as AWS. */
export const verifyMac: OperationDefinition<MacInput> = {
  name: 'VerifyMac',
  docUrl: apiDoc('VerifyMac'),
  description: 'Checks an HMAC tag against a message inside KMS.',
  action: 'kms:VerifyMac',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: (input) => validateMacInput(input, true),
  async run(ctx) {
    const key = ctx.key!;
    checkMacRequest(key, ctx.input, 'VerifyMac');
    dryRunGate(ctx.input);
    const ok = await checkMac(key.keySpec, key.hmac!, ctx.input.Message, ctx.input.Mac!, (b) => ctx.engine.unwrap(b));
    if (!ok) throw errors.invalidMac();
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: ctx.input.MacAlgorithm };
  },
};
