/// <reference lib="webworker" />
// The chunk crypto of one envelope job, off the main thread. The main thread calls KMS (so the calls
// show in the audit trail), imports the data key as a non-extractable CryptoKey and hands it over;
// this worker streams the input through AES-GCM and posts each chunk back as it is ready.
import { decryptChunks, encryptChunks, isEnvelopeError } from '@/envelope';
import { MAX_UNACKED_CHUNKS, type FromWorker, type ToWorker } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

const UNREADABLE =
  'The browser could not read the file: it may have been moved, changed or deleted since you picked it. Pick it again. Nothing was saved as a finished file.';

let unacked = 0;
let resume: (() => void) | null = null;

const post = (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'ack') {
    unacked--;
    if (resume && unacked < MAX_UNACKED_CHUNKS) {
      resume();
      resume = null;
    }
    return;
  }
  const { job, session, input, offset } = message;
  let processed = offset;
  const sink = async (bytes: Uint8Array<ArrayBuffer>) => {
    // Progress counts input bytes consumed: plaintext when encrypting, file bytes (with tags) when decrypting.
    processed += job === 'encrypt' ? bytes.length - 16 : bytes.length + 16;
    post({ type: 'chunk', bytes, processed }, [bytes.buffer]);
    unacked++;
    if (unacked >= MAX_UNACKED_CHUNKS) await new Promise<void>((r) => (resume = r));
  };
  try {
    // File/Blob streams hand over fresh buffers, so each piece can be freed as soon as it is copied.
    const options = { releaseInput: true, headerLength: offset };
    const result =
      job === 'encrypt'
        ? await encryptChunks(input.stream(), session, sink, options)
        : await decryptChunks(input.stream(), session, sink, options);
    post({ type: 'done', chunks: result.chunks, plaintextBytes: result.plaintextBytes });
  } catch (err) {
    if (isEnvelopeError(err)) post({ type: 'error', code: err.code, message: err.message, chunkIndex: err.details.chunkIndex });
    else if (err instanceof DOMException && (err.name === 'NotReadableError' || err.name === 'NotFoundError')) {
      post({ type: 'error', code: 'invalid-input', message: UNREADABLE });
    } else post({ type: 'error', code: 'internal', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
};
