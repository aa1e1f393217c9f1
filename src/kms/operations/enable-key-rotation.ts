import { KEY_STATES } from '../key-state';
import { requireAutomaticRotation, requireNotReplica, syncRotationToReplicas } from './rotation-common';
import { apiDoc, checkRange, days } from './shared';
import { defineKeyOperation } from './types';

/** EnableKeyRotation: automatic rotation every RotationPeriodInDays (90–2,560, default 365). */
export const enableKeyRotation = defineKeyOperation({
  name: 'EnableKeyRotation',
  docUrl: apiDoc('EnableKeyRotation'),
  description: 'Turns on automatic rotation of a symmetric customer managed key: new key material every 90–2,560 days (default 365).',
  action: 'kms:EnableKeyRotation',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.rotation,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => checkRange(input, 'RotationPeriodInDays', 90, 2560),
  run({ key, engine, input, now }) {
    requireAutomaticRotation(key, 'EnableKeyRotation');
    requireNotReplica(key, 'EnableKeyRotation');
    const period = input.RotationPeriodInDays ?? 365;
    key.rotationEnabled = true;
    key.rotationPeriodInDays = period;
    // The first automatic rotation comes one period after rotation is enabled (API-EnableKeyRotation).
    key.nextRotationDate = now + days(period);
    engine.saveKey(key);
    syncRotationToReplicas(engine, key);
    return {};
  },
});
