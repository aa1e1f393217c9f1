/**
 * Turns one request into a CloudTrail-shaped event, as KMS writes them
 * (https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html), plus our own
 * `accessDecision` field explaining why the call was allowed or denied.
 *
 * Redaction: CloudTrail never contains plaintext, ciphertext or key material. Every binary value is
 * dropped, and the fields below are removed by name even if a caller passed them as strings. The
 * encryption context is kept: it is not secret and CloudTrail logs it (docs/kms-facts.md §1.3).
 *
 * Two steps, for speed: {@link toAuditRecord} runs on every request and keeps a small, already
 * redacted, plain-data {@link AuditRecord} (this is what the trail holds and persists: nothing secret
 * is ever stored); {@link materializeAuditEvent} builds the CloudTrail-shaped event from it only when
 * someone reads the trail. Building the full event eagerly was about a fifth of a request's CPU time.
 */
import type { RequestRecord } from '../access-hooks';
import type { ServiceEvent } from '../service-event';
import { describeNearMiss, describeStatementRef, type AccessDecision } from './evaluate-policy';
import type { Principal } from '../principal';

/** CloudTrail's `userIdentity` block (for a service event only `accountId` and `invokedBy: "AWS Internal"`). */
export interface AuditUserIdentity {
  type?: 'Root' | 'IAMUser' | 'AssumedRole' | 'Unknown';
  principalId?: string;
  arn?: string;
  accountId?: string;
  accessKeyId?: string;
  userName?: string;
  /** The AWS service that made the call on the principal's behalf. */
  invokedBy?: string;
  sessionContext?: { sessionIssuer: { type: 'Role'; principalId: string; arn: string; accountId: string; userName: string } };
}

/** One permission check of a request, as shown in `accessDecision.checks`. */
export interface AuditCheck {
  action: string;
  resource: string;
  allowed: boolean;
  outcome?: AccessDecision['outcome'];
  explanation: string;
  /** "statement 1 (Sid ...) of the key policy", ... */
  allowedBy: string[];
  deniedBy: string[];
  grantId?: string;
  /** Statements or grants that nearly applied, and why they did not (failed conditions, missing operations). */
  notes: string[];
}

/** Our explanation of the access decision for the whole request. */
export interface AuditAccessDecision {
  /** False when any check denied; undefined when the request failed before authorization. */
  allowed: boolean | undefined;
  /** One sentence for lists. */
  summary: string;
  checks: AuditCheck[];
}

/** A CloudTrail-shaped event for one KMS request. */
export interface AuditEvent {
  eventVersion: '1.08';
  eventId: string;
  /** ISO 8601, second precision, UTC (`2026-01-01T00:00:00Z`). */
  eventTime: string;
  eventSource: 'kms.amazonaws.com';
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  userIdentity: AuditUserIdentity;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  errorCode?: string;
  errorMessage?: string;
  /** Absent for service events. */
  requestID?: string;
  readOnly: boolean;
  resources?: Array<{ accountId: string; type: 'AWS::KMS::Key'; ARN: string }>;
  /** `AwsServiceEvent` for what KMS does by itself (DeleteExpiredKeyMaterial). */
  eventType: 'AwsApiCall' | 'AwsServiceEvent';
  /** Service events: what they are about, e.g. `{ keyId }`. */
  serviceEventDetails?: Record<string, string>;
  managementEvent: true;
  recipientAccountId: string;
  eventCategory: 'Management';
  /** Not part of CloudTrail: why the simulator allowed or denied the call. */
  accessDecision: AuditAccessDecision;
}

/** Request/response members never written to the trail. */
const SECRET_FIELDS = new Set([
  'Plaintext',
  'CiphertextBlob',
  'CiphertextForRecipient',
  'Message',
  'Signature',
  'Mac',
  'PrivateKeyPlaintext',
  'PrivateKeyCiphertextBlob',
  'PublicKey',
  'SharedSecret',
  'EncryptedKeyMaterial',
  'ImportToken',
  'GrantToken',
  'GrantTokens',
  'Recipient',
  'KeyMaterial',
]);

/** Operations whose responses CloudTrail records as null (data plane and reads). */
const NULL_RESPONSE =
  /^(Encrypt|Decrypt|ReEncrypt|GenerateDataKey.*|GenerateRandom|Sign|Verify|GenerateMac|VerifyMac|DeriveSharedSecret|GetPublicKey|ImportKeyMaterial|Describe.*|Get.*|List.*)$/;
const READ_ONLY =
  /^(Encrypt|Decrypt|ReEncrypt|GenerateDataKey.*|GenerateRandom|Sign|Verify|GenerateMac|VerifyMac|DeriveSharedSecret|Describe.*|Get.*|List.*)$/;

const camel = (name: string) => (name === 'AWSAccountId' ? 'aWSAccountId' : name.charAt(0).toLowerCase() + name.slice(1));

/** How a member name is written to the trail: dropped (`null`), or its camelCase name and whether its value is a context map. */
type MemberRule = { name: string; contextMap: boolean } | null;
const memberRules = new Map<string, MemberRule>();

/** Member names repeat on every request, so each one's rule is worked out once. */
function memberRule(k: string): MemberRule {
  let rule = memberRules.get(k);
  if (rule === undefined) {
    rule =
      k === '$metadata' || SECRET_FIELDS.has(k)
        ? null
        : // Encryption contexts keep their own keys as written: they are user data, not member names.
          { name: camel(k), contextMap: k === 'EncryptionContext' || k.endsWith('EncryptionContext') || k.startsWith('EncryptionContext') };
    // Names come from callers too; bound the memo so odd inputs cannot grow it without limit.
    if (memberRules.size < 2000) memberRules.set(k, rule);
  }
  return rule;
}

/** Copies a value with camelCase member names, dropping binaries and secret fields. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const v of value) {
      const r = redact(v, depth + 1);
      if (r !== undefined) list.push(r);
    }
    return list;
  }
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const k of Object.keys(source)) {
    const rule = memberRule(k);
    if (rule === null) continue;
    const r = rule.contextMap ? redactMap(source[k]) : redact(source[k], depth + 1);
    if (r !== undefined) out[rule.name] = r;
  }
  return out;
}

function redactMap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, string> = {};
  const source = value as Record<string, unknown>;
  for (const k of Object.keys(source)) {
    const v = source[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** A redacted copy for the trail: `null` when nothing is left (CloudTrail writes null, not `{}`). */
function redactedOrNull(value: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const r = redact(value) as Record<string, unknown>;
  for (const _ in r) return r;
  return null;
}

function userIdentity(record: AuditRecord, principal: Principal | undefined): AuditUserIdentity {
  const invokedBy = record.viaService ? `${record.viaService.split('.')[0]}.amazonaws.com` : undefined;
  if (!principal) {
    const unknown: AuditUserIdentity = { type: 'Unknown', accessKeyId: record.accessKeyId };
    if (invokedBy) unknown.invokedBy = invokedBy;
    return unknown;
  }
  const id: AuditUserIdentity = {
    type: principal.type,
    principalId: principal.principalId,
    arn: principal.arn,
    accountId: principal.accountId,
    accessKeyId: record.accessKeyId,
  };
  if (principal.type === 'IAMUser') id.userName = principal.name;
  if (principal.type === 'AssumedRole') {
    id.sessionContext = {
      sessionIssuer: {
        type: 'Role',
        principalId: principal.principalId.split(':')[0] ?? '',
        arn: principal.policyArn,
        accountId: principal.accountId,
        userName: principal.name,
      },
    };
  }
  if (invokedBy) id.invokedBy = invokedBy;
  return id;
}

function isAccessDecision(d: unknown): d is AccessDecision {
  return typeof d === 'object' && d !== null && 'outcome' in d && 'allowedBy' in d;
}

function accessDecision(record: AuditRecord): AuditAccessDecision {
  const checks: AuditCheck[] = record.decisions.map(({ action, resource, decision }) => {
    const check: AuditCheck = {
      action,
      resource,
      allowed: decision.allowed,
      explanation: decision.explanation ?? (decision.allowed ? 'Allowed.' : (decision.message ?? 'Denied.')),
      allowedBy: [],
      deniedBy: [],
      notes: [],
    };
    if (isAccessDecision(decision)) {
      check.notes = [...decision.nearMisses.map(describeNearMiss), ...decision.grantNotes];
      check.outcome = decision.outcome;
      check.allowedBy = decision.allowedBy.map(describeStatementRef);
      check.deniedBy = decision.deniedBy.map(describeStatementRef);
      if (decision.grant) {
        check.grantId = decision.grant.grantId;
        check.allowedBy.push(`grant ${decision.grant.name ? `"${decision.grant.name}" ` : ''}${decision.grant.grantId}`);
      }
    }
    return check;
  });
  if (checks.length === 0) {
    const reason = record.errorCode
      ? `The request failed before authorization (${record.errorCode}).${record.errorExplanation ? ` ${record.errorExplanation}` : ''}`
      : 'No permission check was needed.';
    return { allowed: undefined, summary: reason, checks };
  }
  const denied = checks.find((c) => !c.allowed);
  if (denied) return { allowed: false, summary: denied.explanation, checks };
  return { allowed: true, summary: checks.map((c) => c.explanation).join(' '), checks };
}

/** The ids a CloudTrail-shaped event carries. */
export interface AuditEventIds {
  eventId: string;
  requestId: string;
}

/** First seed of a trail's ID sequence. */
export const AUDIT_ID_SEED = 0x9e3779b9;

/** One xorshift32 step: a small deterministic ID source, independent of the simulator's random stream. */
function xorshift(state: number): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state;
}

/** A UUID-shaped ID from four steps after `seed`, and the state after them. */
function idAt(seed: number): [string, number] {
  let state = seed;
  let out = '';
  for (let i = 0; i < 4; i++) {
    state = xorshift(state);
    out += (state >>> 0).toString(16).padStart(8, '0');
  }
  return [`${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20, 32)}`, state];
}

/**
 * The event and request IDs of the event whose seed is `seed`. Records keep only the seed (a number)
 * and the strings are made when the event is read.
 */
export function auditEventIds(seed: number): AuditEventIds {
  const [eventId, state] = idAt(seed);
  const [requestId] = idAt(state);
  return { eventId, requestId };
}

/** The seed of the next event after the one seeded with `seed` (each event uses eight steps). */
export function nextAuditIdSeed(seed: number): number {
  let state = seed;
  for (let i = 0; i < 8; i++) state = xorshift(state);
  return state;
}

/**
 * What the trail keeps for one request until someone reads it: plain data (persistable as is),
 * redacted when it is made, so nothing secret is ever held or stored.
 */
export interface AuditRecord {
  /** Tells a record apart from a full {@link AuditEvent} in the store. */
  kind: 'kms-audit-record';
  /** Epoch ms. */
  time: number;
  operation: string;
  region: string;
  accessKeyId: string;
  viaService: string | undefined;
  /** The caller as IAM sees it; undefined when the access key id was not recognised. */
  principal: Principal | undefined;
  /** Redacted request (camelCase, no blobs or secret fields), or null when nothing is left. */
  requestParameters: Record<string, unknown> | null;
  /** Redacted response for operations CloudTrail logs one for, else null. */
  responseElements: Record<string, unknown> | null;
  errorCode: string | undefined;
  errorMessage: string | undefined;
  /** KMS Lab's explanation of the error (never part of AWS's message); absent on older stored records. */
  errorExplanation?: string;
  /** Key ARNs the request touched. */
  resources: string[];
  /** Every permission check (with the authorizer's explanation), in order. */
  decisions: RequestRecord['decisions'];
  /** Event and request IDs; derived on read from `idSeed` when absent. */
  ids?: AuditEventIds;
  /** Set for a service event (no caller): CloudTrail's `serviceEventDetails`. */
  serviceEventDetails?: Record<string, string>;
  /** Seed the IDs are derived from (see the access layer's ID source). */
  idSeed?: number;
}

const nullResponse = new Map<string, boolean>();

/** Whether CloudTrail records a null response for an operation (memoised: names repeat). */
function isNullResponse(operation: string): boolean {
  let v = nullResponse.get(operation);
  if (v === undefined) {
    v = NULL_RESPONSE.test(operation);
    if (nullResponse.size < 200) nullResponse.set(operation, v);
  }
  return v;
}

/**
 * The cheap, eager half of an audit event: redacts the request (and the response when CloudTrail logs
 * one) right away and keeps references to the rest, which the core no longer changes after recording.
 */
export function toAuditRecord(record: RequestRecord): AuditRecord {
  return {
    kind: 'kms-audit-record',
    time: record.time,
    operation: record.operation,
    region: record.region,
    accessKeyId: record.accessKeyId,
    viaService: record.viaService,
    principal: record.principal,
    requestParameters: redactedOrNull(record.request),
    responseElements: record.response && !isNullResponse(record.operation) ? redactedOrNull(record.response) : null,
    errorCode: record.error?.name,
    errorMessage: record.error?.message || undefined,
    ...(record.error?.explanation ? { errorExplanation: record.error.explanation } : {}),
    resources: record.resources,
    decisions: record.decisions,
  };
}

/** The record of a service event: no caller, no request, the key as its resource. */
export function serviceEventRecord(event: ServiceEvent): AuditRecord {
  return {
    kind: 'kms-audit-record',
    time: event.time,
    operation: event.eventName,
    region: event.region,
    accessKeyId: '',
    viaService: undefined,
    principal: undefined,
    requestParameters: null,
    responseElements: null,
    errorCode: undefined,
    errorMessage: undefined,
    resources: [event.keyArn],
    decisions: [],
    serviceEventDetails: { keyId: event.keyId },
  };
}

/** CloudTrail's event time: ISO 8601, second precision, UTC. */
const eventTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The account of an ARN. */
const accountOf = (arn: string | undefined) => arn?.split(':')[4];
/** CloudTrail's `resources` for key ARNs. */
const keyResources = (arns: string[]): NonNullable<AuditEvent['resources']> =>
  arns.map((arn) => ({ accountId: accountOf(arn) ?? '', type: 'AWS::KMS::Key', ARN: arn }));

/** The CloudTrail-shaped event of a service event record (Developer Guide, ct-deleteexpiredkeymaterial.html). */
function materializeServiceEvent(record: AuditRecord, ids: AuditEventIds): AuditEvent {
  const accountId = accountOf(record.resources[0]) ?? '';
  return {
    eventVersion: '1.08',
    eventId: ids.eventId,
    eventTime: eventTime(record.time),
    eventSource: 'kms.amazonaws.com',
    eventName: record.operation,
    awsRegion: record.region,
    sourceIPAddress: 'AWS Internal',
    userAgent: 'AWS Internal',
    userIdentity: { accountId, invokedBy: 'AWS Internal' },
    requestParameters: null,
    responseElements: null,
    readOnly: false,
    resources: keyResources(record.resources),
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: accountId,
    eventCategory: 'Management',
    serviceEventDetails: { ...record.serviceEventDetails },
    accessDecision: { allowed: undefined, summary: 'KMS did this itself: no caller, no permission check.', checks: [] },
  };
}

/** True for a stored {@link AuditRecord} (as opposed to a full event). */
export function isAuditRecord(value: unknown): value is AuditRecord {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'kms-audit-record';
}

/** Builds the CloudTrail-shaped event for a kept record. */
export function materializeAuditEvent(record: AuditRecord, ids: AuditEventIds): AuditEvent {
  if (record.serviceEventDetails) return materializeServiceEvent(record, ids);
  const principal = record.principal;
  const event: AuditEvent = {
    eventVersion: '1.08',
    eventId: ids.eventId,
    eventTime: eventTime(record.time),
    eventSource: 'kms.amazonaws.com',
    eventName: record.operation,
    awsRegion: record.region,
    // A service acting for the caller appears as the source, like CloudTrail shows it.
    sourceIPAddress: record.viaService ? `${record.viaService.split('.')[0]}.amazonaws.com` : '192.0.2.10',
    userAgent: record.viaService ? `${record.viaService.split('.')[0]}.amazonaws.com` : 'kms-lab (aws-sdk-js-v3)',
    userIdentity: userIdentity(record, principal),
    requestParameters: record.requestParameters,
    responseElements: record.responseElements,
    requestID: ids.requestId,
    readOnly: READ_ONLY.test(record.operation),
    eventType: 'AwsApiCall',
    managementEvent: true,
    // The key owner's trail receives the event (cross-account calls appear in both accounts in AWS).
    recipientAccountId: accountOf(record.resources[0]) ?? principal?.accountId ?? '',
    eventCategory: 'Management',
    accessDecision: accessDecision(record),
  };
  if (record.errorCode !== undefined) {
    event.errorCode = record.errorCode;
    if (record.errorMessage) event.errorMessage = record.errorMessage;
  }
  if (record.resources.length > 0) {
    event.resources = keyResources(record.resources);
  }
  return event;
}
