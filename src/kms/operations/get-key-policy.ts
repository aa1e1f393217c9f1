import { KEY_STATES } from '../key-state';
import { checkPolicyName, POLICY_NAME } from './policy-common';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** GetKeyPolicy: the key policy document (PolicyName `default`, optional). */
export const getKeyPolicy: OperationDefinition<{ KeyId: string; PolicyName?: string }> = {
  name: 'GetKeyPolicy',
  docUrl: apiDoc('GetKeyPolicy'),
  description: 'Returns the key policy: the resource policy every KMS key has exactly one of.',
  action: 'kms:GetKeyPolicy',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate(input) {
    requireMember(input, 'KeyId');
    checkPolicyName(input.PolicyName);
  },
  run: (ctx) => ({ Policy: ctx.key!.policy, PolicyName: POLICY_NAME }),
};
