import { KEY_STATES } from '../key-state';
import { apiDoc, checkLength } from './shared';
import { defineKeyOperation } from './types';

/** UpdateKeyDescription. */
export const updateKeyDescription = defineKeyOperation({
  name: 'UpdateKeyDescription',
  docUrl: apiDoc('UpdateKeyDescription'),
  description: 'Replaces the description of a customer managed key.',
  action: 'kms:UpdateKeyDescription',
  required: ['KeyId', 'Description'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    checkLength(input, 'Description', 0, 8192);
  },
  run(ctx) {
    ctx.key.description = ctx.input.Description;
    ctx.engine.saveKey(ctx.key);
    return {};
  },
});
