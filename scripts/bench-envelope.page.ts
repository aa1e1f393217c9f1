// Benchmark page for `npm run bench:envelope` (built by scripts/bench-envelope.mjs, run in headless
// Chromium). Compares src/envelope with raw WebCrypto AES-GCM over the same chunk sizes, in the same
// page and run, and measures heap while streaming large inputs.
import { ByteSource, decryptEnvelope, encryptEnvelope, type DataKeyProvider } from '@/envelope';
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
  }) as ReadableStream<Uint8Array>;
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
  blobStreamReadMBps: number;
  blobStreamByobReadMBps: number;
}

/**
 * Encrypts and decrypts `mb` MiB with each contender. The machine's speed drifts (shared CPUs), so
 * the work is cut into `rounds` rounds and every round runs every contender on the same slice, one
 * after the other; each contender's time is the sum over rounds. Drift then hits all alike.
 */
async function throughput(mb: number, chunkSize: number, concurrency: number, rounds = 8): Promise<ThroughputResult> {
  const provider = await localProvider();
  const slice = (mb * MiB) / rounds;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const data = new Uint8Array(64 * MiB);
  for (let at = 0; at < data.length; at += MiB) data.set(randomMiB(), at);
  const time: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await fn();
    time[name] = (time[name] ?? 0) + seconds(t0);
    return result;
  };

  for (let round = 0; round < rounds; round++) {
    // Raw WebCrypto over the same chunk sizes, from memory (no stream, no header): the browser's own speed.
    for (const [name, depth] of [['Sequential', 1], ['Pipelined', concurrency]] as const) {
      const sealed = await timed(`enc${name}`, () => rawEncrypt(key, data, slice, chunkSize, depth));
      await timed(`dec${name}`, () => rawDecrypt(key, sealed, depth));
    }
    // src/envelope reading a stream of 64 KiB pieces from memory, so this compares the core's own
    // cost (framing, header, ordering) with raw WebCrypto; the Blob lines below show the file-read cost.
    const parts: Uint8Array[] = [];
    await timed('envelopeEncrypt', () =>
      encryptEnvelope({ provider, keyId: 'bench', chunkSize, concurrency, input: generatedStream(slice), sink: (b) => void parts.push(b) }),
    );
    let plainBytes = 0;
    await timed('envelopeDecrypt', () =>
      decryptEnvelope({ provider, input: replayStream(parts), concurrency, releaseOutput: true, sink: (b) => void (plainBytes += b.length) }),
    );
    // For context only: how fast this browser hands out a Blob's bytes through Blob.stream(), no crypto.
    const blob = new Blob([data.subarray(0, slice)]);
    await timed('blobRead', async () => {
      const reader = blob.stream().getReader();
      while (!(await reader.read()).done);
    });
    // The same with a BYOB reader into one reused chunk-size buffer, as src/envelope reads byte streams.
    await timed('blobReadByob', async () => {
      const reader = blob.stream().getReader({ mode: 'byob' });
      let buffer = new Uint8Array(chunkSize);
      for (;;) {
        const { done, value } = await reader.read(buffer);
        if (done || !value) break;
        buffer = new Uint8Array(value.buffer as ArrayBuffer);
      }
    });
    if (plainBytes !== slice) throw new Error(`decrypted ${plainBytes} of ${slice} bytes`);
  }
  const rate = (s: number) => Math.round((mb / s) * 10) / 10;
  return {
    chunkSize,
    mb,
    envelopeEncryptMBps: rate(time.envelopeEncrypt!),
    envelopeDecryptMBps: rate(time.envelopeDecrypt!),
    rawSequentialEncryptMBps: rate(time.encSequential!),
    rawSequentialDecryptMBps: rate(time.decSequential!),
    rawPipelinedEncryptMBps: rate(time.encPipelined!),
    rawPipelinedDecryptMBps: rate(time.decPipelined!),
    blobStreamReadMBps: rate(time.blobRead!),
    blobStreamByobReadMBps: rate(time.blobReadByob!),
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
  await encryptEnvelope({ provider, keyId: 'bench', chunkSize, concurrency, input: generatedByteStream(total), releaseOutput: true, sink: (b) => void (out += b.length), onProgress });
  await mark('encrypt-end');

  await mark('pipeline-start');
  phase = 'pipeline';
  sample();
  const pipe = new TransformStream<Uint8Array, Uint8Array>(undefined, { highWaterMark: 2 }, { highWaterMark: 2 });
  const writer = pipe.writable.getWriter();
  let plain = 0;
  const decrypting = decryptEnvelope({ provider, input: pipe.readable, concurrency, releaseInput: true, releaseOutput: true, sink: (b) => void (plain += b.length), onProgress });
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
  let t0 = performance.now();
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
  t0 = performance.now();
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
window.benchMemory = (mb, chunkSize, concurrency) => memoryRun(mb, chunkSize, concurrency, (p) => window.benchMark?.(p) ?? Promise.resolve());
document.title = 'ready';
