import { KEY_STATES } from '../key-state';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** EnableKey: Disabled -> Enabled (a due automatic rotation then happens at once). */
export const enableKey: OperationDefinition<{ KeyId: string }> = {
  name: 'EnableKey',
  docUrl: apiDoc('EnableKey'),
  description: 'Sets a key\'s state to Enabled so it can be used in cryptographic operations again.',
  action: 'kms:EnableKey',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => requireMember(input, 'KeyId'),
  async run(ctx) {
    ctx.key!.state = 'Enabled';
    ctx.engine.saveKey(ctx.key!);
    // A key whose rotation date passed while disabled rotates when enabled again (API-GetKeyRotationStatus).
    await ctx.engine.advance(ctx.now);
    return {};
  },
};
