import { hasAllMaterial } from '../imported/imported-state';
import { KEY_STATES } from '../key-state';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** CancelKeyDeletion: the key goes back to Disabled, not Enabled (docs/kms-facts.md §4); a key without its imported material to PendingImport. */
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
    // A key missing imported material goes back to PendingImport instead (our reading of the key-state
    // rules for imported material; AWS documents only the Disabled case).
    key.state = key.origin === 'EXTERNAL' && !hasAllMaterial(key) ? 'PendingImport' : 'Disabled';
    key.deletionDate = undefined;
    key.pendingWindowInDays = undefined;
    engine.saveKey(key);
    return { KeyId: key.arn };
  },
});
