/** ListGrants: the grants on one key. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html */
import { KEY_STATES } from '../../key-state';
import { apiDoc, checkLength, checkRange, paginate } from '../../operations/shared';
import { defineKeyOperation, type OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { grantListEntry } from './grant-entry';

/** Builds the ListGrants operation. */
export function listGrantsOperation(deps: GrantOperationDeps): OperationDefinition {
  return defineKeyOperation({
    name: 'ListGrants',
    docUrl: apiDoc('ListGrants'),
    description: 'Lists the grants on a key: grantee, operations, constraints, retiring principal.',
    action: 'kms:ListGrants',
    required: ['KeyId'],
    key: { param: 'KeyId', forms: 'idOrArn' },
    keyStates: KEY_STATES.any,
    validate(input) {
      checkLength(input, 'KeyId', 1, 2048);
      checkRange(input, 'Limit', 1, 100);
      checkLength(input, 'GrantId', 1, 128);
      checkLength(input, 'GranteePrincipal', 1, 256);
    },
    run({ key, input }) {
      const grants = deps.grants
        .forKey(key.arn)
        .filter((g) => !input.GrantId || g.grantId === input.GrantId)
        .filter((g) => !input.GranteePrincipal || g.granteePrincipal === input.GranteePrincipal);
      const { page, ...rest } = paginate(grants, input, 50);
      return { Grants: page.map(grantListEntry), ...rest };
    },
  });
}
