/**
 * Byte formatting for the byte views and call summaries. Pure, so the transcript, the byte view and
 * the tests agree on exactly what a learner sees.
 */

/** Lower-case hex, no separators: `0a1b2c`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Standard base64 with padding, as the AWS CLI prints blobs. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Decodes UTF-8 for display; invalid sequences become U+FFFD rather than throwing. */
export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** True when two byte arrays hold the same bytes. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An integer with comma thousands separators ("4,097"), as en-US writes it. Not `toLocaleString`:
 * its first call loads ICU number formatting, which cost ~160 ms of a phone-speed main thread when
 * a scenario page opens (Lighthouse, 4x CPU throttling).
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "184 B", "4,097 B", "1.5 KB": a short size for chips. */
export function formatSize(length: number): string {
  if (length < 10_000) return `${groupThousands(length)} B`;
  return `${(length / 1024).toFixed(1)} KB`;
}
