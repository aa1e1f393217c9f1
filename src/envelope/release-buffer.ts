/**
 * Frees an ArrayBuffer's memory now instead of at the next garbage collection, by detaching it with
 * `ArrayBuffer.prototype.transfer(0)` (ES2024; Chromium 114+, Firefox 122+, Safari 17.4+). Streaming
 * hundreds of megabytes makes a megabyte of garbage per chunk, and V8 lets ArrayBuffer garbage pile
 * up to ~100 MB before collecting it; detaching keeps the peak near what is really in use.
 *
 * Only call this on bytes nobody else will read: the view must cover its whole buffer (so no other
 * view shares it) and the owner must be done with it. Where `transfer` is missing this does nothing.
 */
export function releaseBuffer(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };
  if (bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength || buffer.detached) return;
  if (typeof buffer.transfer === 'function' && !(buffer instanceof SharedArrayBufferCtor())) buffer.transfer(0);
}

function SharedArrayBufferCtor(): new (...args: never[]) => object {
  // SharedArrayBuffer is undefined on pages without cross-origin isolation.
  return typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : class {};
}
