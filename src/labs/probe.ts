/**
 * "Would this caller be allowed?" asked of a snapshot, with the simulator's own policy evaluation
 * (`evaluateAccess` from the access layer): the key policy, the caller's identity policies and the
 * grants, exactly as a request would be judged, but without making one. Least-privilege checkers ask
 * it about requests the learner never made ("could the intern decrypt?"), so a policy is graded by
 * what it allows, not by how it is written.
 */
import { evaluateAccess, parsePolicyDocument, type GrantOperation, type GrantRecord, type PolicyDocument } from '@/kms/access';
import type { Principal } from '@/kms';
import { aliasesOf } from './queries';
import type { LabSnapshot, SnapshotKey } from './snapshot';

/** One imagined request. */
export interface ProbeRequest {
  caller: Principal;
  /** `kms:Encrypt`, `kms:PutKeyPolicy`, ... */
  action: string;
  key: SnapshotKey;
  /** The request's encryption context. */
  context?: Record<string, string>;
  /** Set to imagine the call made by an AWS service for the caller, e.g. `s3.us-east-1.amazonaws.com`. */
  viaService?: string;
  /** Identity policies (JSON) to use instead of the caller's own: for made-up callers. */
  identityPolicies?: readonly string[];
}

/** What the evaluation decided, and the simulator's explanation of why. */
export interface ProbeResult {
  allowed: boolean;
  explanation: string;
}

const NOTHING: PolicyDocument = { version: '2012-10-17', statements: [] };

function parsed(text: string, kind: 'key' | 'identity'): PolicyDocument {
  const r = parsePolicyDocument(text, kind);
  return r.ok ? r.document : NOTHING;
}

function identityPoliciesOf(s: LabSnapshot, req: ProbeRequest): Array<{ policyName: string; document: PolicyDocument }> {
  if (req.identityPolicies)
    return req.identityPolicies.map((text, i) => ({ policyName: `probe-${i + 1}`, document: parsed(text, 'identity') }));
  if (req.caller.type === 'Root') return [];
  const owner = s.principals.find((p) => p.arn === req.caller.policyArn);
  return (owner?.policies ?? []).map((p) => ({ policyName: p.policyName, document: parsed(p.document, 'identity') }));
}

function grantsOn(s: LabSnapshot, key: SnapshotKey): GrantRecord[] {
  return s.grants
    .filter((g) => g.keyArn === key.arn)
    .map((g) => {
      const grant: GrantRecord = {
        grantId: g.grantId,
        grantToken: '',
        keyArn: g.keyArn,
        keyAccountId: key.accountId,
        region: key.region,
        granteePrincipal: g.granteePrincipal,
        issuingAccount: g.issuingAccount,
        operations: [...g.operations] as GrantOperation[],
        creationDate: g.creationDate,
      };
      if (g.retiringPrincipal) grant.retiringPrincipal = g.retiringPrincipal;
      if (g.constraints) grant.constraints = JSON.parse(JSON.stringify(g.constraints)) as GrantRecord['constraints'];
      return grant;
    });
}

/** Evaluates one imagined request against the snapshot's policies and grants. Never throws. */
export function probe(s: LabSnapshot, req: ProbeRequest): ProbeResult {
  try {
    const { key } = req;
    const decision = evaluateAccess({
      principal: req.caller,
      action: req.action,
      operation: req.action.replace(/^kms:/, ''),
      resource: key.arn,
      region: key.region,
      request: { KeyId: key.arn, ...(req.context ? { EncryptionContext: req.context } : {}) },
      key: {
        arn: key.arn,
        accountId: key.accountId,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        origin: key.origin,
        keyManager: key.keyManager,
        multiRegion: key.multiRegion,
        multiRegionRole: key.multiRegionRole,
        tags: key.tags.map((t) => ({ ...t })),
        policy: parsed(key.policy, 'key'),
        principalIds: key.policyPrincipalIds,
      },
      identityPolicies: identityPoliciesOf(s, req),
      grants: grantsOn(s, key),
      viaService: req.viaService,
      keyAliases: aliasesOf(s, key),
      now: s.now,
    });
    return { allowed: decision.allowed, explanation: decision.explanation };
  } catch (error) {
    // A state the evaluator cannot read allows nothing; say so rather than fail the whole check.
    return {
      allowed: false,
      explanation: `The policies could not be evaluated (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** True when the request would be allowed. */
export function allows(s: LabSnapshot, req: ProbeRequest): boolean {
  return probe(s, req).allowed;
}

/** The first of `actions` the caller may perform on the key (for "nothing else" checks), or undefined. */
export function firstAllowed(s: LabSnapshot, req: Omit<ProbeRequest, 'action'>, actions: readonly string[]): string | undefined {
  return actions.find((action) => allows(s, { ...req, action }));
}

/** Key actions an application role should never hold unless the task says so. */
export const ADMIN_ACTIONS = [
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
  'kms:CreateGrant',
  'kms:EnableKeyRotation',
  'kms:TagResource',
  'kms:UpdateKeyDescription',
] as const;

/** Cryptographic actions other than Encrypt and Decrypt. */
export const OTHER_CRYPTO_ACTIONS = [
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
] as const;
