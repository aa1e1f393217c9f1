import { computeMac } from '../crypto/hmac';
import { KEY_STATES } from '../key-state';
import { hmacMaterial } from '../material';
import { dryRunGate } from './crypto-common';
import { checkMacRequest, validateMacInput } from './mac-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GenerateMac: HMAC of a message with an HMAC KMS key. */
export const generateMac = defineKeyOperation({
  name: 'GenerateMac',
  docUrl: apiDoc('GenerateMac'),
  description: 'Computes an HMAC tag of a message with an HMAC key that never leaves KMS.',
  action: 'kms:GenerateMac',
  required: ['KeyId', 'Message', 'MacAlgorithm'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateMacInput,
  async run({ key, input, engine }) {
    checkMacRequest(key, input, 'GenerateMac');
    dryRunGate(input);
    const mac = await computeMac(key.keySpec, hmacMaterial(key), input.Message, (b) => engine.unwrap(b));
    return { Mac: mac, MacAlgorithm: input.MacAlgorithm, KeyId: key.arn };
  },
});
