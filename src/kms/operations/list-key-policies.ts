import { KEY_STATES } from '../key-state';
import { POLICY_NAME } from './policy-common';
import { apiDoc, checkRange, paginate, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** ListKeyPolicies: always `["default"]`. */
export const listKeyPolicies: OperationDefinition<{ KeyId: string; Limit?: number; Marker?: string }> = {
  name: 'ListKeyPolicies',
  docUrl: apiDoc('ListKeyPolicies'),
  description: 'Lists the names of a key\'s policies. The only name is "default".',
  action: 'kms:ListKeyPolicies',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate(input) {
    requireMember(input, 'KeyId');
    checkRange(input, 'Limit', 1, 1000);
  },
  run(ctx) {
    const { page, ...rest } = paginate([POLICY_NAME], ctx.input, 100);
    return { PolicyNames: page, ...rest };
  },
};
