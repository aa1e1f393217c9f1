/**
 * Access decisions reused for identical permission checks.
 *
 * A decision that evaluated no Condition or policy variable and consulted no grant (the common case: the
 * default key policy has neither) depends only on what {@link DecisionInputs} lists: the caller, its
 * identity policies (fixed for one IAM revision), the action, the resource and, for a key, its ARN,
 * account, key policy and the principal bindings saved with that policy. The cache key is built from
 * every one of them, in one place, so no input can be forgotten in a field-by-field comparison.
 * Decisions that read the request (conditions) or grants are never cached (the authorizer's job).
 */
import type { Principal } from '../principal';
import type { AccessDecision } from './evaluate-policy';
import type { PolicyDocument } from './policy-document';

/** Everything a cacheable decision depends on. */
export interface DecisionInputs {
  /** IAM's revision: the caller's identity policies (and who it is) are fixed within one. */
  iamRevision: number;
  /** The caller: its ARN (which fixes type, account and name) and unique ID (a user created again has a new one). */
  principal: Pick<Principal, 'arn' | 'principalId'>;
  action: string;
  /** Key ARN, alias ARN or `*`. */
  resource: string;
  /** The key the check is about, or undefined for account-level actions. */
  key:
    | {
        arn: string;
        accountId: string;
        /** The parsed key policy (one object per policy text). */
        policy: PolicyDocument;
        /** Unique IDs of the users and roles the policy named when saved (KeyRecord.policyPrincipalIds). */
        principalIds: Readonly<Record<string, string>> | undefined;
      }
    | undefined;
}

/** Bound on kept decisions; past it the cache starts again. */
const MAX_DECISIONS = 4096;

/** Numbers objects by identity (parsed policies, principal bindings) for use in a string key. */
class ObjectIds {
  private readonly ids = new WeakMap<object, number>();
  private next = 1;

  of(value: object | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.next++));
    return id;
  }
}

/** Cached decisions, keyed by every input they depend on. */
export class DecisionCache {
  private readonly decisions = new Map<string, AccessDecision>();
  private readonly objectIds = new ObjectIds();

  /** The cache key: all of {@link DecisionInputs}, none left out. */
  key(inputs: DecisionInputs): string {
    const { key } = inputs;
    const keyPart = key
      ? `${key.arn}\u0000${key.accountId}\u0000${this.objectIds.of(key.policy)}\u0000${this.objectIds.of(key.principalIds)}`
      : '';
    return `${inputs.iamRevision}\u0000${inputs.principal.arn}\u0000${inputs.principal.principalId}\u0000${inputs.action}\u0000${inputs.resource}\u0000${keyPart}`;
  }

  /** The decision kept under a key from {@link key}. */
  get(cacheKey: string): AccessDecision | undefined {
    return this.decisions.get(cacheKey);
  }

  set(cacheKey: string, decision: AccessDecision): void {
    if (this.decisions.size >= MAX_DECISIONS) this.decisions.clear();
    this.decisions.set(cacheKey, decision);
  }

  clear(): void {
    this.decisions.clear();
  }
}
