import { EnvelopeError, cancelledError, type ChunkSession } from '@/envelope';
import { releaseBuffer } from '@/envelope';
import type { FromWorker, StartJob } from './worker-protocol';

/** What {@link runChunkJob} needs. */
export interface ChunkJob {
  job: 'encrypt' | 'decrypt';
  session: ChunkSession;
  input: Blob;
  /** Bytes before `input` (the header when decrypting), counted in progress. */
  offset: number;
  /** Writes one output piece; awaited before the worker may send more. */
  write: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>;
  onProgress?: (processed: number) => void;
  signal?: AbortSignal;
}

/**
 * Runs the chunk loop of one job in a fresh Web Worker and writes its output in order. The worker is
 * terminated when the job ends, which also drops its copy of the data key's CryptoKey.
 */
export function runChunkJob(job: ChunkJob): Promise<{ chunks: number; plaintextBytes: number }> {
  return new Promise((resolve, reject) => {
    if (job.signal?.aborted) return reject(cancelledError());
    const worker = new Worker(new URL('./envelope.worker.ts', import.meta.url), { type: 'module', name: 'kmslab-envelope' });
    let writing: Promise<void> = Promise.resolve();
    let settled = false;
    const finish = (error?: unknown, result?: { chunks: number; plaintextBytes: number }) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      job.signal?.removeEventListener('abort', onAbort);
      if (error) reject(error instanceof Error ? error : new Error(typeof error === 'string' ? error : 'the worker failed'));
      else resolve(result!);
    };
    const onAbort = () => finish(cancelledError());
    job.signal?.addEventListener('abort', onAbort);

    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'chunk') {
        // Writes are chained so they land in order even though messages arrive while one is pending.
        writing = writing.then(async () => {
          if (settled) return;
          await job.write(message.bytes);
          releaseBuffer(message.bytes);
          job.onProgress?.(message.processed);
          worker.postMessage({ type: 'ack' });
        });
        writing.catch((err: unknown) => finish(err));
      } else if (message.type === 'done') {
        writing.then(
          () => finish(undefined, { chunks: message.chunks, plaintextBytes: message.plaintextBytes }),
          (err: unknown) => finish(err),
        );
      } else {
        const error =
          message.code === 'internal'
            ? new Error(`The encryption worker failed: ${message.message}`)
            : new EnvelopeError(message.code, message.message, { chunkIndex: message.chunkIndex });
        finish(error);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(new Error(`The encryption worker could not run: ${event.message || 'unknown error'}`));
    };
    const start: StartJob = { type: 'start', job: job.job, session: job.session, input: job.input, offset: job.offset };
    worker.postMessage(start);
  });
}
