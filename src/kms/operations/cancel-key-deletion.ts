import { KEY_STATES } from '../key-state';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** CancelKeyDeletion: the key goes back to Disabled, not Enabled (docs/kms-facts.md §4). */
export const cancelKeyDeletion = defineKeyOperation({
  name: 'CancelKeyDeletion',
  docUrl: apiDoc('CancelKeyDeletion'),
  description: 'Cancels a scheduled deletion. The key becomes Disabled; enable it to use it again.',
  action: 'kms:CancelKeyDeletion',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.cancel,
  customerManagedOnly: true,
  mutates: true,
  run({ key, engine }) {
    key.state = 'Disabled';
    key.deletionDate = undefined;
    key.pendingWindowInDays = undefined;
    engine.saveKey(key);
    return { KeyId: key.arn };
  },
});
