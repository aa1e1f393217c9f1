import { KEY_STATES } from '../key-state';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** CancelKeyDeletion: the key goes back to Disabled, not Enabled (docs/kms-facts.md §4). */
export const cancelKeyDeletion: OperationDefinition<{ KeyId: string }> = {
  name: 'CancelKeyDeletion',
  docUrl: apiDoc('CancelKeyDeletion'),
  description: 'Cancels a scheduled deletion. The key becomes Disabled; enable it to use it again.',
  action: 'kms:CancelKeyDeletion',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.cancel,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => requireMember(input, 'KeyId'),
  run(ctx) {
    const key = ctx.key!;
    key.state = 'Disabled';
    key.deletionDate = undefined;
    key.pendingWindowInDays = undefined;
    ctx.engine.saveKey(key);
    return { KeyId: key.arn };
  },
};
