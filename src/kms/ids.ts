/**
 * Identifiers: key IDs, multi-Region key IDs, ARNs and the simulated account's root credentials.
 * Formats from docs/kms-facts.md §3.1 (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id).
 */
import { toHex } from './bytes';

/** Default simulated account (the account AWS uses in its documentation examples). */
export const DEFAULT_ACCOUNT_ID = '111122223333';
/** Access key id of the default account's root principal (`arn:aws:iam::111122223333:root`). */
export const ROOT_ACCESS_KEY_ID = 'AKIAKMSLABROOT0000001';
/** Secret paired with {@link ROOT_ACCESS_KEY_ID}; the simulator never checks signatures, it only exists so the SDK can sign. */
export const ROOT_SECRET_ACCESS_KEY = 'kmslab/root/EXAMPLEKEY0000000000000000';
/** Region used when a caller does not say. */
export const DEFAULT_REGION = 'us-east-1';

/** Regions the simulator accepts (commercial partition). Others give UnrecognizedClientException-free NotFound-style errors upstream. */
export const KNOWN_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'me-south-1',
  'af-south-1',
];

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MRK_RE = /^mrk-[0-9a-f]{32}$/;
const KEY_ARN_RE = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):key\/(.+)$/;
const ALIAS_ARN_RE = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):(alias\/.+)$/;

/** A fresh single-Region key ID (UUID v4 shape) from the injected random source. */
export function newKeyId(random: (b: Uint8Array) => void): string {
  const b = new Uint8Array(16);
  random(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A fresh multi-Region key ID: `mrk-` followed by 32 hex characters. */
export function newMultiRegionKeyId(random: (b: Uint8Array) => void): string {
  const b = new Uint8Array(16);
  random(b);
  return `mrk-${toHex(b)}`;
}

/** True for a bare key ID (UUID or `mrk-` form). */
export function isKeyId(s: string): boolean {
  return UUID_RE.test(s) || MRK_RE.test(s);
}

/** `arn:aws:kms:<region>:<account>:key/<keyId>` */
export function keyArn(region: string, accountId: string, keyId: string): string {
  return `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
}

/** `arn:aws:kms:<region>:<account>:alias/<name>` (aliasName already starts with `alias/`). */
export function aliasArn(region: string, accountId: string, aliasName: string): string {
  return `arn:aws:kms:${region}:${accountId}:${aliasName}`;
}

/** ARN of an account's root principal. */
export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** How a `KeyId` parameter was written. */
export type KeyIdentifier =
  | { kind: 'id'; keyId: string }
  | { kind: 'keyArn'; region: string; accountId: string; keyId: string }
  | { kind: 'aliasName'; aliasName: string }
  | { kind: 'aliasArn'; region: string; accountId: string; aliasName: string }
  | { kind: 'invalid'; raw: string };

/** Classifies a `KeyId` parameter (key ID, key ARN, alias name or alias ARN), as AWS accepts them. */
export function parseKeyIdentifier(raw: string): KeyIdentifier {
  if (raw.startsWith('alias/')) return { kind: 'aliasName', aliasName: raw };
  let m = KEY_ARN_RE.exec(raw);
  if (m) return { kind: 'keyArn', region: m[1]!, accountId: m[2]!, keyId: m[3]! };
  m = ALIAS_ARN_RE.exec(raw);
  if (m) return { kind: 'aliasArn', region: m[1]!, accountId: m[2]!, aliasName: m[3]! };
  if (isKeyId(raw)) return { kind: 'id', keyId: raw };
  return { kind: 'invalid', raw };
}
