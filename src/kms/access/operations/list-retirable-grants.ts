/**
 * ListRetirableGrants: grants in the caller's account and Region whose retiring principal is the
 * given one. IAM-only permission (no key involved).
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html
 */
import { apiDoc, checkLength, checkRange, paginate, requireMember } from '../../operations/shared';
import type { OperationDefinition } from '../../operations/types';
import type { GrantOperationDeps } from './deps';
import { grantListEntry } from './grant-entry';

interface ListRetirableGrantsInput {
  RetiringPrincipal: string;
  Limit?: number;
  Marker?: string;
}

/** Builds the ListRetirableGrants operation. */
export function listRetirableGrantsOperation(deps: GrantOperationDeps): OperationDefinition<ListRetirableGrantsInput> {
  return {
    name: 'ListRetirableGrants',
    docUrl: apiDoc('ListRetirableGrants'),
    description: 'Lists the grants a given principal may retire, across the keys of the account and Region.',
    action: 'kms:ListRetirableGrants',
    target: { kind: 'none' },
    validate(input) {
      const raw = input as unknown as Record<string, unknown>;
      requireMember(raw, 'RetiringPrincipal');
      checkLength(raw, 'RetiringPrincipal', 1, 256);
      checkRange(raw, 'Limit', 1, 100);
    },
    run(ctx) {
      const grants = deps.grants
        .retirableBy(ctx.input.RetiringPrincipal)
        .filter((g) => g.region === ctx.region && g.keyAccountId === ctx.accountId);
      const { page, ...rest } = paginate(grants, ctx.input as unknown as Record<string, unknown>, 50);
      return { Grants: page.map(grantListEntry), ...rest };
    },
  };
}
