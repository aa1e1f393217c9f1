// Benchmark page for `npm run bench:envelope` (built by scripts/bench-envelope.mjs, run in headless
// Chromium). Compares src/envelope with raw WebCrypto AES-GCM over the same chunk sizes, in the same
// page and run, and measures heap while streaming large inputs.
import {
  ByteSource,
  decryptEnvelope,
  encryptEnvelope,
  openEnvelope,
  prepareEncryption,
  readHeaderFromBlob,
  type DataKeyProvider,
} from '@/envelope';
import { runChunkJob } from '@/features/envelope/run-chunk-job';
import { bufferPool, frames } from '@/envelope/byte-source';

const MiB = 1024 * 1024;

/** A provider that wraps with a local AES key: one call per file, so its cost is irrelevant here. */
async function localProvider(): Promise<DataKeyProvider> {
  const root = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = new Uint8Array(12);
  return {
    async generateDataKey() {
      const plaintext = crypto.getRandomValues(new Uint8Array(32));
      const blob = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, root, plaintext));
      return { plaintext, ciphertextBlob: blob, keyId: 'arn:aws:kms:us-east-1:111122223333:key/bench' };
    },
    async decrypt(blob) {
      const plaintext = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, root, blob as Uint8Array<ArrayBuffer>));
      return { plaintext, keyId: 'arn:aws:kms:us-east-1:111122223333:key/bench' };
    },
  };
}

function randomMiB(): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(MiB);
  for (let at = 0; at < MiB; at += 65536) crypto.getRandomValues(out.subarray(at, at + 65536));
  return out;
}

/**
 * `total` bytes as a stream of 64 KiB pieces, the piece size Chromium's File/Blob streams deliver.
 * Generated rather than a Blob: headless Chromium's off-the-record profile keeps Blobs in memory
 * and refuses very large ones, while a user's File is disk-backed.
 */
function generatedStream(total: number, fresh = false, piece = 65536): ReadableStream<Uint8Array> {
  const block = randomMiB();
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= total) return controller.close();
        const offset = at % MiB;
        const n = Math.min(piece, total - at, MiB - offset);
        // fresh: a new buffer per piece, as File.stream() gives (and as much garbage); else views.
        controller.enqueue(fresh ? block.slice(offset, offset + n) : block.subarray(offset, offset + n));
        at += n;
      },
    },
    { highWaterMark: 0 },
  );
}

/** Replays collected parts as 64 KiB pieces (views, no copies), like reading the written file back. */
function replayStream(parts: Uint8Array[], piece = 65536): ReadableStream<Uint8Array> {
  let i = 0;
  let at = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const part = parts[i];
        if (!part) return controller.close();
        const n = Math.min(piece, part.length - at);
        controller.enqueue(part.subarray(at, at + n));
        at += n;
        if (at >= part.length) {
          i++;
          at = 0;
        }
      },
    },
    { highWaterMark: 0 },
  );
}

/** Like {@link generatedStream} but a byte stream, as `File.stream()` is: BYOB reads are filled in place. */
function generatedByteStream(total: number, piece = 65536): ReadableStream<Uint8Array> {
  const block = randomMiB();
  let at = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest;
      if (at >= total) {
        controller.close();
        request?.respond(0);
        return;
      }
      const offset = at % MiB;
      if (request?.view) {
        const view = new Uint8Array(request.view.buffer, request.view.byteOffset, request.view.byteLength);
        const n = Math.min(view.length, piece, total - at, MiB - offset);
        view.set(block.subarray(offset, offset + n));
        at += n;
        request.respond(n);
      } else {
        const n = Math.min(piece, total - at, MiB - offset);
        controller.enqueue(block.slice(offset, offset + n));
        at += n;
      }
    },
  });
}

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/** Raw WebCrypto: encrypt `total` bytes in `chunk`-byte pieces from memory, `depth` calls in flight. */
async function rawEncrypt(key: CryptoKey, data: Uint8Array<ArrayBuffer>, total: number, chunk: number, depth: number) {
  const iv = new Uint8Array(12);
  const out: ArrayBuffer[] = [];
  const inFlight: Promise<ArrayBuffer>[] = [];
  let i = 0;
  for (let at = 0; at < total; at += chunk, i++) {
    const view = data.subarray(at % data.length, (at % data.length) + Math.min(chunk, total - at));
    new DataView(iv.buffer).setUint32(8, i);
    inFlight.push(crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv.slice(), additionalData: new Uint8Array(37) }, key, view));
    if (inFlight.length >= depth) out.push(await inFlight.shift()!);
  }
  while (inFlight.length) out.push(await inFlight.shift()!);
  return out;
}

async function rawDecrypt(key: CryptoKey, sealed: ArrayBuffer[], depth: number) {
  const iv = new Uint8Array(12);
  const inFlight: Promise<ArrayBuffer>[] = [];
  let bytes = 0;
  for (let i = 0; i < sealed.length; i++) {
    new DataView(iv.buffer).setUint32(8, i);
    inFlight.push(crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv.slice(), additionalData: new Uint8Array(37) }, key, sealed[i]!));
    if (inFlight.length >= depth) bytes += (await inFlight.shift()!).byteLength;
  }
  while (inFlight.length) bytes += (await inFlight.shift()!).byteLength;
  return bytes;
}

export interface ThroughputResult {
  chunkSize: number;
  mb: number;
  envelopeEncryptMBps: number;
  envelopeDecryptMBps: number;
  rawSequentialEncryptMBps: number;
  rawSequentialDecryptMBps: number;
  rawPipelinedEncryptMBps: number;
  rawPipelinedDecryptMBps: number;
  workerEncryptMBps: number;
  workerDecryptMBps: number;
  blobStreamReadMBps: number;
  blobStreamByobReadMBps: number;
}

let sharedData: Uint8Array<ArrayBuffer> | null = null;

/**
 * One pass: every contender processes `mb` MiB once, as one file, one after the other in the same
 * page. The order rotates with `pass` so no contender always runs first (or last) in a pass; the
 * driver repeats passes and takes the median of the per-pass ratios, so drift in machine speed hits
 * all contenders of a pass alike.
 *
 * - raw: WebCrypto AES-GCM over the same chunk sizes from memory, sequential and `concurrency` in
 *   flight: the browser's own speed, the yardstick.
 * - envelope: src/envelope on this thread, one .kmslab file, reading a stream of 64 KiB pieces (the
 *   piece size Chromium's file streams deliver) and decrypting that file back.
 * - worker: the /lab/envelope page's path: the chunk loop in the page's Web Worker, reading a Blob.
 * - blob: Blob.stream() alone, no crypto: how fast this browser hands out a Blob's bytes.
 */
async function throughput(mb: number, chunkSize: number, concurrency: number, pass = 0): Promise<ThroughputResult> {
  const provider = await localProvider();
  const total = mb * MiB;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  if (!sharedData) {
    sharedData = new Uint8Array(64 * MiB);
    for (let at = 0; at < sharedData.length; at += MiB) sharedData.set(randomMiB(), at);
  }
  const data = sharedData;
  const time: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    if (location.hash === '#trace') console.log(`start ${name}`);
    try {
      const result = await fn();
      time[name] = seconds(t0);
      return result;
    } catch (err) {
      throw new Error(`${name}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`, { cause: err });
    }
  };

  // Each contender is encrypt then decrypt of its own output, so decrypt always follows its encrypt.
  let fileParts: Uint8Array[] = [];
  let headerLength = 0;
  const contenders: (() => Promise<void>)[] = [
    async () => {
      const sealed = await timed('encSequential', () => rawEncrypt(key, data, total, chunkSize, 1));
      await timed('decSequential', () => rawDecrypt(key, sealed, 1));
    },
    async () => {
      const sealed = await timed('encPipelined', () => rawEncrypt(key, data, total, chunkSize, concurrency));
      await timed('decPipelined', () => rawDecrypt(key, sealed, concurrency));
    },
    async () => {
      const parts: Uint8Array[] = [];
      const result = await timed('envelopeEncrypt', () =>
        encryptEnvelope({
          provider,
          keyId: 'bench',
          chunkSize,
          concurrency,
          input: generatedStream(total),
          sink: (b) => void parts.push(b),
        }),
      );
      let plainBytes = 0;
      await timed('envelopeDecrypt', () =>
        decryptEnvelope({
          provider,
          input: replayStream(parts),
          concurrency,
          releaseOutput: true,
          sink: (b) => void (plainBytes += b.length),
        }),
      );
      if (plainBytes !== total) throw new Error(`decrypted ${plainBytes} of ${total} bytes`);
      fileParts = parts;
      headerLength = result.headerLength;
    },
  ];
  for (let i = 0; i < contenders.length; i++) await contenders[(i + pass) % contenders.length]!();

  // The page's worker path reads Blobs: the first `blobMb` MiB of the file the envelope contender
  // wrote, then as much plaintext. At most 64 MiB each: headless Chromium fails to read Blobs once a
  // few hundred MiB of them are held (NotReadableError, "network error"), though a user's File is
  // disk-backed. Rates are per MiB, so they compare with the raw rates of the same pass.
  const blobMb = Math.min(mb, 64);
  const blobTotal = blobMb * MiB;
  const fileChunks = Math.ceil(blobTotal / chunkSize);
  let fileBlob: Blob | null = new Blob(fileParts.slice(0, 1 + fileChunks) as Uint8Array<ArrayBuffer>[]);
  // eslint-disable-next-line no-useless-assignment -- drops the parts so their memory can be collected before the next measurement
  fileParts = [];
  {
    const parsed = await readHeaderFromBlob(fileBlob);
    const { session } = await openEnvelope({ provider, parsed });
    let out = 0;
    // Unless the file is whole, its last chunk read is not marked final: the job must fail exactly there.
    const input = fileBlob.slice(headerLength);
    const t0 = performance.now();
    const failure = await runChunkJob({
      job: 'decrypt',
      session,
      input,
      offset: headerLength,
      write: async (b) => void (out += b.length),
    }).catch((e: unknown) => e);
    time.workerDecrypt = seconds(t0);
    const whole = blobMb === mb;
    const asExpected = whole
      ? !(failure instanceof Error) && out === total
      : failure instanceof Error && /truncated/.test(failure.message) && out === blobTotal - chunkSize;
    if (!asExpected)
      throw new Error(
        `worker decrypt: expected ${whole ? 'success' : 'a truncation error'} after ${whole ? total : blobTotal - chunkSize} bytes, got ${String(failure)} after ${out}`,
      );
  }
  // eslint-disable-next-line no-useless-assignment -- drops the blob so its memory can be collected before the next measurement
  fileBlob = null;
  const plainBlob = new Blob([data.subarray(0, blobTotal)]);
  const workerRuns = [
    async () => {
      const prepared = await prepareEncryption({ provider, keyId: 'bench', chunkSize });
      let out = 0;
      await timed('workerEncrypt', () =>
        runChunkJob({ job: 'encrypt', session: prepared.session, input: plainBlob, offset: 0, write: async (b) => void (out += b.length) }),
      );
      if (out !== blobTotal + fileChunks * 16) throw new Error(`worker wrote ${out} bytes`);
    },
    async () => {
      await timed('blobRead', async () => {
        const reader = plainBlob.stream().getReader();
        while (!(await reader.read()).done);
      });
      // The same with a BYOB reader into one reused chunk-size buffer, as src/envelope reads byte streams.
      await timed('blobReadByob', async () => {
        const reader = plainBlob.stream().getReader({ mode: 'byob' });
        let buffer = new Uint8Array(chunkSize);
        for (;;) {
          const { done, value } = await reader.read(buffer);
          if (done || !value) break;
          buffer = new Uint8Array(value.buffer);
        }
      });
    },
  ];
  for (const run of workerRuns) await run();

  const rate = (s: number) => Math.round((mb / s) * 10) / 10;
  const blobRate = (s: number) => Math.round((blobMb / s) * 10) / 10;
  return {
    chunkSize,
    mb,
    envelopeEncryptMBps: rate(time.envelopeEncrypt!),
    envelopeDecryptMBps: rate(time.envelopeDecrypt!),
    rawSequentialEncryptMBps: rate(time.encSequential!),
    rawSequentialDecryptMBps: rate(time.decSequential!),
    rawPipelinedEncryptMBps: rate(time.encPipelined!),
    rawPipelinedDecryptMBps: rate(time.decPipelined!),
    workerEncryptMBps: blobRate(time.workerEncrypt!),
    workerDecryptMBps: blobRate(time.workerDecrypt),
    blobStreamReadMBps: blobRate(time.blobRead!),
    blobStreamByobReadMBps: blobRate(time.blobReadByob!),
  };
}

/**
 * Memory: (1) encrypts `mb` MiB with output discarded (as when writing to a file handle); (2) pipes
 * `mb` MiB through encryptEnvelope straight into decryptEnvelope, output discarded, so both
 * directions run at once without the whole ciphertext ever existing. The driver samples the heap.
 */
async function memoryRun(mb: number, chunkSize: number, concurrency: number, mark: (phase: string) => Promise<void>) {
  const provider = await localProvider();
  // performance.memory (precise with --enable-precise-memory-info) read at every chunk: the page's
  // main thread is busy between chunks, so samples taken from outside would arrive too late.
  const peaks: Record<string, { base: number; peak: number }> = {};
  let phase = '';
  const sample = () => {
    const used = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const p = (peaks[phase] ??= { base: used, peak: used });
    p.peak = Math.max(p.peak, used);
  };
  const onProgress = sample;
  const total = mb * MiB;
  await mark('encrypt-start');
  phase = 'encrypt';
  sample();
  let out = 0;
  await encryptEnvelope({
    provider,
    keyId: 'bench',
    chunkSize,
    concurrency,
    input: generatedByteStream(total),
    releaseOutput: true,
    sink: (b) => void (out += b.length),
    onProgress,
  });
  await mark('encrypt-end');

  await mark('pipeline-start');
  phase = 'pipeline';
  sample();
  const pipe = new TransformStream<Uint8Array, Uint8Array>(undefined, { highWaterMark: 2 }, { highWaterMark: 2 });
  const writer = pipe.writable.getWriter();
  let plain = 0;
  const decrypting = decryptEnvelope({
    provider,
    input: pipe.readable,
    concurrency,
    releaseInput: true,
    releaseOutput: true,
    sink: (b) => void (plain += b.length),
    onProgress,
  });
  await encryptEnvelope({
    provider,
    keyId: 'bench',
    chunkSize,
    concurrency,
    input: generatedByteStream(total),
    sink: async (b) => {
      await writer.ready;
      void writer.write(b);
    },
  });
  await writer.close();
  await decrypting;
  await mark('pipeline-end');
  if (plain !== total) throw new Error(`decrypted ${plain} of ${total} bytes`);
  return { encryptedBytes: out, decryptedBytes: plain, peaks };
}

/** Probes for the report: stream+framing alone, and what performance.memory counts. */
async function probe(mb: number, chunkSize: number) {
  const pool = bufferPool(chunkSize);
  const t0 = performance.now();
  let n = 0;
  for await (const f of frames(new ByteSource(generatedStream(mb * MiB)), chunkSize, pool.acquire)) {
    n += f.bytes.length;
    pool.release(f.buffer);
  }
  const framingMBps = mb / seconds(t0);
  const mem = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  const before = mem();
  const big = new Uint8Array(100 * MiB);
  big[5] = 1;
  const after = mem();
  return { framingMBps, bytes: n, usedJSHeapGrowthFor100MiBArrayBufferMiB: (after - before) / MiB, big: big.length };
}

declare global {
  interface Window {
    benchThroughput: typeof throughput;
    benchMemory: (mb: number, chunkSize: number, concurrency: number) => ReturnType<typeof memoryRun>;
    benchMark?: (phase: string) => Promise<void>;
    benchProbe: typeof probe;
  }
}

window.benchThroughput = throughput;
window.benchProbe = probe;
window.benchMemory = (mb, chunkSize, concurrency) =>
  memoryRun(mb, chunkSize, concurrency, (p) => window.benchMark?.(p) ?? Promise.resolve());
document.title = 'ready';
