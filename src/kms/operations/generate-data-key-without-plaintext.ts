import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKey, validateDataKeyInput, type DataKeyInput } from './data-key-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** GenerateDataKeyWithoutPlaintext: only the encrypted copy of a new data key. */
export const generateDataKeyWithoutPlaintext: OperationDefinition<DataKeyInput> = {
  name: 'GenerateDataKeyWithoutPlaintext',
  docUrl: apiDoc('GenerateDataKeyWithoutPlaintext'),
  description: 'Returns a new data key only in encrypted form, for a component that must not see the plaintext key now.',
  action: 'kms:GenerateDataKeyWithoutPlaintext',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateDataKeyInput,
  async run(ctx) {
    dryRunGate(ctx.input);
    const d = await makeDataKey(ctx.engine, ctx.key!, ctx.input, 'GenerateDataKeyWithoutPlaintext');
    d.plaintext.fill(0);
    return { CiphertextBlob: d.ciphertext, KeyId: ctx.key!.arn, KeyMaterialId: d.materialId };
  },
};
