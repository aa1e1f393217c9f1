import { checkMac } from '../crypto/hmac';
import { errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { hmacMaterial } from '../material';
import { dryRunGate } from './crypto-common';
import { checkMacRequest, validateMacInput } from './mac-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** VerifyMac: a wrong tag is KMSInvalidMacException (no message), as AWS. */
export const verifyMac = defineKeyOperation({
  name: 'VerifyMac',
  docUrl: apiDoc('VerifyMac'),
  description: 'Checks an HMAC tag against a message inside KMS.',
  action: 'kms:VerifyMac',
  required: ['KeyId', 'Message', 'MacAlgorithm', 'Mac'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateMacInput,
  async run({ key, input, engine }) {
    checkMacRequest(key, input, 'VerifyMac');
    dryRunGate(input);
    const ok = await checkMac(key.keySpec, hmacMaterial(key), input.Message, input.Mac, (b) => engine.unwrap(b));
    if (!ok) throw errors.invalidMac();
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: input.MacAlgorithm };
  },
});
