/**
 * The access layer's authorizer: checks grant tokens, applies the RetireGrant rule, and otherwise
 * evaluates the key policy, the caller's identity policies and grants (evaluate-policy.ts), reusing the
 * decision for an identical check when it depended on nothing a request can vary (decision-cache.ts).
 */
import type { AuthorizationRequest, Authorizer } from '../access-hooks';
import { KmsError } from '../errors';
import type { CallerCache } from './callers';
import { DecisionCache, type DecisionInputs } from './decision-cache';
import { evaluateAccess, type AccessDecision } from './evaluate-policy';
import type { GrantStore } from './grant-store';
import type { Iam } from './iam';
import { evaluationKey, type KeyPolicyCache } from './key-policies';
import { retireDecision } from './retire-decision';

/** What the authorizer reads. */
export interface AuthorizerDeps {
  iam: Iam;
  callers: CallerCache;
  keyPolicies: KeyPolicyCache;
  grants: GrantStore;
  now: () => number;
}

/** Grant tokens must be ones this simulator issued (AWS: InvalidGrantTokenException). */
function checkGrantTokens(grants: GrantStore, tokens: string[]): void {
  for (const token of tokens) {
    if (typeof token !== 'string' || !grants.isKnownToken(token)) {
      throw new KmsError('InvalidGrantTokenException', 'The grant token is not valid.').explained(
        'Every entry of GrantTokens must be a GrantToken that CreateGrant returned.',
      );
    }
  }
}

/** The policy-based authorizer, with its decision cache (exposed so the access layer can clear it). */
export class PolicyAuthorizer implements Authorizer {
  readonly decisions = new DecisionCache();

  constructor(private readonly deps: AuthorizerDeps) {}

  authorize(req: AuthorizationRequest): AccessDecision {
    const { deps } = this;
    checkGrantTokens(deps.grants, req.grantTokens);
    if (req.action === 'kms:RetireGrant') {
      const special = retireDecision(req, deps.grants);
      if (special) return special;
    }
    const record = req.key;
    const policy = record ? deps.keyPolicies.parsed(record.policy) : undefined;
    const inputs: DecisionInputs = {
      iamRevision: deps.iam.revision,
      principal: req.principal,
      action: req.action,
      resource: req.resource,
      key: record && policy ? { arn: record.arn, accountId: record.accountId, policy, principalIds: record.policyPrincipalIds } : undefined,
    };
    const cacheKey = this.decisions.key(inputs);
    const hit = this.decisions.get(cacheKey);
    if (hit) return hit;

    // Grants and the key's aliases are looked up only if the decision needs them (most checks end at
    // the key policy, and only a condition on kms:ResourceAliases reads the aliases). Either lookup
    // marks the decision as depending on the request or on grants, so it is not reused.
    let dynamic = false;
    const decision = evaluateAccess({
      principal: req.principal,
      action: req.action,
      operation: req.operation,
      resource: req.resource,
      region: req.region,
      request: req.request,
      key: record && policy ? evaluationKey(record, policy) : undefined,
      identityPolicies: deps.callers.identityPolicies(req.principal),
      grantsOf: () => {
        dynamic = true;
        return record ? deps.grants.forKey(record.arn) : [];
      },
      viaService: req.viaService,
      // evaluateAccess reads this exactly when it builds the condition context (a Condition or a
      // policy variable was evaluated): then the decision depends on the request.
      keyAliasesOf: () => {
        dynamic = true;
        return req.keyAliases;
      },
      now: deps.now(),
    });
    if (!dynamic) this.decisions.set(cacheKey, decision);
    return decision;
  }
}
