/**
 * A lab session as the recorder sees it: each KMS call with who made it, what went in and came out
 * (real bytes where the console still holds them), and the simulator's access decision.
 */
export interface SessionCall {
  operation: string;
  region: string;
  /** Who called, as shown: `account root (111122223333)`, `IAM user alice`, ... */
  caller: string;
  /** The AWS service that called on the principal's behalf, if any. */
  viaService?: string;
  /** ISO 8601 time of the call (simulated clock). */
  time: string;
  /** The request; blobs as Uint8Array when the console still holds them, else CloudTrail's parameters. */
  input: Record<string, unknown>;
  outcome: { ok: true; output: Record<string, unknown> } | { ok: false; errorName: string; message: string };
  /** Why the simulator allowed or denied the call. */
  decision?: string;
  /** False when the bytes were not available (a service's call, or one made before this page load). */
  hasBytes: boolean;
}

/** The parts of an audit-trail event the recorder reads (CloudTrail-shaped, as `kms.audit.list()` returns). */
export interface AuditEventLike {
  eventId: string;
  eventTime: string;
  eventName: string;
  awsRegion: string;
  userIdentity: { type: string; arn?: string; accountId?: string; userName?: string; invokedBy?: string };
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  errorCode?: string;
  errorMessage?: string;
  accessDecision: { summary: string };
}

/** The parts of a console call record the recorder reads: what the console sent and got back. */
export interface ConsoleCallLike {
  operation: string;
  region: string;
  /** Simulated time of the call, in milliseconds. */
  at: number;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: { name: string; message: string };
}

/** A readable caller name from an audit event's identity. */
export function callerName(identity: AuditEventLike['userIdentity']): string {
  if (identity.type === 'Root') return `account root (${identity.accountId ?? '?'})`;
  const arn = identity.arn ?? '';
  if (identity.type === 'AssumedRole') return `role ${arn.split('/').slice(1).join('/') || arn}`;
  if (identity.type === 'IAMUser') return `IAM user ${identity.userName ?? arn.split('/').pop()}`;
  return arn || 'unknown caller';
}

/** How far apart (ms) an audit event and a console call may be and still be the same request. */
const SAME_CALL_MS = 2000;

/**
 * Pairs audit events (in the trail's order, newest first, as `kms.audit.list()` gives them) with the console's call records, oldest first, so each step can
 * show the real request and response bytes. CloudTrail leaves bytes out on purpose; the console
 * keeps them in memory for this visit. An event without a matching call (a service's call, or one
 * from before this page load) keeps CloudTrail's parameters and says so.
 */
export function sessionFromAudit(events: readonly AuditEventLike[], calls: readonly ConsoleCallLike[]): SessionCall[] {
  const used = new Set<ConsoleCallLike>();
  // Oldest first. Event times have one-second precision, so calls within a second keep the trail's order.
  const ordered = [...events].reverse().sort((a, b) => a.eventTime.localeCompare(b.eventTime));
  const pool = [...calls].sort((a, b) => a.at - b.at);
  return ordered.map((e) => {
    const at = Date.parse(e.eventTime);
    const call = e.userIdentity.invokedBy
      ? undefined
      : pool.find((c) => !used.has(c) && c.operation === e.eventName && c.region === e.awsRegion && Math.abs(c.at - at) <= SAME_CALL_MS);
    if (call) used.add(call);
    const outcome: SessionCall['outcome'] = e.errorCode
      ? { ok: false, errorName: e.errorCode, message: e.errorMessage ?? call?.error?.message ?? '' }
      : { ok: true, output: call?.output ?? e.responseElements ?? {} };
    return {
      operation: e.eventName,
      region: e.awsRegion,
      caller: callerName(e.userIdentity),
      ...(e.userIdentity.invokedBy ? { viaService: e.userIdentity.invokedBy } : {}),
      time: e.eventTime,
      input: call?.input ?? e.requestParameters ?? {},
      outcome,
      decision: e.accessDecision.summary,
      hasBytes: !!call,
    };
  });
}
