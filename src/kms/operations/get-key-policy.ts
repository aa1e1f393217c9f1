import { KEY_STATES } from '../key-state';
import { checkPolicyName, POLICY_NAME } from './policy-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** GetKeyPolicy: the key policy document (PolicyName `default`, optional). */
export const getKeyPolicy = defineKeyOperation({
  name: 'GetKeyPolicy',
  docUrl: apiDoc('GetKeyPolicy'),
  description: 'Returns the key policy: the resource policy every KMS key has exactly one of.',
  action: 'kms:GetKeyPolicy',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate: (input) => checkPolicyName(input.PolicyName),
  run: ({ key }) => ({ Policy: key.policy, PolicyName: POLICY_NAME }),
});
