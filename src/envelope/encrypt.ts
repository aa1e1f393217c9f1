import { ByteSource, bufferPool, frames } from './byte-source';
import { encryptChunk, hashHeader, headerTag, type ChunkSession } from './chunk-crypto';
import { importDataKey } from './data-key';
import { type EncryptionContext } from './encryption-context';
import { EnvelopeError, cancelledError } from './errors';
import { FORMAT, encodeHeaderBody, type EnvelopeHeader } from './format';
import { kmsFailure } from './kms-errors';
import { releaseBuffer } from './release-buffer';
import type { DataKeyProvider } from './provider';
import type { ByteSink, ProgressListener, StepListener } from './steps';

/** Inputs for {@link prepareEncryption}. */
export interface PrepareEncryptionOptions {
  provider: DataKeyProvider;
  /** Key id, ARN, alias name or alias ARN of a symmetric encryption KMS key. */
  keyId: string;
  encryptionContext?: EncryptionContext;
  /** Plaintext bytes per chunk; default {@link FORMAT}.defaultChunkSize. */
  chunkSize?: number;
  /** Fills the nonce prefix; default crypto.getRandomValues. Inject for reproducible tests only. */
  random?: (bytes: Uint8Array) => void;
  onStep?: StepListener;
}

/** A file ready to be written: its header bytes and what the chunk loop needs. */
export interface PreparedEncryption {
  /** The complete header (including its tag): write it first. */
  header: Uint8Array<ArrayBuffer>;
  fields: EnvelopeHeader;
  session: ChunkSession;
}

/**
 * Step one and two of envelope encryption: asks KMS for a data key, keeps it only as a
 * non-extractable CryptoKey (the plaintext bytes are zeroed at once), and builds the authenticated
 * header that carries the wrapped key.
 *
 * @throws EnvelopeError naming the KMS problem (disabled key, wrong key type, access denied...)
 */
export async function prepareEncryption(options: PrepareEncryptionOptions): Promise<PreparedEncryption> {
  const { provider, onStep } = options;
  const keyId = options.keyId.trim();
  if (!keyId) throw new EnvelopeError('invalid-input', 'Choose a KMS key to encrypt with.');
  const encryptionContext = { ...(options.encryptionContext ?? {}) };
  const chunkSize = options.chunkSize ?? FORMAT.defaultChunkSize;

  onStep?.({ step: 'generate-data-key', state: 'active' });
  let dataKey: Awaited<ReturnType<DataKeyProvider['generateDataKey']>>;
  try {
    dataKey = await provider.generateDataKey(keyId, encryptionContext);
  } catch (err) {
    onStep?.({ step: 'generate-data-key', state: 'failed' });
    throw kmsFailure(err, 'GenerateDataKey');
  }
  onStep?.({
    step: 'generate-data-key',
    state: 'done',
    note: `KMS returned a ${dataKey.plaintext.length}-byte plaintext data key and a ${dataKey.ciphertextBlob.length}-byte wrapped copy under ${dataKey.keyId}.`,
  });

  onStep?.({ step: 'discard-plaintext-key', state: 'active' });
  const key = await importDataKey(dataKey.plaintext);
  onStep?.({
    step: 'discard-plaintext-key',
    state: 'done',
    note: 'Imported as a non-extractable CryptoKey, then the 32 plaintext bytes were overwritten with zeros.',
  });

  const noncePrefix = new Uint8Array(FORMAT.noncePrefixLength);
  (options.random ?? ((b: Uint8Array) => crypto.getRandomValues(b)))(noncePrefix);
  const fields: EnvelopeHeader = {
    version: FORMAT.version,
    algorithm: FORMAT.algorithmAes256GcmChunked,
    chunkSize,
    noncePrefix,
    keyId: dataKey.keyId,
    wrappedDataKey: dataKey.ciphertextBlob,
    encryptionContext,
  };
  const body = encodeHeaderBody(fields) as Uint8Array<ArrayBuffer>;
  const tag = await headerTag(key, noncePrefix, body);
  const header = new Uint8Array(body.length + tag.length);
  header.set(body);
  header.set(tag, body.length);
  return { header, fields, session: { key, noncePrefix, headerHash: await hashHeader(body), chunkSize } };
}

/** Options for the chunk loops. */
export interface ChunkLoopOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /**
   * True when the input stream hands over fresh buffers it never reuses (as Blob/File `stream()`
   * does): each piece is then detached right after it is copied, freeing its memory at once.
   * Leave false for streams that enqueue views into a buffer they keep.
   */
  releaseInput?: boolean;
  /**
   * True when the sink is done with each piece once its promise resolves (it copied or wrote it:
   * a file writer, `new Blob([bytes])`, a counter): the output buffer is then detached at once.
   * Leave false if the sink keeps the arrays it receives.
   */
  releaseOutput?: boolean;
  /**
   * Chunks in flight at once. WebCrypto runs off the calling thread, so two or more keep it busy
   * while the next chunk is read. Memory held ≈ (concurrency + 1) × chunk size × 2.
   */
  concurrency?: number;
}

/** Totals of a finished chunk loop. */
export interface ChunkLoopResult {
  chunks: number;
  plaintextBytes: number;
}

/** Default chunks in flight; measured by scripts/bench-envelope (see FORMAT.md). */
export const DEFAULT_CONCURRENCY = 3;

/**
 * Encrypts a plaintext stream into chunks (ciphertext ‖ tag each) and writes them to `sink` in order.
 * Does not write the header: the caller writes `prepared.header` first.
 */
export async function encryptChunks(
  input: ReadableStream<Uint8Array> | ByteSource,
  session: ChunkSession,
  sink: ByteSink,
  options: ChunkLoopOptions = {},
): Promise<ChunkLoopResult> {
  const source = input instanceof ByteSource ? input : new ByteSource(input, options.signal, options.releaseInput);
  const pool = bufferPool(session.chunkSize);
  const depth = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const inFlight: { done: Promise<Uint8Array<ArrayBuffer>>; buffer: Uint8Array<ArrayBuffer>; size: number }[] = [];
  let index = 0;
  let plaintextBytes = 0;

  const settleOldest = async () => {
    const oldest = inFlight.shift()!;
    const sealed = await oldest.done;
    pool.release(oldest.buffer);
    if (options.signal?.aborted) throw cancelledError();
    await sink(sealed);
    if (options.releaseOutput) releaseBuffer(sealed);
    plaintextBytes += oldest.size;
    options.onProgress?.(plaintextBytes);
  };

  try {
    for await (const frame of frames(source, session.chunkSize, pool.acquire)) {
      if (index >= FORMAT.headerTagIndex) throw new EnvelopeError('invalid-input', 'The input is too large for one .kmslab file.');
      inFlight.push({ done: encryptChunk(session, index, frame.final, frame.bytes), buffer: frame.buffer, size: frame.bytes.length });
      index++;
      if (inFlight.length >= depth) await settleOldest();
    }
    while (inFlight.length) await settleOldest();
  } catch (err) {
    await source.cancel();
    // Let pending WebCrypto calls finish quietly; their results are discarded.
    await Promise.allSettled(inFlight.map((f) => f.done));
    throw err;
  }
  return { chunks: index, plaintextBytes };
}

/** Inputs for {@link encryptEnvelope}: {@link PrepareEncryptionOptions} plus the data and where it goes. */
export interface EncryptEnvelopeOptions extends PrepareEncryptionOptions, ChunkLoopOptions {
  input: ReadableStream<Uint8Array>;
  sink: ByteSink;
}

/**
 * Envelope-encrypts a whole stream into the .kmslab format: GenerateDataKey, zero the plaintext
 * key, encrypt the chunks locally, and store the wrapped key in the header beside the data.
 * Reads and writes one chunk at a time, so memory stays bounded whatever the input size.
 */
export async function encryptEnvelope(
  options: EncryptEnvelopeOptions,
): Promise<ChunkLoopResult & { header: EnvelopeHeader; headerLength: number }> {
  const { onStep } = options;
  const prepared = await prepareEncryption(options);
  if (options.signal?.aborted) throw cancelledError();
  onStep?.({ step: 'encrypt-locally', state: 'active' });
  let result: ChunkLoopResult;
  try {
    await options.sink(prepared.header);
    result = await encryptChunks(options.input, prepared.session, options.sink, options);
  } catch (err) {
    onStep?.({ step: 'encrypt-locally', state: 'failed' });
    throw err;
  }
  onStep?.({
    step: 'encrypt-locally',
    state: 'done',
    note: `${result.chunks} chunk${result.chunks === 1 ? '' : 's'} of AES-256-GCM, ${result.plaintextBytes} bytes.`,
  });
  onStep?.({
    step: 'store-wrapped-key',
    state: 'done',
    note: `The ${prepared.fields.wrappedDataKey.length}-byte wrapped data key is in the file's ${prepared.header.length}-byte header.`,
  });
  return { ...result, header: prepared.fields, headerLength: prepared.header.length };
}
