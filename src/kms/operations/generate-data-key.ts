import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKey, validateDataKeyInput } from './data-key-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GenerateDataKey: a unique data key in plaintext and encrypted under a symmetric KMS key (envelope encryption). */
export const generateDataKey = defineKeyOperation({
  name: 'GenerateDataKey',
  docUrl: apiDoc('GenerateDataKey'),
  description:
    'Returns a new data key twice: in plaintext (use it, then erase it) and encrypted under the KMS key (store it with the data).',
  action: 'kms:GenerateDataKey',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateDataKeyInput,
  async run({ engine, key, input }) {
    dryRunGate(input);
    const d = await makeDataKey(engine, key, input, 'GenerateDataKey');
    return { CiphertextBlob: d.ciphertext, Plaintext: d.plaintext, KeyId: key.arn, KeyMaterialId: d.materialId };
  },
});
