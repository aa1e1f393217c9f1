/**
 * Who may retire a grant is decided by the grant itself, not by policies: its retiring principal, its
 * grantee when the grant lists RetireGrant, or the root of the account that created it
 * (https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html).
 */
import type { AuthorizationRequest } from '../access-hooks';
import type { Principal } from '../principal';
import { accountRootArn } from './arn';
import type { AccessDecision } from './evaluate-policy';
import { isGrantee, type GrantRecord } from './grant-model';
import type { GrantStore } from './grant-store';

/** The RetireGrant request's grant, when it names one that exists. */
function requestedGrant(req: AuthorizationRequest, grants: GrantStore): GrantRecord | undefined {
  const { GrantToken, GrantId } = req.request as { GrantToken?: unknown; GrantId?: unknown };
  if (typeof GrantToken === 'string') return grants.byToken(GrantToken);
  return typeof GrantId === 'string' ? grants.get(GrantId) : undefined;
}

/** An allowing decision when the grant lets this caller retire it; undefined to fall back to policies. */
export function retireDecision(req: AuthorizationRequest, grants: GrantStore): AccessDecision | undefined {
  const principal: Principal = req.principal;
  const grant = requestedGrant(req, grants);
  if (!grant) return undefined;
  const allow = (outcome: 'allowed-by-grant' | 'allowed-by-root', explanation: string): AccessDecision => {
    const grantInfo: AccessDecision['grant'] = { grantId: grant.grantId, operations: [...grant.operations] };
    if (grant.name) grantInfo.name = grant.name;
    return {
      action: req.action,
      resource: req.resource,
      principalArn: principal.arn,
      allowedBy: [],
      deniedBy: [],
      nearMisses: [],
      grantNotes: [],
      allowed: true,
      outcome,
      grant: grantInfo,
      explanation,
    };
  };
  if (grant.retiringPrincipal && (grant.retiringPrincipal === principal.arn || grant.retiringPrincipal === principal.policyArn))
    return allow('allowed-by-grant', `Allowed: ${principal.arn} is the retiring principal of grant ${grant.grantId}.`);
  if (isGrantee(grant, principal) && grant.operations.includes('RetireGrant'))
    return allow('allowed-by-grant', `Allowed: grant ${grant.grantId} lists RetireGrant for its grantee ${principal.arn}.`);
  if (principal.type === 'Root' && accountRootArn(principal.accountId) === grant.issuingAccount)
    return allow(
      'allowed-by-root',
      `Allowed: the root user of ${principal.accountId}, the account that created grant ${grant.grantId}, may retire it.`,
    );
  return undefined;
}
