import { KEY_STATES } from '../key-state';
import { apiDoc, checkLength, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** UpdateKeyDescription. */
export const updateKeyDescription: OperationDefinition<{ KeyId: string; Description: string }> = {
  name: 'UpdateKeyDescription',
  docUrl: apiDoc('UpdateKeyDescription'),
  description: 'Replaces the description of a customer managed key.',
  action: 'kms:UpdateKeyDescription',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    requireMember(input, 'KeyId');
    requireMember(input, 'Description');
    checkLength(input, 'Description', 0, 8192);
  },
  run(ctx) {
    ctx.key!.description = ctx.input.Description;
    ctx.engine.saveKey(ctx.key!);
    return {};
  },
};
