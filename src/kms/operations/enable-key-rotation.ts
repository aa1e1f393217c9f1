import { KEY_STATES } from '../key-state';
import { requireNotReplica, requireRotatable, syncRotationToReplicas } from './rotation-common';
import { apiDoc, checkRange, days, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** EnableKeyRotation: automatic rotation every RotationPeriodInDays (90–2,560, default 365). */
export const enableKeyRotation: OperationDefinition<{ KeyId: string; RotationPeriodInDays?: number }> = {
  name: 'EnableKeyRotation',
  docUrl: apiDoc('EnableKeyRotation'),
  description: 'Turns on automatic rotation of a symmetric customer managed key: new key material every 90–2,560 days (default 365).',
  action: 'kms:EnableKeyRotation',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.rotation,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    requireMember(input, 'KeyId');
    checkRange(input, 'RotationPeriodInDays', 90, 2560);
  },
  run(ctx) {
    const key = ctx.key!;
    requireRotatable(key, 'EnableKeyRotation');
    requireNotReplica(key, 'EnableKeyRotation');
    const period = ctx.input.RotationPeriodInDays ?? 365;
    key.rotationEnabled = true;
    key.rotationPeriodInDays = period;
    // The first automatic rotation comes one period after rotation is enabled (API-EnableKeyRotation).
    key.nextRotationDate = ctx.now + days(period);
    ctx.engine.saveKey(key);
    syncRotationToReplicas(ctx.engine, key);
    return {};
  },
};
