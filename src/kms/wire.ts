/**
 * AWS JSON 1.1 wire protocol, so the unmodified @aws-sdk/client-kms can drive the simulator through
 * `requestHandler` (see /work/shared/reference/aws-sdk-in-process.md): `X-Amz-Target: TrentService.<Op>`,
 * base64 blobs, epoch-second timestamps, errors as HTTP 400 `{"__type", "message"}`.
 */
import { fromBase64, toBase64 } from './bytes';
import { errors, type KmsError } from './errors';

/** Input members that are blobs (base64 on the wire, Uint8Array in the SDK shapes). */
const BLOB_INPUTS = new Set([
  'Plaintext',
  'CiphertextBlob',
  'Message',
  'Signature',
  'Mac',
  'PublicKey',
  'EncryptedKeyMaterial',
  'ImportToken',
]);
/** Input members that are timestamps. */
const DATE_INPUTS = new Set(['ValidTo']);

/** Converts a JSON wire input to the SDK shape (Uint8Array blobs, Date timestamps). */
export function inputFromWire(json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) {
    if (BLOB_INPUTS.has(k) && typeof v === 'string') {
      const bytes = fromBase64(v);
      if (!bytes) throw errors.serialization(`Could not decode '${k}': it is not valid base64.`);
      out[k] = bytes;
    } else if (DATE_INPUTS.has(k) && typeof v === 'number') {
      out[k] = new Date(v * 1000);
    } else out[k] = v;
  }
  return out;
}

/** Converts an SDK-shape output to JSON wire form (base64 blobs, epoch seconds; undefined dropped). */
export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return toBase64(value);
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toWire);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  return value;
}

/** The request shape the SDK hands to a request handler (subset of @smithy/protocol-http HttpRequest). */
export interface WireRequest {
  hostname?: string;
  headers: Record<string, string | undefined>;
  body?: unknown;
}

/** The response shape the SDK accepts from a request handler. */
export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Region from `kms.<region>.amazonaws.com` (also FIPS and dual-stack endpoints). */
export function regionFromHostname(hostname: string | undefined): string | undefined {
  const m = /^kms(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com|api\.aws)$/.exec(hostname ?? '');
  return m?.[1];
}

/** Access key id from `Authorization: AWS4-HMAC-SHA256 Credential=<id>/<date>/<region>/kms/aws4_request, ...`. */
export function accessKeyIdFromAuthorization(auth: string | undefined): string | undefined {
  const m = /Credential=([^/,\s]+)\//.exec(auth ?? '');
  return m?.[1];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Serialises an error the way AWS does (no `message` member for the exceptions AWS sends without one). */
export function errorResponse(err: KmsError, requestId: string): WireResponse {
  const body: Record<string, string> = { __type: err.name };
  if (err.hasMessage) body.message = err.message;
  // KMS Lab's teaching text, apart from AWS's message (the SDK copies unknown members onto the exception).
  if (err.explanation) body.kmsLabExplanation = err.explanation;
  return {
    statusCode: err.httpStatus,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
    body: encoder.encode(JSON.stringify(body)),
  };
}

/** Parsed wire request. */
export interface ParsedWireRequest {
  operation: string;
  region: string;
  accessKeyId: string | undefined;
  input: Record<string, unknown>;
}

/** Parses an SDK request; throws KmsError for malformed ones. */
export function parseWireRequest(request: WireRequest): ParsedWireRequest {
  const target = header(request.headers, 'x-amz-target') ?? '';
  if (!target.startsWith('TrentService.')) throw errors.unknownOperation();
  const region = regionFromHostname(request.hostname);
  if (!region) throw errors.unrecognizedClient();
  const body = request.body;
  const text = body === undefined || body === null ? '' : typeof body === 'string' ? body : decoder.decode(body as Uint8Array);
  let json: unknown = {};
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw errors.serialization('Start of structure or map found where not expected.');
    }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw errors.serialization('Start of structure or map found where not expected.');
  return {
    operation: target.slice('TrentService.'.length),
    region,
    accessKeyId: accessKeyIdFromAuthorization(header(request.headers, 'authorization')),
    input: inputFromWire(json as Record<string, unknown>),
  };
}

/** Builds a success response. */
export function okResponse(output: Record<string, unknown>, requestId: string): WireResponse {
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId },
    body: encoder.encode(JSON.stringify(toWire(output))),
  };
}
