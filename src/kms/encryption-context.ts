/**
 * Encryption context: validation and the canonical byte form bound as AES-GCM additional authenticated data.
 *
 * Canonical form (why: order must not matter, and `{"a":"bc"}` must differ from `{"ab":"c"}`, which a
 * plain concatenation would confuse): pairs sorted by the UTF-8 bytes of their keys, then
 * `u32be(count) || for each pair: u32be(len(key)) || key || u32be(len(value)) || value`.
 * An absent context and `{}` encode the same (AWS treats them the same).
 */
import { encodeUtf8 } from './bytes';
import { errors } from './errors';

/** Encryption context as the API takes it. */
export type EncryptionContext = Record<string, string>;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const EMPTY = new Uint8Array(4);

/** Throws ValidationException unless `ctx` is undefined or an object of string values. */
export function validateEncryptionContext(ctx: unknown, field = 'encryptionContext'): void {
  if (ctx === undefined || ctx === null) return;
  if (typeof ctx !== 'object' || Array.isArray(ctx)) throw errors.validation(`${field} must be a map of strings to strings.`);
  for (const [k, v] of Object.entries(ctx as Record<string, unknown>)) {
    if (typeof v !== 'string') throw errors.validation(`${field} value for key '${k}' must be a string.`);
  }
}

/** Writes an ASCII-only string as bytes; false (nothing written) when it has other characters. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Fast path for the common all-ASCII context (hot path of Encrypt/Decrypt): UTF-8 of ASCII is the
 * code units themselves, and code-unit order equals UTF-8 byte order for ASCII, so no TextEncoder.
 */
function canonicalAscii(ctx: EncryptionContext, keys: string[]): Uint8Array | undefined {
  let size = 4;
  for (const k of keys) {
    const v = ctx[k]!;
    if (!isAscii(k) || !isAscii(v)) return undefined;
    size += 8 + k.length + v.length;
  }
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out = new Uint8Array(size);
  const put32 = (o: number, n: number) => {
    out[o] = n >>> 24;
    out[o + 1] = (n >>> 16) & 0xff;
    out[o + 2] = (n >>> 8) & 0xff;
    out[o + 3] = n & 0xff;
  };
  put32(0, keys.length);
  let o = 4;
  for (const k of keys) {
    const v = ctx[k]!;
    put32(o, k.length);
    o += 4;
    for (let i = 0; i < k.length; i++) out[o++] = k.charCodeAt(i);
    put32(o, v.length);
    o += 4;
    for (let i = 0; i < v.length; i++) out[o++] = v.charCodeAt(i);
  }
  return out;
}

/** The canonical AAD bytes of an encryption context. */
export function canonicalEncryptionContext(ctx: EncryptionContext | undefined): Uint8Array {
  if (!ctx) return EMPTY;
  const keys = Object.keys(ctx);
  if (keys.length === 0) return EMPTY;
  const fast = canonicalAscii(ctx, keys);
  if (fast) return fast;
  const pairs = keys.map((k) => [encodeUtf8(k), encodeUtf8(ctx[k]!)] as const);
  pairs.sort((x, y) => compareBytes(x[0], y[0]));
  let size = 4;
  for (const [k, v] of pairs) size += 8 + k.length + v.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, pairs.length);
  let o = 4;
  for (const [k, v] of pairs) {
    view.setUint32(o, k.length);
    out.set(k, o + 4);
    o += 4 + k.length;
    view.setUint32(o, v.length);
    out.set(v, o + 4);
    o += 4 + v.length;
  }
  return out;
}

/** True when the context has at least one pair. */
export function hasEncryptionContext(ctx: EncryptionContext | undefined): boolean {
  return !!ctx && Object.keys(ctx).length > 0;
}
