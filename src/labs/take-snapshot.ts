/**
 * The adapter between a lab workspace and the pure checkers: reads the simulator's state (keys,
 * aliases and grants from its store, IAM and the audit trail from their APIs) into a
 * {@link LabSnapshot}. It reads without calling KMS, so checking your work adds nothing to the audit
 * trail, and it copies only metadata: no CryptoKey, grant token or plaintext reaches a checker.
 */
import type { KeyRecord } from '@/kms';
import type { AuditEvent, GrantRecord } from '@/kms/access';
import type { LabSnapshot, SnapshotAlias, SnapshotEvent, SnapshotGrant, SnapshotKey, SnapshotPrincipal } from './snapshot';
import { readLabState, type LabWorkspace } from './workspace';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function toKey(value: unknown): SnapshotKey | undefined {
  if (!isObject(value) || typeof value.keyId !== 'string' || typeof value.arn !== 'string') return undefined;
  const k = value as unknown as KeyRecord;
  const key: SnapshotKey = {
    accountId: k.accountId,
    region: k.region,
    keyId: k.keyId,
    arn: k.arn,
    creationDate: k.creationDate,
    description: k.description ?? '',
    keyUsage: k.keyUsage,
    keySpec: k.keySpec,
    keyManager: k.keyManager,
    origin: k.origin,
    state: k.state,
    multiRegion: !!k.multiRegion,
    policy: typeof k.policy === 'string' ? k.policy : '',
    tags: Array.isArray(k.tags) ? k.tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) : [],
    rotationEnabled: !!k.rotationEnabled,
    rotations: Array.isArray(k.rotations) ? k.rotations.map((r) => ({ ...r })) : [],
    materialIds: Array.isArray(k.materials) ? k.materials.map((m) => m.id) : [],
  };
  if (k.deletionDate !== undefined) key.deletionDate = k.deletionDate;
  if (k.pendingWindowInDays !== undefined) key.pendingWindowInDays = k.pendingWindowInDays;
  if (k.multiRegionRole) key.multiRegionRole = k.multiRegionRole;
  if (k.policyPrincipalIds) key.policyPrincipalIds = { ...k.policyPrincipalIds };
  if (k.rotationPeriodInDays !== undefined) key.rotationPeriodInDays = k.rotationPeriodInDays;
  if (k.nextRotationDate !== undefined) key.nextRotationDate = k.nextRotationDate;
  if (k.awsService) key.awsService = k.awsService;
  return key;
}

function toAlias(value: unknown): SnapshotAlias | undefined {
  if (!isObject(value) || typeof value.aliasName !== 'string' || typeof value.targetKeyId !== 'string') return undefined;
  return { accountId: String(value.accountId), region: String(value.region), aliasName: value.aliasName, targetKeyId: value.targetKeyId };
}

function toGrant(value: unknown): SnapshotGrant | undefined {
  if (!isObject(value) || typeof value.grantId !== 'string' || typeof value.keyArn !== 'string') return undefined;
  // The grant token is left behind on purpose: it is a bearer credential.
  const g = value as unknown as GrantRecord;
  const grant: SnapshotGrant = {
    grantId: g.grantId,
    keyArn: g.keyArn,
    granteePrincipal: g.granteePrincipal,
    issuingAccount: g.issuingAccount,
    operations: [...g.operations],
    creationDate: g.creationDate,
  };
  if (g.name) grant.name = g.name;
  if (g.retiringPrincipal) grant.retiringPrincipal = g.retiringPrincipal;
  if (g.constraints) grant.constraints = JSON.parse(JSON.stringify(g.constraints)) as SnapshotGrant['constraints'];
  return grant;
}

function toEvent(e: AuditEvent, setupEndedAt: number): SnapshotEvent {
  const time = Date.parse(e.eventTime);
  const issuer = e.userIdentity.sessionContext?.sessionIssuer.arn;
  // A service event (automatic rotation, expiry) has no caller ARN or access key: AWS Internal acts.
  const callerArn = e.userIdentity.arn ?? e.userIdentity.accessKeyId ?? e.userIdentity.invokedBy ?? '';
  const event: SnapshotEvent = {
    time,
    name: e.eventName,
    region: e.awsRegion,
    callerArn,
    callerPolicyArn: issuer ?? callerArn,
    callerAccountId: e.userIdentity.accountId ?? '',
    callerType: e.userIdentity.type ?? 'AWS Internal',
    request: e.requestParameters,
    response: e.responseElements,
    resources: (e.resources ?? []).map((r) => r.ARN),
    outcomes: e.accessDecision.checks.flatMap((c) => (c.outcome ? [c.outcome] : [])),
    grantIds: e.accessDecision.checks.flatMap((c) => (c.grantId && c.allowed ? [c.grantId] : [])),
    fromSetup: Number.isFinite(time) && time <= setupEndedAt,
  };
  if (e.userIdentity.invokedBy) event.invokedBy = e.userIdentity.invokedBy;
  if (e.errorCode) event.errorCode = e.errorCode;
  if (e.errorMessage) event.errorMessage = e.errorMessage;
  return event;
}

function principals(ws: LabWorkspace): SnapshotPrincipal[] {
  const iam = ws.kms.iam;
  return iam.listIdentities().map((id) => {
    const caller = id.accessKeyIds[0] ? iam.resolveAccessKey(id.accessKeyIds[0]) : undefined;
    const p: SnapshotPrincipal = {
      type: id.type,
      arn: id.arn,
      name: id.name,
      accountId: id.accountId,
      policies: iam.listPolicies(id.arn).map((x) => ({ policyName: x.policyName, document: x.document })),
    };
    if (caller) p.caller = { ...caller };
    return p;
  });
}

/**
 * A snapshot of a lab workspace for `labId`'s checker. Waits for the simulator's pending writes first,
 * so the store holds everything the learner did.
 */
export async function takeSnapshot(labId: string, ws: LabWorkspace): Promise<LabSnapshot> {
  await ws.kms.ready();
  await ws.kms.flush();
  const state = await readLabState(labId, ws);
  const setupEndedAt = state?.setupEndedAt ?? -Infinity;
  const rows = async <T>(collection: string, read: (v: unknown) => T | undefined): Promise<T[]> =>
    (await ws.store.getAll(collection)).flatMap((r) => {
      const item = read(r.value);
      return item ? [item] : [];
    });
  return {
    now: ws.clock.now(),
    accountId: ws.kms.accountId,
    accounts: ws.kms.iam.accounts(),
    keys: await rows('keys', toKey),
    aliases: await rows('aliases', toAlias),
    grants: await rows('grants', toGrant),
    principals: principals(ws),
    events: ws.kms.audit
      .list()
      .reverse()
      .map((e) => toEvent(e, setupEndedAt)),
    facts: state?.facts ?? {},
  };
}
