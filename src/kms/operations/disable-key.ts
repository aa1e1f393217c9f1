import { KEY_STATES } from '../key-state';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** DisableKey: Enabled -> Disabled (reversible; the key cannot be used while disabled). */
export const disableKey = defineKeyOperation({
  name: 'DisableKey',
  docUrl: apiDoc('DisableKey'),
  description: "Sets a key's state to Disabled: cryptographic operations fail with DisabledException until it is enabled.",
  action: 'kms:DisableKey',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.toggle,
  customerManagedOnly: true,
  mutates: true,
  run({ key, engine }) {
    key.state = 'Disabled';
    engine.saveKey(key);
    return {};
  },
});
