import { KEY_STATES } from '../key-state';
import { apiDoc, days } from './shared';
import { defineKeyOperation } from './types';

/** EnableKey: Disabled -> Enabled (a due automatic rotation then happens at once). */
export const enableKey = defineKeyOperation({
  name: 'EnableKey',
  docUrl: apiDoc('EnableKey'),
  description: "Sets a key's state to Enabled so it can be used in cryptographic operations again.",
  action: 'kms:EnableKey',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.toggle,
  customerManagedOnly: true,
  mutates: true,
  async run({ key, engine, now }) {
    // KMS does not rotate a disabled key; if its date passed meanwhile it rotates once, now, when
    // enabled again, and the schedule restarts from then (API-GetKeyRotationStatus).
    if (key.state === 'Disabled' && key.rotationEnabled && key.nextRotationDate !== undefined && key.nextRotationDate <= now) {
      await engine.rotate(key, now, 'AUTOMATIC');
      key.nextRotationDate = now + days(key.rotationPeriodInDays ?? 365);
    }
    key.state = 'Enabled';
    engine.saveKey(key);
    return {};
  },
});
