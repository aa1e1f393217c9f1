import { cancelledError } from './errors';
import { releaseBuffer } from './release-buffer';

/** Bytes read into a caller's buffer: the buffer (a new object if the stream transferred it) and how many arrived. */
export interface FillResult {
  buffer: Uint8Array<ArrayBuffer>;
  /** Bytes written at the requested offset; 0 only at the end of the stream. */
  n: number;
}

/**
 * Pulls bytes from a ReadableStream into buffers the caller owns. Byte streams (such as
 * `Blob.stream()` and `File.stream()` in browsers) are read with a BYOB reader straight into the
 * chunk buffer: no intermediate piece is allocated and nothing is copied twice. Other streams are
 * read piece by piece and copied, with a push-back buffer for the part a read did not need.
 */
export class ByteSource {
  private leftover: Uint8Array | null = null;
  /** Exactly one reader is set: the BYOB reader for byte streams, the default reader otherwise. */
  private readonly reader:
    { byob: ReadableStreamBYOBReader; plain?: undefined } | { byob?: undefined; plain: ReadableStreamDefaultReader<Uint8Array> };
  /**
   * @param stream - any byte stream, e.g. `blob.stream()`; this source takes its only reader
   * @param signal - aborts reading with a `cancelled` error
   * @param releasePieces - detach each piece the stream gave once it is fully consumed (see `releaseInput`);
   *   irrelevant for byte streams, whose bytes land in the caller's buffers directly
   */
  constructor(
    stream: ReadableStream<Uint8Array>,
    private readonly signal?: AbortSignal,
    private readonly releasePieces = false,
  ) {
    let byob: ReadableStreamBYOBReader | undefined;
    try {
      byob = (stream as ReadableStream<Uint8Array<ArrayBuffer>>).getReader({ mode: 'byob' });
    } catch {
      // Not a byte stream: fall back to the default reader below.
    }
    this.reader = byob ? { byob } : { plain: stream.getReader() };
  }

  /** The next piece of bytes (default-reader mode only), or null at the end of the stream. */
  private async read(): Promise<Uint8Array | null> {
    if (this.leftover) {
      const piece = this.leftover;
      this.leftover = null;
      return piece;
    }
    const reader = this.reader.plain;
    if (!reader) return null;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return null;
      if (value.length > 0) return value;
    }
  }

  /**
   * Reads up to `length` bytes into `buffer` at `offset`. With a BYOB reader the stream transfers
   * the buffer, so always continue with the returned `buffer`, never the one passed in.
   */
  async readInto(buffer: Uint8Array<ArrayBuffer>, offset: number, length: number): Promise<FillResult> {
    if (this.signal?.aborted) throw cancelledError();
    const byob = this.reader.byob;
    if (byob) {
      // Read the geometry first: the read detaches `buffer`, after which it reports length 0.
      const { byteOffset, length: size } = buffer;
      const view = new Uint8Array(buffer.buffer, byteOffset + offset, length);
      const { done, value } = await byob.read(view);
      // value is undefined only if the stream was cancelled; the transferred memory is then gone.
      if (!value) return { buffer: new Uint8Array(size), n: 0 };
      return { buffer: new Uint8Array(value.buffer, byteOffset, size), n: done ? 0 : value.length };
    }
    const piece = await this.read();
    if (!piece) return { buffer, n: 0 };
    const take = Math.min(length, piece.length);
    buffer.set(piece.subarray(0, take), offset);
    if (take < piece.length) this.unread(piece.subarray(take));
    else if (this.releasePieces) releaseBuffer(piece); // skips views that do not cover their whole buffer
    return { buffer, n: take };
  }

  /** Returns bytes to the front of the source; the next read yields them first. */
  private unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.leftover) {
      const joined = new Uint8Array(bytes.length + this.leftover.length);
      joined.set(bytes);
      joined.set(this.leftover, bytes.length);
      this.leftover = joined;
    } else this.leftover = bytes;
  }

  /**
   * Reads until `length` bytes are in `buffer` at `offset`, or the stream ends: `n` is below
   * `length` only at the end. One call per chunk instead of one per piece the stream hands out
   * (Chromium's file streams deliver 64 KiB pieces), which is what keeps the per-chunk cost low.
   * As with {@link readInto}, continue with the returned `buffer`.
   */
  async fill(buffer: Uint8Array<ArrayBuffer>, offset: number, length: number): Promise<FillResult> {
    let n = 0;
    while (n < length) {
      const got = await this.readInto(buffer, offset + n, length - n);
      buffer = got.buffer;
      if (got.n === 0) break;
      n += got.n;
    }
    return { buffer, n };
  }

  /** Reads exactly `n` bytes, or fewer if the stream ends first. */
  async readUpTo(n: number): Promise<Uint8Array<ArrayBuffer>> {
    const got = await this.fill(new Uint8Array(n), 0, n);
    return got.n === n ? got.buffer : got.buffer.slice(0, got.n);
  }

  /** Stops the underlying stream (on cancel or failure) so the browser stops reading the file. */
  async cancel(): Promise<void> {
    try {
      await (this.reader.byob ?? this.reader.plain).cancel();
    } catch {
      // Already errored or closed: nothing left to stop.
    }
  }
}

/** A run of bytes of exactly the frame size (or fewer for the last), and whether it is the last. */
export interface Frame {
  bytes: Uint8Array<ArrayBuffer>;
  final: boolean;
  /** The pooled buffer behind `bytes`; give it back with `release` once nothing reads it. */
  buffer: Uint8Array<ArrayBuffer>;
}

/**
 * Cuts a byte source into frames of `size` bytes. A full frame is only yielded once the next byte
 * is seen, so the frame that ends the stream is always marked final, even when the length is an
 * exact multiple of `size` (and an empty stream yields one empty final frame). Buffers come from
 * `acquire` so callers can recycle them instead of allocating a megabyte per chunk.
 */
export async function* frames(source: ByteSource, size: number, acquire: () => Uint8Array<ArrayBuffer>): AsyncGenerator<Frame> {
  let { buffer, n: fill } = await source.fill(acquire(), 0, size);
  // A full frame is held back until we know more bytes follow: read them into the next buffer.
  while (fill === size) {
    const next = await source.fill(acquire(), 0, size);
    if (next.n === 0) break;
    yield { bytes: buffer, final: false, buffer };
    buffer = next.buffer;
    fill = next.n;
  }
  yield { bytes: fill === size ? buffer : buffer.subarray(0, fill), final: true, buffer };
}

/** A small free list of equal-size buffers. */
export function bufferPool(size: number): { acquire: () => Uint8Array<ArrayBuffer>; release: (b: Uint8Array<ArrayBuffer>) => void } {
  const free: Uint8Array<ArrayBuffer>[] = [];
  return {
    acquire: () => free.pop() ?? new Uint8Array(size),
    release: (b) => {
      if (b.length === size && free.length < 8) free.push(b);
    },
  };
}
