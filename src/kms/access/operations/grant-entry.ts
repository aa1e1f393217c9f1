/** The `GrantListEntry` shape shared by ListGrants and ListRetirableGrants. */
import type { GrantListEntry } from '@aws-sdk/client-kms';
import type { GrantRecord } from '../grant-model';

/** Converts a stored grant to the API's GrantListEntry (SDK shape: Date timestamps). */
export function grantListEntry(g: GrantRecord): GrantListEntry {
  const entry: GrantListEntry = {
    KeyId: g.keyArn,
    GrantId: g.grantId,
    CreationDate: new Date(g.creationDate),
    GranteePrincipal: g.granteePrincipal,
    IssuingAccount: g.issuingAccount,
    Operations: [...g.operations],
  };
  if (g.name) entry.Name = g.name;
  if (g.retiringPrincipal) entry.RetiringPrincipal = g.retiringPrincipal;
  if (g.constraints) entry.Constraints = { ...g.constraints };
  return entry;
}
