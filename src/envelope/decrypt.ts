import { ByteSource, bufferPool, frames } from './byte-source';
import { decryptChunk, hashHeader, headerTag, sameBytes, type ChunkSession } from './chunk-crypto';
import { importDataKey } from './data-key';
import { sameEncryptionContext, type EncryptionContext } from './encryption-context';
import { EnvelopeError, cancelledError } from './errors';
import { FORMAT, parseHeader, readHeaderLength, type EnvelopeHeader, type ParsedHeader } from './format';
import { kmsFailure } from './kms-errors';
import { releaseBuffer } from './release-buffer';
import type { DataKeyProvider } from './provider';
import type { ChunkLoopOptions, ChunkLoopResult } from './encrypt';
import type { ByteSink, StepListener } from './steps';

/**
 * Reads and parses the header at the start of a byte source, leaving the source at the first chunk.
 *
 * @throws EnvelopeError `foreign-file`, `unsupported-version`, `truncated`, `corrupted-header`...
 */
export async function readHeader(source: ByteSource): Promise<ParsedHeader> {
  const prefix = await source.readUpTo(14);
  const length = readHeaderLength(prefix);
  const rest = await source.readUpTo(length - prefix.length);
  const all = new Uint8Array(length);
  all.set(prefix);
  all.set(rest, prefix.length);
  return parseHeader(all.subarray(0, prefix.length + rest.length));
}

/**
 * Reads and parses the header of a file without reading the rest: fetches the fixed prefix, then
 * exactly the header bytes. Lets a page show what a .kmslab file holds before decrypting it.
 */
export async function readHeaderFromBlob(blob: Blob): Promise<ParsedHeader> {
  const prefix = new Uint8Array(await blob.slice(0, 14).arrayBuffer());
  const length = readHeaderLength(prefix);
  return parseHeader(new Uint8Array(await blob.slice(0, length).arrayBuffer()));
}

/** Inputs for {@link openEnvelope}. */
export interface OpenEnvelopeOptions {
  provider: DataKeyProvider;
  parsed: ParsedHeader;
  /**
   * The encryption context to send to KMS Decrypt. Defaults to the one stored in the header;
   * passing another shows what KMS does with a wrong context (it refuses).
   */
  encryptionContext?: EncryptionContext;
  onStep?: StepListener;
}

/**
 * Decrypt steps one to three: KMS Decrypt on the wrapped data key (no key id: KMS reads it from the
 * blob), keep the key only as a non-extractable CryptoKey (plaintext zeroed), and check the header tag.
 *
 * @throws EnvelopeError naming the problem (wrong context, disabled key, access denied, tampered header...)
 */
export async function openEnvelope(options: OpenEnvelopeOptions): Promise<{ session: ChunkSession; keyId: string }> {
  const { provider, parsed, onStep } = options;
  const stored = parsed.header.encryptionContext;
  const context = options.encryptionContext ?? stored;
  onStep?.({ step: 'decrypt-data-key', state: 'active' });
  let result: Awaited<ReturnType<DataKeyProvider['decrypt']>>;
  try {
    result = await provider.decrypt(parsed.header.wrappedDataKey, context);
  } catch (err) {
    onStep?.({ step: 'decrypt-data-key', state: 'failed' });
    throw kmsFailure(err, 'Decrypt', !sameEncryptionContext(context, stored));
  }
  onStep?.({
    step: 'decrypt-data-key',
    state: 'done',
    note: `KMS unwrapped the ${parsed.header.wrappedDataKey.length}-byte wrapped key with ${result.keyId} (found from the blob itself).`,
  });
  onStep?.({ step: 'discard-plaintext-key', state: 'active' });
  const key = await importDataKey(result.plaintext);
  onStep?.({
    step: 'discard-plaintext-key',
    state: 'done',
    note: 'Imported as a non-extractable CryptoKey, then the 32 plaintext bytes were overwritten with zeros.',
  });
  const authenticated = parsed.authenticated as Uint8Array<ArrayBuffer>;
  const expected = await headerTag(key, parsed.header.noncePrefix, authenticated);
  if (!sameBytes(expected, parsed.tag)) {
    throw new EnvelopeError(
      'header-tampered',
      "This file's header was changed after it was written (its authentication tag does not match). The file cannot be trusted and was not decrypted.",
    );
  }
  return {
    session: {
      key,
      noncePrefix: parsed.header.noncePrefix,
      headerHash: await hashHeader(authenticated),
      chunkSize: parsed.header.chunkSize,
    },
    keyId: result.keyId,
  };
}

/**
 * Decrypts the chunks that follow the header, in order, into `sink`. Each chunk reaches the sink
 * only after its own tag verified, but the file as a whole is authentic only when this resolves
 * (the final chunk carries the end-of-file flag): callers must not offer the output as good before
 * that — the page writes to a temporary file or a Blob it throws away on failure.
 *
 * @throws EnvelopeError `truncated`, `chunk-tampered`, `trailing-data` or `cancelled`, naming the chunk
 */
export async function decryptChunks(
  input: ReadableStream<Uint8Array> | ByteSource,
  session: ChunkSession,
  sink: ByteSink,
  options: ChunkLoopOptions & { headerLength?: number } = {},
): Promise<ChunkLoopResult> {
  const source = input instanceof ByteSource ? input : new ByteSource(input, options.signal, options.releaseInput);
  const frameSize = session.chunkSize + FORMAT.tagLength;
  const pool = bufferPool(frameSize);
  const depth = Math.max(1, options.concurrency ?? 3);
  type Pending = {
    index: number;
    final: boolean;
    sealed: Uint8Array<ArrayBuffer>;
    buffer: Uint8Array<ArrayBuffer>;
    done: Promise<Uint8Array<ArrayBuffer> | null>;
  };
  const inFlight: Pending[] = [];
  let index = 0;
  let consumed = options.headerLength ?? 0;
  let plaintextBytes = 0;

  const settleOldest = async () => {
    const p = inFlight.shift()!;
    const plain = await p.done;
    if (!plain) throw await diagnose(session, p);
    pool.release(p.buffer);
    if (options.signal?.aborted) throw cancelledError();
    // Count before handing over: a sink may transfer the buffer to another thread, emptying it.
    plaintextBytes += plain.length;
    await sink(plain);
    if (options.releaseOutput) releaseBuffer(plain);
    consumed += p.sealed.length;
    options.onProgress?.(consumed);
  };

  try {
    for await (const frame of frames(source, frameSize, pool.acquire)) {
      if (frame.final && frame.bytes.length < FORMAT.tagLength) {
        // Let earlier chunks report first: a flipped bit there is the better explanation.
        while (inFlight.length) await settleOldest();
        throw new EnvelopeError(
          'truncated',
          index === 0 && frame.bytes.length === 0
            ? 'This .kmslab file is truncated: it ends right after its header, with no encrypted data. Use the complete file.'
            : `This .kmslab file is truncated: it ends inside chunk ${index}. Use the complete file.`,
          { chunkIndex: index },
        );
      }
      inFlight.push({
        index,
        final: frame.final,
        sealed: frame.bytes,
        buffer: frame.buffer,
        done: decryptChunk(session, index, frame.final, frame.bytes),
      });
      index++;
      if (inFlight.length >= depth) await settleOldest();
    }
    while (inFlight.length) await settleOldest();
  } catch (err) {
    await source.cancel();
    await Promise.allSettled(inFlight.map((f) => f.done));
    throw err;
  }
  return { chunks: index, plaintextBytes };
}

/**
 * Explains a chunk that failed authentication. Trying the opposite final flag tells apart a file cut
 * exactly at a chunk boundary, extra bytes after the real end, and changed bytes.
 */
async function diagnose(
  session: ChunkSession,
  p: { index: number; final: boolean; sealed: Uint8Array<ArrayBuffer> },
): Promise<EnvelopeError> {
  const flipped = await decryptChunk(session, p.index, !p.final, p.sealed);
  const details = { chunkIndex: p.index };
  if (flipped && p.final) {
    return new EnvelopeError(
      'truncated',
      `This .kmslab file is truncated: it ends after chunk ${p.index}, but that chunk is not marked as the last one, so the rest of the file is missing. Nothing was decrypted as good.`,
      details,
    );
  }
  if (flipped && !p.final) {
    return new EnvelopeError(
      'trailing-data',
      `This .kmslab file has extra bytes after its end: chunk ${p.index} is marked as the last one, but more data follows it. Nothing was decrypted as good.`,
      details,
    );
  }
  return new EnvelopeError(
    'chunk-tampered',
    p.final
      ? `Chunk ${p.index}, the last one in this file, failed authentication: the file was cut short or has extra bytes at its end, or its bytes were changed. Nothing was decrypted as good.`
      : `Chunk ${p.index} failed authentication: its bytes were changed, chunks were reordered, or it comes from another file. Nothing was decrypted as good.`,
    details,
  );
}

/** Inputs for {@link decryptEnvelope}. */
export interface DecryptEnvelopeOptions extends ChunkLoopOptions {
  provider: DataKeyProvider;
  /** The whole .kmslab file as a stream. */
  input: ReadableStream<Uint8Array>;
  sink: ByteSink;
  encryptionContext?: EncryptionContext;
  onStep?: StepListener;
}

/**
 * Decrypts a whole .kmslab stream: read the header, KMS Decrypt the wrapped key, zero the plaintext
 * key, check the header, decrypt the chunks. See {@link decryptChunks} for when output is trustworthy.
 */
export async function decryptEnvelope(
  options: DecryptEnvelopeOptions,
): Promise<ChunkLoopResult & { header: EnvelopeHeader; keyId: string }> {
  const { onStep } = options;
  const source = new ByteSource(options.input, options.signal, options.releaseInput);
  let parsed: ParsedHeader;
  onStep?.({ step: 'read-header', state: 'active' });
  try {
    parsed = await readHeader(source);
  } catch (err) {
    onStep?.({ step: 'read-header', state: 'failed' });
    await source.cancel();
    throw err;
  }
  onStep?.({
    step: 'read-header',
    state: 'done',
    note: `Format version ${parsed.header.version}, ${parsed.header.chunkSize}-byte chunks.`,
  });
  let opened: Awaited<ReturnType<typeof openEnvelope>>;
  try {
    opened = await openEnvelope({ ...options, parsed });
  } catch (err) {
    await source.cancel();
    throw err;
  }
  onStep?.({ step: 'decrypt-locally', state: 'active' });
  try {
    const result = await decryptChunks(source, opened.session, options.sink, { ...options, headerLength: parsed.length });
    onStep?.({ step: 'decrypt-locally', state: 'done', note: `${result.chunks} chunk${result.chunks === 1 ? '' : 's'} authenticated.` });
    return { ...result, header: parsed.header, keyId: opened.keyId };
  } catch (err) {
    onStep?.({ step: 'decrypt-locally', state: 'failed' });
    throw err;
  }
}
