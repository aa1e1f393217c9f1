/** The grant operations the access layer adds to the simulator's registry. */
import type { OperationDefinition } from '../../operations/types';
import { createGrantOperation } from './create-grant';
import type { GrantOperationDeps } from './deps';
import { listGrantsOperation } from './list-grants';
import { listRetirableGrantsOperation } from './list-retirable-grants';
import { retireGrantOperation } from './retire-grant';
import { revokeGrantOperation } from './revoke-grant';

export type { GrantOperationDeps } from './deps';

/** CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant, bound to one grant store. */
export function createGrantOperations(deps: GrantOperationDeps): OperationDefinition[] {
  return [
    createGrantOperation(deps),
    listGrantsOperation(deps),
    listRetirableGrantsOperation(deps),
    retireGrantOperation(deps),
    revokeGrantOperation(deps),
  ];
}
