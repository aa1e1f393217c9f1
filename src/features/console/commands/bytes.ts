/** True when the bytes are printable UTF-8 text (so a snippet can show them as a string literal). */
export function asPrintableText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /^[\t\n\r\x20-\x7e\u00a0-\uffff]*$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** Standard base64 of bytes, without relying on Node's Buffer (runs in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
