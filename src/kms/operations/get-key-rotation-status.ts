import { KEY_STATES } from '../key-state';
import { requireRotatable } from './rotation-common';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** GetKeyRotationStatus: reads false while the key is pending deletion (restored if deletion is cancelled). */
export const getKeyRotationStatus: OperationDefinition<{ KeyId: string }> = {
  name: 'GetKeyRotationStatus',
  docUrl: apiDoc('GetKeyRotationStatus'),
  description: 'Shows whether automatic rotation is on, its period and the next rotation date.',
  action: 'kms:GetKeyRotationStatus',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate: (input) => requireMember(input, 'KeyId'),
  run(ctx) {
    const key = ctx.key!;
    requireRotatable(key, 'GetKeyRotationStatus');
    const pending = key.state === 'PendingDeletion' || key.state === 'PendingReplicaDeletion';
    const enabled = key.rotationEnabled && !pending;
    const out: Record<string, unknown> = { KeyId: key.arn, KeyRotationEnabled: enabled };
    if (enabled) {
      out.RotationPeriodInDays = key.rotationPeriodInDays;
      if (key.nextRotationDate !== undefined) out.NextRotationDate = new Date(key.nextRotationDate);
    }
    if (key.onDemandRotationStartDate !== undefined) out.OnDemandRotationStartDate = new Date(key.onDemandRotationStartDate);
    return out;
  },
};
