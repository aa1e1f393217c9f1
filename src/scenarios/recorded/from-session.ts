import { parseCiphertextBlob } from '@/kms';
import { formatSize } from '../format-bytes';
import { summarizeRecord } from '../summarize';
import type { BytePart, KmsCallRecord, ScenarioActor, ScenarioMove, ScenarioRun, ScenarioStep, ScenarioToken, TokenKind } from '../types';
import type { SessionCall } from './session';

const KEY_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}/;

function blobParts(bytes: Uint8Array): BytePart[] {
  try {
    return parseCiphertextBlob(bytes).parts.map((p) => ({ name: p.name, offset: p.offset, length: p.length, description: p.description }));
  } catch {
    return []; // not one of the simulator's blobs (a typed-in value): show the bytes without parts
  }
}

function isText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Valid UTF-8 without control characters (other than tab, newline, carriage return) reads as text.
    return bytes.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
  } catch {
    return false;
  }
}

function bytesToken(kind: TokenKind, name: string, bytes: Uint8Array): ScenarioToken {
  const blob = kind === 'ciphertext' || kind === 'wrapped-key';
  return {
    kind,
    label: `${name} ${formatSize(bytes.length)}`,
    bytes: { bytes, parts: blob ? blobParts(bytes) : [], ...(!blob && isText(bytes) ? { text: true } : {}) },
  };
}

/** What the caller sent: the first blob it carried, or the operation's name. */
function requestToken(call: SessionCall): ScenarioToken {
  const { Plaintext, CiphertextBlob, Message } = call.input;
  if (Plaintext instanceof Uint8Array) return bytesToken('plaintext', 'Plaintext', Plaintext);
  if (CiphertextBlob instanceof Uint8Array) return bytesToken('ciphertext', 'CiphertextBlob', CiphertextBlob);
  if (Message instanceof Uint8Array) return bytesToken('plaintext', 'Message', Message);
  const keyId = typeof call.input.KeyId === 'string' ? call.input.KeyId.match(KEY_ID)?.[0] : undefined;
  return { kind: 'request', label: keyId ? `${call.operation} ${keyId.slice(0, 8)}…` : call.operation };
}

/** What came back: the error, the blobs in the response (a data key comes back twice), or a summary. */
function responseTokens(call: SessionCall): ScenarioToken[] {
  if (!call.outcome.ok) return [{ kind: 'error', label: call.outcome.errorName }];
  const out = call.outcome.output;
  const dataKey = call.operation.startsWith('GenerateDataKey');
  const tokens: ScenarioToken[] = [];
  if (out.Plaintext instanceof Uint8Array) tokens.push(bytesToken(dataKey ? 'data-key' : 'plaintext', 'Plaintext', out.Plaintext));
  if (out.CiphertextBlob instanceof Uint8Array)
    tokens.push(bytesToken(dataKey ? 'wrapped-key' : 'ciphertext', dataKey ? 'Encrypted data key' : 'CiphertextBlob', out.CiphertextBlob));
  if (tokens.length) return tokens;
  const meta = out.KeyMetadata as { KeyId?: string } | undefined;
  if (meta?.KeyId) return [{ kind: 'request', label: `KeyId ${meta.KeyId.slice(0, 8)}…` }];
  return [{ kind: 'request', label: `${call.operation} OK` }];
}

/** The step's narration, from the outcome and the simulator's access decision; instructors can rewrite it. */
export function defaultNarration(call: SessionCall): string {
  const who = call.viaService ? `${call.viaService}, for ${call.caller},` : call.caller;
  const head = call.outcome.ok
    ? `${who} called ${call.operation} in ${call.region}, and KMS allowed it.`
    : `${who} called ${call.operation} in ${call.region}; KMS answered ${call.outcome.errorName}.`;
  const bytes = call.hasBytes ? '' : ' (CloudTrail records no bytes, and this call’s were not in the console’s memory.)';
  return `${head} ${call.decision ?? ''}${bytes}`.replace(/\s+/g, ' ').trim();
}

function callRecord(call: SessionCall): KmsCallRecord {
  return {
    operation: call.operation,
    permission: `kms:${call.operation}`,
    docUrl: `https://docs.aws.amazon.com/kms/latest/APIReference/API_${call.operation}.html`,
    region: call.region,
    caller: call.viaService ? `${call.viaService} for ${call.caller}` : call.caller,
    input: summarizeRecord(call.input),
    outcome: call.outcome.ok
      ? { ok: true, output: summarizeRecord(call.outcome.output) }
      : { ok: false, errorName: call.outcome.errorName, message: call.outcome.message },
    ...(call.decision ? { decision: call.decision } : {}),
  };
}

/** Key ids a call names or creates, so the KMS box can show the keys the session touched. */
function keysOf(call: SessionCall): string[] {
  const found = new Set<string>();
  for (const value of [
    call.input.KeyId,
    (call.outcome.ok ? (call.outcome.output.KeyMetadata as { KeyId?: unknown } | undefined) : undefined)?.KeyId,
  ]) {
    const id = typeof value === 'string' ? value.match(KEY_ID)?.[0] : undefined;
    if (id) found.add(id);
  }
  return [...found];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A recorded lab session as a scenario run: each caller an actor on the left, KMS in each Region on
 * the right, one step per call with its request and response tokens (real bytes where recorded), the
 * call's transcript record, and the access decision as narration. The same step model as the
 * built-in scenarios, so the same player, presenter mode and exports work on it.
 */
export function scenarioFromSession(calls: readonly SessionCall[], meta: { id: string; title: string }): ScenarioRun {
  if (!calls.length) throw new Error('Select at least one event to play as a scenario.');
  const callers = [...new Set(calls.map((c) => (c.viaService ? `${c.viaService}` : c.caller)))];
  const regions = [...new Set(calls.map((c) => c.region))];
  const callerId = (c: SessionCall) => `caller-${callers.indexOf(c.viaService ?? c.caller) + 1}`;
  const kmsId = (region: string) => `kms-${slug(region)}`;
  const rows = Math.max(callers.length, regions.length);
  const actors: ScenarioActor[] = [
    ...callers.map((name, i) => {
      const service = calls.find((c) => c.viaService === name);
      return service
        ? { id: `caller-${i + 1}`, kind: 'service' as const, label: name, detail: `for ${service.caller}`, column: 0, row: i }
        : { id: `caller-${i + 1}`, kind: 'user' as const, label: name, column: 0, row: i };
    }),
    ...regions.map((region, i) => ({
      id: kmsId(region),
      kind: 'kms' as const,
      label: 'AWS KMS',
      region,
      column: 1,
      row: regions.length === 1 ? (rows - 1) / 2 : i,
    })),
  ];
  const keys = new Map<string, string[]>(regions.map((r) => [kmsId(r), []]));
  const steps: ScenarioStep[] = calls.map((call, i) => {
    const kms = kmsId(call.region);
    const seen = keys.get(kms)!;
    for (const id of keysOf(call)) if (!seen.includes(`KMS key ${id.slice(0, 8)}…`)) seen.push(`KMS key ${id.slice(0, 8)}…`);
    const from = callerId(call);
    const moves: ScenarioMove[] = [
      { from, to: kms, token: requestToken(call) },
      ...responseTokens(call).map((token) => ({ from: kms, to: from, token })),
    ];
    return {
      id: `call-${i + 1}-${slug(call.operation)}`,
      title: `${call.operation} by ${call.viaService ?? call.caller}${call.outcome.ok ? '' : `: ${call.outcome.errorName}`}`,
      narration: defaultNarration(call),
      moves,
      call: callRecord(call),
      kmsState: Object.fromEntries([...keys].map(([id, list]) => [id, { keys: [...list] }])),
      focus: [from, kms],
    };
  });
  return {
    id: meta.id,
    title: meta.title,
    seed: 'recorded',
    actors,
    steps,
    sources: [{ label: 'AWS KMS API Reference', url: 'https://docs.aws.amazon.com/kms/latest/APIReference/Welcome.html' }],
    caveats: calls.some((c) => !c.hasBytes)
      ? ['Some steps show CloudTrail’s parameters instead of bytes: those calls were made by a service or before this page was loaded.']
      : [],
  };
}
