/**
 * The seam between the KMS core and the access-control layer (src/kms/access, issue 4).
 * The core resolves who is calling and which key a request targets; the access layer decides whether
 * that is allowed (key policy + IAM + grants) and keeps the audit trail. See src/kms/HANDOFF.md.
 */
import type { KmsError } from './errors';
import type { AliasRecord, KeyRecord } from './model';
import type { OperationDefinition, PolicyCheck } from './operations/types';
import type { Principal } from './principal';
import type { ServiceEvent } from './service-event';
import type { KmsStore } from './store/types';

/** Everything the authorizer needs to decide one permission check. */
export interface AuthorizationRequest {
  principal: Principal;
  /** IAM action, e.g. `kms:Encrypt`, `kms:ReEncryptFrom`, `kms:CreateAlias`. */
  action: string;
  /** Target key, or undefined for account-level actions (CreateKey, ListKeys, ListAliases, GenerateRandom...). */
  key: KeyRecord | undefined;
  /** Resource ARN checked: key ARN, alias ARN (alias operations check the alias too), or `*`. */
  resource: string;
  /** Region of the request. */
  region: string;
  /** Operation name (`Encrypt`), distinct from `action` for ReEncrypt (ReEncryptFrom/ReEncryptTo). */
  operation: string;
  /** Operation input as the caller sent it (SDK shape; blobs are Uint8Array). Do not log Plaintext. */
  request: Record<string, unknown>;
  /** `s3.us-east-1.amazonaws.com` when a simulated service calls on the principal's behalf. */
  viaService: string | undefined;
  grantTokens: string[];
  /** Aliases currently pointing at `key` in its Region (for kms:ResourceAliases). */
  keyAliases: string[];
}

/** The authorizer's answer. */
export interface AuthorizationDecision {
  allowed: boolean;
  /** Shown in AccessDeniedException when not allowed (AWS wording, e.g. "User: ... is not authorized to perform: ..."). */
  message?: string;
  /** Human explanation (which statement/grant allowed or denied) for the audit trail and the UI. */
  explanation?: string;
}

/** Pluggable authorization. Default: allow everything. */
export interface Authorizer {
  authorize(req: AuthorizationRequest): AuthorizationDecision | Promise<AuthorizationDecision>;
}

/** One request as the core saw it; the access layer turns it into a CloudTrail-shaped event. */
export interface RequestRecord {
  /** Epoch ms (injected clock). */
  time: number;
  operation: string;
  region: string;
  /** Undefined when the access key id was not recognised. */
  principal: Principal | undefined;
  accessKeyId: string;
  viaService: string | undefined;
  /** Input (SDK shape). Contains secrets (Plaintext) — redact before showing. */
  request: Record<string, unknown>;
  /** Output on success (contains Plaintext for Decrypt/GenerateDataKey — redact). */
  response: Record<string, unknown> | undefined;
  error: KmsError | undefined;
  /** Keys the request touched (ARNs), e.g. source and destination of ReEncrypt. */
  resources: string[];
  /** Every authorization decision made for this request, in order. */
  decisions: Array<{ action: string; resource: string; decision: AuthorizationDecision }>;
}

/** Called for every request, success or error, and for the service events KMS causes itself. */
export interface AuditSink {
  record(event: RequestRecord): void;
  /** An event no caller made (expired imported material: DeleteExpiredKeyMaterial). */
  recordServiceEvent?(event: ServiceEvent): void;
}

/**
 * What the core hands to the access layer. Read-only views of core state plus the shared store.
 */
export interface AccessCore {
  /** Account of the root credentials (default '111122223333'). */
  readonly accountId: string;
  now(): number;
  random(bytes: Uint8Array): void;
  /** Persistent store shared with the core; use your own collection names (e.g. 'iam', 'grants', 'audit'). */
  readonly store: KmsStore;
  /** Looks up a key record (no state or permission checks). */
  getKey(accountId: string, region: string, keyId: string): KeyRecord | undefined;
  /** Every key in an account and Region. */
  listKeys(accountId: string, region: string): KeyRecord[];
  /** Aliases in an account and Region. */
  listAliases(accountId: string, region: string): AliasRecord[];
  /** The root principal of an account (the simulator knows every account's root). */
  rootPrincipal(accountId: string): Principal;
}

/**
 * The access layer kms-access provides from `src/kms/access/index.ts` as
 * `export function createAccessLayer(core: AccessCore): AccessLayer`.
 */
export interface AccessLayer<TIam = unknown, TAudit = unknown> {
  /**
   * Maps an access key id to a principal (IAM users, roles, other accounts' roots). Root of the default
   * account is resolved by the core. Return the same object for the same caller while IAM is unchanged:
   * the principal is part of every permission check.
   */
  resolvePrincipal(accessKeyId: string): Principal | undefined;
  authorizer: Authorizer;
  audit: AuditSink;
  /** Extra operations (CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant). */
  operations: OperationDefinition[];
  /** Loads persisted state; called from kms.ready(). */
  load(): Promise<void>;
  /** Clears users, grants and audit events; called from kms.reset(). */
  reset(): Promise<void>;
  /**
   * Semantic key policy checks for CreateKey/PutKeyPolicy/ReplicateKey (principals exist, lockout safety
   * check unless bypassed). Throw a KmsError (MalformedPolicyDocumentException) to reject. The core has
   * already checked JSON syntax, the Statement shape and the 32 KB quota. Returns the unique IDs of the
   * users and roles the policy names, which the core keeps with the policy (KeyRecord.policyPrincipalIds).
   */
  validatePolicy?(check: PolicyCheck): Record<string, string> | undefined;
  /** Called by the core after a key is permanently deleted (drop its grants). */
  onKeyDeleted?(key: KeyRecord): void;
  /** Exposed as `kms.iam`. */
  iam: TIam;
  /** Exposed as `kms.audit`. */
  auditTrail: TAudit;
}

/** Allow-all authorizer used until the access layer is plugged in. */
export const ALLOW_ALL: Authorizer = { authorize: () => ({ allowed: true, explanation: 'No access layer: everything is allowed.' }) };
