import { KEY_STATES } from '../key-state';
import { requireNotReplica, requireRotatable, syncRotationToReplicas } from './rotation-common';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** DisableKeyRotation. */
export const disableKeyRotation: OperationDefinition<{ KeyId: string }> = {
  name: 'DisableKeyRotation',
  docUrl: apiDoc('DisableKeyRotation'),
  description: 'Turns off automatic rotation. Existing key material versions are kept, so old ciphertexts still decrypt.',
  action: 'kms:DisableKeyRotation',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.rotation,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => requireMember(input, 'KeyId'),
  run(ctx) {
    const key = ctx.key!;
    requireRotatable(key, 'DisableKeyRotation');
    requireNotReplica(key, 'DisableKeyRotation');
    key.rotationEnabled = false;
    key.rotationPeriodInDays = undefined;
    key.nextRotationDate = undefined;
    ctx.engine.saveKey(key);
    syncRotationToReplicas(ctx.engine, key);
    return {};
  },
};
