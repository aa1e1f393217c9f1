import { KEY_STATES } from '../key-state';
import { checkPolicyName } from './policy-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';
import { validatePolicyDocument } from './validate-common';

/** PutKeyPolicy: replaces the key policy (not allowed on AWS managed keys). */
export const putKeyPolicy = defineKeyOperation({
  name: 'PutKeyPolicy',
  docUrl: apiDoc('PutKeyPolicy'),
  description: "Replaces a key's key policy. The policy decides who may use and manage the key (with IAM policies and grants).",
  action: 'kms:PutKeyPolicy',
  required: ['KeyId', 'Policy'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    checkPolicyName(input.PolicyName);
    validatePolicyDocument(input.Policy);
  },
  run(ctx) {
    const { key, input } = ctx;
    const principalIds = ctx.validatePolicy({
      policy: input.Policy,
      principal: ctx.principal,
      accountId: ctx.accountId,
      bypassLockoutCheck: !!input.BypassPolicyLockoutSafetyCheck,
      key,
      region: ctx.region,
    });
    key.policy = input.Policy;
    key.policyPrincipalIds = principalIds || undefined;
    ctx.engine.saveKey(key);
    return {};
  },
});
