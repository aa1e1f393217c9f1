/**
 * What the access layer derives from IAM for each caller, cached until IAM changes (`iam.revision`):
 * the principal behind an access key id (the same object for the same caller, so a request's principal
 * is stable) and the caller's parsed identity policies.
 */
import type { Principal } from '../principal';
import type { Iam } from './iam';
import type { PolicyDocument } from './policy-document';

/** An identity policy as evaluation reads it. */
export interface IdentityPolicy {
  policyName: string;
  document: PolicyDocument;
}

/** Bound on cached callers (the app has a handful of principals; tests create many). */
const MAX_CALLERS = 1000;

/** IAM lookups cached per IAM revision. */
export class CallerCache {
  private revision = -1;
  private readonly principals = new Map<string, Principal>();
  private readonly policies = new Map<string, IdentityPolicy[]>();

  constructor(private readonly iam: Iam) {}

  /** The principal an access key id belongs to, or undefined when IAM does not know it. */
  principal(accessKeyId: string): Principal | undefined {
    this.sync();
    const hit = this.principals.get(accessKeyId);
    if (hit) return hit;
    const principal = this.iam.resolveAccessKey(accessKeyId);
    if (!principal) return undefined;
    if (this.principals.size >= MAX_CALLERS) this.principals.clear();
    this.principals.set(accessKeyId, principal);
    return principal;
  }

  /** The caller's identity policies, parsed (none for root). */
  identityPolicies(principal: Principal): IdentityPolicy[] {
    this.sync();
    let policies = this.policies.get(principal.policyArn);
    if (!policies) {
      policies = this.iam.identityPolicies(principal);
      if (this.policies.size >= MAX_CALLERS) this.policies.clear();
      this.policies.set(principal.policyArn, policies);
    }
    return policies;
  }

  /** Drops everything cached when IAM changed since. */
  private sync(): void {
    if (this.revision === this.iam.revision) return;
    this.principals.clear();
    this.policies.clear();
    this.revision = this.iam.revision;
  }
}
