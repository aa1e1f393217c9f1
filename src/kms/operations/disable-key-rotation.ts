import { KEY_STATES } from '../key-state';
import { requireAutomaticRotation, requireNotReplica, syncRotationToReplicas } from './rotation-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** DisableKeyRotation. */
export const disableKeyRotation = defineKeyOperation({
  name: 'DisableKeyRotation',
  docUrl: apiDoc('DisableKeyRotation'),
  description: 'Turns off automatic rotation. Existing key material versions are kept, so old ciphertexts still decrypt.',
  action: 'kms:DisableKeyRotation',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.rotation,
  customerManagedOnly: true,
  mutates: true,
  run({ key, engine }) {
    requireAutomaticRotation(key, 'DisableKeyRotation');
    requireNotReplica(key, 'DisableKeyRotation');
    key.rotationEnabled = false;
    key.rotationPeriodInDays = undefined;
    key.nextRotationDate = undefined;
    engine.saveKey(key);
    syncRotationToReplicas(engine, key);
    return {};
  },
});
