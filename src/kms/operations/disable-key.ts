import { KEY_STATES } from '../key-state';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** DisableKey: Enabled -> Disabled (reversible; the key cannot be used while disabled). */
export const disableKey: OperationDefinition<{ KeyId: string }> = {
  name: 'DisableKey',
  docUrl: apiDoc('DisableKey'),
  description: "Sets a key's state to Disabled: cryptographic operations fail with DisabledException until it is enabled.",
  action: 'kms:DisableKey',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.manage,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => requireMember(input, 'KeyId'),
  run(ctx) {
    ctx.key!.state = 'Disabled';
    ctx.engine.saveKey(ctx.key!);
    return {};
  },
};
