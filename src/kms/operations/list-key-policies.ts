import { KEY_STATES } from '../key-state';
import { POLICY_NAME } from './policy-common';
import { apiDoc, checkRange, paginate } from './shared';
import { defineKeyOperation } from './types';

/** ListKeyPolicies: always `["default"]`. */
export const listKeyPolicies = defineKeyOperation({
  name: 'ListKeyPolicies',
  docUrl: apiDoc('ListKeyPolicies'),
  description: 'Lists the names of a key\'s policies. The only name is "default".',
  action: 'kms:ListKeyPolicies',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate: (input) => checkRange(input, 'Limit', 1, 1000),
  run({ input }) {
    const { page, ...rest } = paginate([POLICY_NAME], input, 100);
    return { PolicyNames: page, ...rest };
  },
});
