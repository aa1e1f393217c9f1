import { FORMAT } from './format';

/**
 * What every chunk operation of one file needs: the data key (a non-extractable CryptoKey), the
 * nonce prefix and the SHA-256 of the authenticated header bytes. Structured-cloneable, so it can
 * be posted to a Worker as is.
 */
export interface ChunkSession {
  key: CryptoKey;
  noncePrefix: Uint8Array;
  /** SHA-256 of the header bytes before the header tag; bound into every chunk's AAD. */
  headerHash: Uint8Array;
  chunkSize: number;
}

/**
 * The 96-bit GCM nonce of chunk `index`: the file's 8-byte random prefix followed by the index as a
 * 32-bit big-endian integer. Unique per chunk within a file, and each file has its own data key,
 * so no (key, nonce) pair ever repeats.
 */
export function chunkNonce(noncePrefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12);
  nonce.set(noncePrefix, 0);
  new DataView(nonce.buffer).setUint32(8, index);
  return nonce;
}

/**
 * The additional authenticated data of chunk `index`: header hash (32) ‖ index (4, big-endian) ‖
 * final flag (1). The hash ties the chunk to this file's header, the index to its position (so
 * reordering fails), and the flag to whether the file may end here (so truncation fails).
 */
export function chunkAad(headerHash: Uint8Array, index: number, final: boolean): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(37);
  aad.set(headerHash, 0);
  const view = new DataView(aad.buffer);
  view.setUint32(32, index);
  view.setUint8(36, final ? 1 : 0);
  return aad;
}

/** Encrypts one chunk; the result is the ciphertext followed by the 16-byte tag. */
export async function encryptChunk(
  session: ChunkSession,
  index: number,
  final: boolean,
  plaintext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const params: AesGcmParams = {
    name: 'AES-GCM',
    iv: chunkNonce(session.noncePrefix, index),
    additionalData: chunkAad(session.headerHash, index, final),
    tagLength: FORMAT.tagLength * 8,
  };
  return new Uint8Array(await crypto.subtle.encrypt(params, session.key, plaintext));
}

/**
 * Decrypts one chunk (ciphertext ‖ tag). Resolves to null when authentication fails, so callers can
 * tell a tampered chunk from other errors and try the other final flag for a precise diagnosis.
 */
export async function decryptChunk(
  session: ChunkSession,
  index: number,
  final: boolean,
  sealed: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const params: AesGcmParams = {
    name: 'AES-GCM',
    iv: chunkNonce(session.noncePrefix, index),
    additionalData: chunkAad(session.headerHash, index, final),
    tagLength: FORMAT.tagLength * 8,
  };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, session.key, sealed));
  } catch (err) {
    if (err instanceof Error && err.name === 'OperationError') return null;
    throw err;
  }
}

/** The header tag: a GCM tag over the header bytes with an empty plaintext and the reserved nonce index. */
export async function headerTag(
  key: CryptoKey,
  noncePrefix: Uint8Array,
  authenticated: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const params: AesGcmParams = {
    name: 'AES-GCM',
    iv: chunkNonce(noncePrefix, FORMAT.headerTagIndex),
    additionalData: authenticated,
    tagLength: FORMAT.tagLength * 8,
  };
  return new Uint8Array(await crypto.subtle.encrypt(params, key, new Uint8Array(0)));
}

/** SHA-256 of the authenticated header bytes. */
export async function hashHeader(authenticated: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', authenticated));
}

/** Constant-time-style comparison (no early exit) of two tags. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
