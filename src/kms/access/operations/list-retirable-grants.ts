/**
 * ListRetirableGrants: grants in the caller's account and Region whose retiring principal is the
 * given one. IAM-only permission (no key involved).
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html
 */
import { apiDoc, checkLength, checkRange, paginate } from '../../operations/shared';
import { defineAccountOperation, type OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { grantListEntry } from './grant-entry';

/** Builds the ListRetirableGrants operation. */
export function listRetirableGrantsOperation(deps: GrantOperationDeps): OperationDefinition {
  return defineAccountOperation({
    name: 'ListRetirableGrants',
    docUrl: apiDoc('ListRetirableGrants'),
    description: 'Lists the grants a given principal may retire, across the keys of the account and Region.',
    action: 'kms:ListRetirableGrants',
    required: ['RetiringPrincipal'],
    validate(input) {
      checkLength(input, 'RetiringPrincipal', 1, 256);
      checkRange(input, 'Limit', 1, 100);
    },
    run(ctx) {
      const grants = deps.grants
        .retirableBy(ctx.input.RetiringPrincipal)
        .filter((g) => g.region === ctx.region && g.keyAccountId === ctx.accountId);
      const { page, ...rest } = paginate(grants, ctx.input, 50);
      return { Grants: page.map(grantListEntry), ...rest };
    },
  });
}
