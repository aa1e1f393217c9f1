/**
 * Turns one request into a CloudTrail-shaped event, as KMS writes them
 * (https://docs.aws.amazon.com/kms/latest/developerguide/logging-using-cloudtrail.html), plus our own
 * `accessDecision` field explaining why the call was allowed or denied.
 *
 * Redaction: CloudTrail never contains plaintext, ciphertext or key material. Every binary value is
 * dropped, and the fields below are removed by name even if a caller passed them as strings. The
 * encryption context is kept: it is not secret and CloudTrail logs it (kms-facts §1.3).
 */
import type { RequestRecord } from '../access-hooks';
import { describeNearMiss, describeStatementRef, type AccessDecision } from './evaluate-policy';
import type { IamPrincipal } from './iam';

/** CloudTrail's `userIdentity` block. */
export interface AuditUserIdentity {
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'Unknown';
  principalId?: string;
  arn?: string;
  accountId?: string;
  accessKeyId: string;
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
  requestID: string;
  readOnly: boolean;
  resources?: Array<{ accountId: string; type: 'AWS::KMS::Key'; ARN: string }>;
  eventType: 'AwsApiCall';
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
const NULL_RESPONSE = /^(Encrypt|Decrypt|ReEncrypt|GenerateDataKey.*|GenerateRandom|Sign|Verify|GenerateMac|VerifyMac|DeriveSharedSecret|GetPublicKey|Describe.*|Get.*|List.*)$/;
const READ_ONLY = /^(Encrypt|Decrypt|ReEncrypt|GenerateDataKey.*|GenerateRandom|Sign|Verify|GenerateMac|VerifyMac|DeriveSharedSecret|Describe.*|Get.*|List.*)$/;

const camel = (name: string) => (name === 'AWSAccountId' ? 'aWSAccountId' : name.charAt(0).toLowerCase() + name.slice(1));

/** Copies a value with camelCase member names, dropping binaries and secret fields. */
export function redact(value: unknown, depth = 0): unknown {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1)).filter((v) => v !== undefined);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$metadata' || SECRET_FIELDS.has(k)) continue;
      // Encryption contexts keep their own keys as written: they are user data, not member names.
      const keepKeys = k === 'EncryptionContext' || k.endsWith('EncryptionContext') || k.startsWith('EncryptionContext');
      const r = keepKeys ? redactMap(v) : redact(v, depth + 1);
      if (r !== undefined) out[camel(k)] = r;
    }
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

function redactMap(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

function userIdentity(record: RequestRecord, principal: IamPrincipal | undefined): AuditUserIdentity {
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
      sessionIssuer: { type: 'Role', principalId: principal.principalId.split(':')[0] ?? '', arn: principal.policyArn, accountId: principal.accountId, userName: principal.name },
    };
  }
  if (invokedBy) id.invokedBy = invokedBy;
  return id;
}

function isAccessDecision(d: unknown): d is AccessDecision {
  return typeof d === 'object' && d !== null && 'outcome' in d && 'allowedBy' in d;
}


function accessDecision(record: RequestRecord): AuditAccessDecision {
  const checks: AuditCheck[] = record.decisions.map(({ action, resource, decision }) => {
    const check: AuditCheck = {
      action,
      resource,
      allowed: decision.allowed,
      explanation: decision.explanation ?? (decision.allowed ? 'Allowed.' : decision.message ?? 'Denied.'),
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
    const reason = record.error ? `The request failed before authorization (${record.error.name}).` : 'No permission check was needed.';
    return { allowed: undefined, summary: reason, checks };
  }
  const denied = checks.find((c) => !c.allowed);
  if (denied) return { allowed: false, summary: denied.explanation, checks };
  return { allowed: true, summary: checks.map((c) => c.explanation).join(' '), checks };
}

/** Inputs for {@link toAuditEvent}. */
export interface AuditEventIds {
  eventId: string;
  requestId: string;
}

/** Converts a request record to a CloudTrail-shaped event. */
export function toAuditEvent(record: RequestRecord, principal: IamPrincipal | undefined, ids: AuditEventIds): AuditEvent {
  const requestParameters = redact(record.request) as Record<string, unknown> | undefined;
  const responseElements =
    record.response && !NULL_RESPONSE.test(record.operation) ? (redact(record.response) as Record<string, unknown>) : undefined;
  const event: AuditEvent = {
    eventVersion: '1.08',
    eventId: ids.eventId,
    eventTime: new Date(record.time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: 'kms.amazonaws.com',
    eventName: record.operation,
    awsRegion: record.region,
    // A service acting for the caller appears as the source, like CloudTrail shows it.
    sourceIPAddress: record.viaService ? `${record.viaService.split('.')[0]}.amazonaws.com` : '192.0.2.10',
    userAgent: record.viaService ? `${record.viaService.split('.')[0]}.amazonaws.com` : 'kms-lab (aws-sdk-js-v3)',
    userIdentity: userIdentity(record, principal),
    requestParameters: requestParameters && Object.keys(requestParameters).length > 0 ? requestParameters : null,
    responseElements: responseElements && Object.keys(responseElements).length > 0 ? responseElements : null,
    requestID: ids.requestId,
    readOnly: READ_ONLY.test(record.operation),
    eventType: 'AwsApiCall',
    managementEvent: true,
    // The key owner's trail receives the event (cross-account calls appear in both accounts in AWS).
    recipientAccountId: record.resources[0]?.split(':')[4] ?? principal?.accountId ?? '',
    eventCategory: 'Management',
    accessDecision: accessDecision(record),
  };
  if (record.error) {
    event.errorCode = record.error.name;
    if (record.error.message) event.errorMessage = record.error.message;
  }
  if (record.resources.length > 0) {
    event.resources = record.resources.map((arn) => ({ accountId: arn.split(':')[4] ?? '', type: 'AWS::KMS::Key', ARN: arn }));
  }
  return event;
}
