/** What the grant operations need from the access layer. */
import type { GrantStore } from '../grant-store';
import type { Iam } from '../iam';

/** Dependencies injected into the grant operations by `createAccessLayer`. */
export interface GrantOperationDeps {
  grants: GrantStore;
  iam: Iam;
}
