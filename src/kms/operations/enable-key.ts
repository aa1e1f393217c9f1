import { KEY_STATES } from '../key-state';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** EnableKey: Disabled -> Enabled (a due automatic rotation then happens at once). */
export const enableKey: OperationDefinition<{ KeyId: string }> = {
  name: 'EnableKey',
  docUrl: apiDoc('EnableKey'),
  description: "Sets a key's state to Enabled so it can be used in cryptographic operations again.",
  action: 'kms:EnableKey',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => requireMember(input, 'KeyId'),
  async run(ctx) {
    const key = ctx.key!;
    // KMS does not rotate a disabled key; if its date passed meanwhile it rotates once, now, when
    // enabled again, and the schedule restarts from then (API-GetKeyRotationStatus).
    if (key.state === 'Disabled' && key.rotationEnabled && key.nextRotationDate !== undefined && key.nextRotationDate <= ctx.now) {
      await ctx.engine.rotate(key, ctx.now, 'AUTOMATIC');
      key.nextRotationDate = ctx.now + (key.rotationPeriodInDays ?? 365) * 86_400_000;
    }
    key.state = 'Enabled';
    ctx.engine.saveKey(key);
    return {};
  },
};
