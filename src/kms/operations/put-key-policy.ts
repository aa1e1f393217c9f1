import { KEY_STATES } from '../key-state';
import { checkPolicyName } from './policy-common';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';
import { validatePolicyDocument } from './validate-common';

/** PutKeyPolicy: replaces the key policy (not allowed on AWS managed keys). */
export const putKeyPolicy: OperationDefinition<{
  KeyId: string;
  PolicyName?: string;
  Policy: string;
  BypassPolicyLockoutSafetyCheck?: boolean;
}> = {
  name: 'PutKeyPolicy',
  docUrl: apiDoc('PutKeyPolicy'),
  description: "Replaces a key's key policy. The policy decides who may use and manage the key (with IAM policies and grants).",
  action: 'kms:PutKeyPolicy',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    requireMember(input, 'KeyId');
    requireMember(input, 'Policy');
    checkPolicyName(input.PolicyName);
    validatePolicyDocument(input.Policy);
  },
  run(ctx) {
    const key = ctx.key!;
    const principalIds = ctx.engine.access?.validatePolicy?.({
      policy: ctx.input.Policy,
      principal: ctx.principal,
      accountId: ctx.accountId,
      bypassLockoutCheck: !!ctx.input.BypassPolicyLockoutSafetyCheck,
      key,
      region: ctx.region,
    });
    key.policy = ctx.input.Policy;
    key.policyPrincipalIds = principalIds || undefined;
    ctx.engine.saveKey(key);
    return {};
  },
};
