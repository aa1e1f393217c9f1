import { toBase64 } from '../commands/bytes';

/** How the learner typed (or wants to read) bytes. */
export type ByteEncoding = 'text' | 'hex' | 'base64';

export type DecodeResult = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/**
 * Turns what the learner typed into bytes, or says exactly what is wrong with it
 * (odd number of hex digits, a character that is not base64, ...).
 */
export function decodeInput(value: string, encoding: ByteEncoding): DecodeResult {
  if (encoding === 'text') return { ok: true, bytes: new TextEncoder().encode(value) };
  if (encoding === 'hex') {
    const clean = value.replace(/\s+/g, '').replace(/^0x/i, '');
    const bad = clean.search(/[^0-9a-fA-F]/);
    if (bad >= 0) return { ok: false, error: `“${clean[bad]}” is not a hex digit (use 0-9 and a-f).` };
    if (clean.length % 2 !== 0) return { ok: false, error: `Hex needs two digits per byte; you typed ${clean.length} digits.` };
    const bytes = new Uint8Array(clean.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
    return { ok: true, bytes };
  }
  const clean = value.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const bad = clean.search(/[^A-Za-z0-9+/=]/);
  if (bad >= 0) return { ok: false, error: `“${clean[bad]}” is not a base64 character.` };
  if (/=[^=]/.test(clean) || clean.length % 4 === 1) {
    return { ok: false, error: 'This is not complete base64: check it was copied whole.' };
  }
  try {
    const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
    const binary = atob(padded);
    return { ok: true, bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
  } catch {
    return { ok: false, error: 'This is not valid base64.' };
  }
}

/** Lower-case hex, two digits per byte. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Bytes as UTF-8 text, or undefined when they are not valid UTF-8 (most ciphertext). */
export function toText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Renders bytes in the chosen encoding; text falls back to a note when the bytes are not text. */
export function encodeOutput(bytes: Uint8Array, encoding: ByteEncoding): string {
  if (encoding === 'hex') return toHex(bytes);
  if (encoding === 'base64') return toBase64(bytes);
  return toText(bytes) ?? '(not valid UTF-8 text: view as hex or base64)';
}

export { toBase64 };
