import { KEY_STATES } from '../key-state';
import { dryRunGate } from './crypto-common';
import { makeDataKey, validateDataKeyInput, type DataKeyInput } from './data-key-common';
import { apiDoc } from './shared';
import type { OperationDefinition } from './types';

/** GenerateDataKey: a unique data key in plaintext and encrypted under a symmetric KMS key (envelope encryption). */
export const generateDataKey: OperationDefinition<DataKeyInput> = {
  name: 'GenerateDataKey',
  docUrl: apiDoc('GenerateDataKey'),
  description:
    'Returns a new data key twice: in plaintext (use it, then erase it) and encrypted under the KMS key (store it with the data).',
  action: 'kms:GenerateDataKey',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.use,
  validate: validateDataKeyInput,
  async run(ctx) {
    dryRunGate(ctx.input);
    const d = await makeDataKey(ctx.engine, ctx.key!, ctx.input, 'GenerateDataKey');
    return { CiphertextBlob: d.ciphertext, Plaintext: d.plaintext, KeyId: ctx.key!.arn, KeyMaterialId: d.materialId };
  },
};
