import type { ChunkSession, EnvelopeErrorCode } from '@/envelope';

/** Main thread → worker: start one job. The worker handles exactly one job, then is terminated. */
export interface StartJob {
  type: 'start';
  job: 'encrypt' | 'decrypt';
  /** The non-extractable data key and per-file values; CryptoKey is structured-cloneable. */
  session: ChunkSession;
  /** Plaintext (encrypt) or the chunks after the header (decrypt). Blobs cross threads without copying. */
  input: Blob;
  /** Bytes already read before `input` starts (the header, when decrypting), for progress. */
  offset: number;
}

/** Main thread → worker: a chunk was written; the worker may send more (back-pressure). */
export interface Ack {
  type: 'ack';
}

export type ToWorker = StartJob | Ack;

/** Worker → main thread. `chunk` bytes are transferred, not copied. */
export type FromWorker =
  | { type: 'chunk'; bytes: Uint8Array<ArrayBuffer>; processed: number }
  | { type: 'done'; chunks: number; plaintextBytes: number }
  | { type: 'error'; code: EnvelopeErrorCode | 'internal'; message: string; chunkIndex?: number };

/** Chunks the worker may send before the main thread acknowledges them: bounds memory in between. */
export const MAX_UNACKED_CHUNKS = 2;
