import type { GetKeyRotationStatusResponse } from '@aws-sdk/client-kms';
import { KEY_STATES } from '../key-state';
import { requireAutomaticRotation } from './rotation-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GetKeyRotationStatus: reads false while the key is pending deletion (restored if deletion is cancelled). */
export const getKeyRotationStatus = defineKeyOperation({
  name: 'GetKeyRotationStatus',
  docUrl: apiDoc('GetKeyRotationStatus'),
  description: 'Shows whether automatic rotation is on, its period and the next rotation date.',
  action: 'kms:GetKeyRotationStatus',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  run({ key }) {
    requireAutomaticRotation(key, 'GetKeyRotationStatus');
    const pending = key.state === 'PendingDeletion' || key.state === 'PendingReplicaDeletion';
    const enabled = key.rotationEnabled && !pending;
    const out: GetKeyRotationStatusResponse = { KeyId: key.arn, KeyRotationEnabled: enabled };
    if (enabled) {
      out.RotationPeriodInDays = key.rotationPeriodInDays;
      if (key.nextRotationDate !== undefined) out.NextRotationDate = new Date(key.nextRotationDate);
    }
    if (key.onDemandRotationStartDate !== undefined) out.OnDemandRotationStartDate = new Date(key.onDemandRotationStartDate);
    return out;
  },
});
