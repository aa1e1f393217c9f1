/**
 * RevokeGrant: deletes a grant; needs kms:RevokeGrant on the key (key policy / IAM), typically a key
 * administrator's permission. https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html
 */
import { errors } from '../../errors';
import { KEY_STATES } from '../../key-state';
import { apiDoc, checkLength } from '../../operations/shared';
import { defineKeyOperation, type OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { findGrantById } from './find-grant';

/** Builds the RevokeGrant operation. */
export function revokeGrantOperation(deps: GrantOperationDeps): OperationDefinition {
  return defineKeyOperation({
    name: 'RevokeGrant',
    docUrl: apiDoc('RevokeGrant'),
    description: 'Deletes a grant on a key; needs kms:RevokeGrant permission in the key policy or IAM.',
    action: 'kms:RevokeGrant',
    required: ['KeyId', 'GrantId'],
    key: { param: 'KeyId', forms: 'idOrArn' },
    keyStates: KEY_STATES.any,
    mutates: true,
    validate(input) {
      checkLength(input, 'KeyId', 1, 2048);
      checkLength(input, 'GrantId', 1, 128);
    },
    run({ key, input }) {
      const grant = findGrantById(deps.grants, key.arn, input.GrantId);
      if (input.DryRun) throw errors.dryRun();
      deps.grants.remove(grant.grantId);
      return {};
    },
  });
}
