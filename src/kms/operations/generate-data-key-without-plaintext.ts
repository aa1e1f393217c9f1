import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKey, validateDataKeyInput } from './data-key-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GenerateDataKeyWithoutPlaintext: only the encrypted copy of a new data key. */
export const generateDataKeyWithoutPlaintext = defineKeyOperation({
  name: 'GenerateDataKeyWithoutPlaintext',
  docUrl: apiDoc('GenerateDataKeyWithoutPlaintext'),
  description: 'Returns a new data key only in encrypted form, for a component that must not see the plaintext key now.',
  action: 'kms:GenerateDataKeyWithoutPlaintext',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateDataKeyInput,
  async run({ engine, key, input }) {
    dryRunGate(input);
    const d = await makeDataKey(engine, key, input, 'GenerateDataKeyWithoutPlaintext');
    d.plaintext.fill(0);
    return { CiphertextBlob: d.ciphertext, KeyId: key.arn, KeyMaterialId: d.materialId };
  },
});
