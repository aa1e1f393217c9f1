/** ListGrants: the grants on one key. https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html */
import { KEY_STATES } from '../../key-state';
import { apiDoc, checkLength, checkRange, paginate, requireMember } from '../../operations/shared';
import type { OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { grantListEntry } from './grant-entry';

interface ListGrantsInput {
  KeyId: string;
  Limit?: number;
  Marker?: string;
  GrantId?: string;
  GranteePrincipal?: string;
}

/** Builds the ListGrants operation. */
export function listGrantsOperation(deps: GrantOperationDeps): OperationDefinition<ListGrantsInput> {
  return {
    name: 'ListGrants',
    docUrl: apiDoc('ListGrants'),
    description: 'Lists the grants on a key: grantee, operations, constraints, retiring principal.',
    action: 'kms:ListGrants',
    target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
    keyStates: KEY_STATES.any,
    validate(input) {
      const raw = input as unknown as Record<string, unknown>;
      requireMember(raw, 'KeyId');
      checkLength(raw, 'KeyId', 1, 2048);
      checkRange(raw, 'Limit', 1, 100);
      checkLength(raw, 'GrantId', 1, 128);
      checkLength(raw, 'GranteePrincipal', 1, 256);
    },
    run(ctx) {
      const grants = deps.grants
        .forKey(ctx.key!.arn)
        .filter((g) => !ctx.input.GrantId || g.grantId === ctx.input.GrantId)
        .filter((g) => !ctx.input.GranteePrincipal || g.granteePrincipal === ctx.input.GranteePrincipal);
      const { page, ...rest } = paginate(grants, ctx.input as unknown as Record<string, unknown>, 50);
      return { Grants: page.map(grantListEntry), ...rest };
    },
  };
}
