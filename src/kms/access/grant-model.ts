/**
 * Grants: records, and the rule for whether a grant allows one request.
 *
 * A grant covers exactly one key and allows (never denies) a list of operations for one grantee
 * principal. Encryption-context constraints apply only to operations that take an encryption
 * context; their keys match case-insensitively and their values case-sensitively.
 * Sources: docs/kms-facts.md §10 and §1.3; https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html
 */
import { encryptionContextFor } from './condition-context';
import type { IamPrincipal } from './iam';

/** The operations a grant may list (`GrantOperation` enum of the API model). */
export const GRANT_OPERATIONS = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'Sign',
  'Verify',
  'GetPublicKey',
  'CreateGrant',
  'RetireGrant',
  'DescribeKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
] as const;

/** One of {@link GRANT_OPERATIONS}. */
export type GrantOperation = (typeof GRANT_OPERATIONS)[number];

/** Operations that take an encryption context, so grant constraints apply to them. */
export const CONTEXT_OPERATIONS: ReadonlySet<string> = new Set([
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
]);

/** Grant constraints (one of the two forms). */
export interface GrantConstraints {
  EncryptionContextEquals?: Record<string, string>;
  EncryptionContextSubset?: Record<string, string>;
}

/** A stored grant. Field names follow ListGrants' `GrantListEntry` where they overlap. */
export interface GrantRecord {
  grantId: string;
  /** The token returned by CreateGrant (usable at once, before eventual consistency in AWS). */
  grantToken: string;
  /** Key ARN the grant is for. */
  keyArn: string;
  keyAccountId: string;
  region: string;
  name?: string;
  granteePrincipal: string;
  retiringPrincipal?: string;
  /** Account principal (`arn:aws:iam::<acct>:root`) of whoever created the grant. */
  issuingAccount: string;
  operations: GrantOperation[];
  constraints?: GrantConstraints;
  /** Epoch ms. */
  creationDate: number;
}

/** Which operations make sense for which key usage (CreateGrant rejects the others). */
export function grantOperationsForKeyUsage(keyUsage: string, keySpec: string): ReadonlySet<string> {
  const common = ['CreateGrant', 'RetireGrant', 'DescribeKey'];
  if (keyUsage === 'GENERATE_VERIFY_MAC') return new Set([...common, 'GenerateMac', 'VerifyMac']);
  if (keyUsage === 'SIGN_VERIFY') return new Set([...common, 'Sign', 'Verify', 'GetPublicKey']);
  if (keyUsage === 'KEY_AGREEMENT') return new Set([...common, 'DeriveSharedSecret', 'GetPublicKey']);
  if (keySpec === 'SYMMETRIC_DEFAULT') {
    return new Set([
      ...common,
      'Encrypt',
      'Decrypt',
      'GenerateDataKey',
      'GenerateDataKeyWithoutPlaintext',
      'ReEncryptFrom',
      'ReEncryptTo',
      'GenerateDataKeyPair',
      'GenerateDataKeyPairWithoutPlaintext',
    ]);
  }
  return new Set([...common, 'Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey']);
}

function lowerKeys(map: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(map)) out.set(k.toLowerCase(), [...(out.get(k.toLowerCase()) ?? []), v]);
  return out;
}

/** Does a request's encryption context satisfy the constraints? Keys case-insensitive, values case-sensitive. */
export function contextSatisfiesConstraints(context: Record<string, string> | undefined, constraints: GrantConstraints): boolean {
  const request = lowerKeys(context ?? {});
  if (constraints.EncryptionContextEquals) {
    const wanted = lowerKeys(constraints.EncryptionContextEquals);
    if (wanted.size !== request.size) return false;
    for (const [k, values] of wanted) {
      const got = request.get(k);
      if (!got || got.length !== values.length || !values.every((v) => got.includes(v))) return false;
    }
  }
  if (constraints.EncryptionContextSubset) {
    for (const [k, values] of lowerKeys(constraints.EncryptionContextSubset)) {
      const got = request.get(k);
      if (!got || !values.every((v) => got.includes(v))) return false;
    }
  }
  return true;
}

/** True when the principal is the grant's grantee (a role grantee covers its sessions). */
export function isGrantee(grant: GrantRecord, principal: IamPrincipal): boolean {
  return grant.granteePrincipal === principal.arn || grant.granteePrincipal === principal.policyArn;
}

/** Result of checking one grant against one request. */
export interface GrantCheck {
  allows: boolean;
  /** Why not, when `allows` is false but the grantee and key matched (for explanations). */
  reason?: string;
}

/**
 * Does this grant allow `action` on its key for `principal`? `request` is the SDK input.
 * For CreateGrant the new grant must be no broader than this one (subset of operations, constraints
 * equally strict or stricter).
 */
export function grantAllows(grant: GrantRecord, principal: IamPrincipal, action: string, request: Record<string, unknown>): GrantCheck {
  if (!isGrantee(grant, principal)) return { allows: false };
  const op = action.replace(/^kms:/, '');
  if (!(grant.operations as string[]).includes(op)) {
    return { allows: false, reason: `grant ${short(grant)} does not list ${op} (it allows ${grant.operations.join(', ')})` };
  }
  if (grant.constraints && CONTEXT_OPERATIONS.has(op)) {
    const context = encryptionContextFor(action, request);
    if (!contextSatisfiesConstraints(context, grant.constraints)) {
      return {
        allows: false,
        reason: `grant ${short(grant)} requires ${describeConstraints(grant.constraints)} but the request's encryption context is ${JSON.stringify(context ?? {})}`,
      };
    }
  }
  if (op === 'CreateGrant') {
    const requested = Array.isArray(request.Operations) ? (request.Operations as string[]) : [];
    const extra = requested.filter((o) => !(grant.operations as string[]).includes(o));
    if (extra.length > 0) {
      return {
        allows: false,
        reason: `grant ${short(grant)} cannot create a grant for ${extra.join(', ')}, which it does not itself allow`,
      };
    }
    if (grant.constraints && !childConstraintsAtLeastAsStrict(grant.constraints, request.Constraints as GrantConstraints | undefined)) {
      return {
        allows: false,
        reason: `grant ${short(grant)} has ${describeConstraints(grant.constraints)}; a grant it creates needs an equally strict or stricter constraint`,
      };
    }
  }
  return { allows: true };
}

function childConstraintsAtLeastAsStrict(parent: GrantConstraints, child: GrantConstraints | undefined): boolean {
  if (!child) return false;
  if (parent.EncryptionContextEquals) {
    return (
      !!child.EncryptionContextEquals &&
      contextSatisfiesConstraints(child.EncryptionContextEquals, { EncryptionContextEquals: parent.EncryptionContextEquals })
    );
  }
  if (parent.EncryptionContextSubset) {
    const childMap = child.EncryptionContextEquals ?? child.EncryptionContextSubset;
    return !!childMap && contextSatisfiesConstraints(childMap, { EncryptionContextSubset: parent.EncryptionContextSubset });
  }
  return true;
}

/** "EncryptionContextSubset {"Department":"IT"}" */
export function describeConstraints(c: GrantConstraints): string {
  if (c.EncryptionContextEquals) return `EncryptionContextEquals ${JSON.stringify(c.EncryptionContextEquals)}`;
  if (c.EncryptionContextSubset) return `EncryptionContextSubset ${JSON.stringify(c.EncryptionContextSubset)}`;
  return 'no constraint';
}

function short(grant: GrantRecord): string {
  return grant.name ? `"${grant.name}" (${grant.grantId.slice(0, 12)}…)` : `${grant.grantId.slice(0, 12)}…`;
}
