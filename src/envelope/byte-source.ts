import { cancelledError } from './errors';
import { releaseBuffer } from './release-buffer';

/**
 * Pulls bytes from a ReadableStream with a push-back buffer, so a reader can take an exact prefix
 * (the header) and hand the rest to the chunk loop without re-reading anything.
 */
export class ByteSource {
  private leftover: Uint8Array | null = null;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  /**
   * @param stream - any byte stream, e.g. `blob.stream()`; this source takes its only reader
   * @param signal - aborts reading with a `cancelled` error
   * @param releasePieces - detach each piece the stream gave once it is fully consumed (see `releaseInput`)
   */
  constructor(
    stream: ReadableStream<Uint8Array>,
    private readonly signal?: AbortSignal,
    private readonly releasePieces = false,
  ) {
    this.reader = stream.getReader();
  }

  /** The next piece of bytes (any length > 0), or null at the end of the stream. */
  async read(): Promise<Uint8Array | null> {
    if (this.signal?.aborted) throw cancelledError();
    if (this.leftover) {
      const piece = this.leftover;
      this.leftover = null;
      return piece;
    }
    for (;;) {
      const { done, value } = await this.reader.read();
      if (done) return null;
      if (value.length > 0) return value;
    }
  }

  /** Tells the source a piece from read() is fully copied; frees it when the stream's pieces are ours to free. */
  consumed(piece: Uint8Array): void {
    // releaseBuffer skips views that do not cover their whole buffer, such as pushed-back remainders.
    if (this.releasePieces) releaseBuffer(piece);
  }

  /** Returns bytes to the front of the source; the next read() yields them first. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.leftover) {
      const joined = new Uint8Array(bytes.length + this.leftover.length);
      joined.set(bytes);
      joined.set(this.leftover, bytes.length);
      this.leftover = joined;
    } else this.leftover = bytes;
  }

  /** Reads exactly `n` bytes, or fewer if the stream ends first. */
  async readUpTo(n: number): Promise<Uint8Array<ArrayBuffer>> {
    const out = new Uint8Array(n);
    let fill = 0;
    while (fill < n) {
      const piece = await this.read();
      if (!piece) return out.slice(0, fill);
      const take = Math.min(n - fill, piece.length);
      out.set(piece.subarray(0, take), fill);
      fill += take;
      if (take < piece.length) this.unread(piece.subarray(take));
    }
    return out;
  }

  /** Stops the underlying stream (on cancel or failure) so the browser stops reading the file. */
  async cancel(): Promise<void> {
    try {
      await this.reader.cancel();
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
export async function* frames(
  source: ByteSource,
  size: number,
  acquire: () => Uint8Array<ArrayBuffer>,
): AsyncGenerator<Frame> {
  let buffer = acquire();
  let fill = 0;
  for (;;) {
    const piece = await source.read();
    if (!piece) break;
    let at = 0;
    while (at < piece.length) {
      if (fill === size) {
        // More bytes exist, so the full frame we were holding back is not the last one.
        yield { bytes: buffer, final: false, buffer };
        buffer = acquire();
        fill = 0;
      }
      const take = Math.min(size - fill, piece.length - at);
      buffer.set(piece.subarray(at, at + take), fill);
      fill += take;
      at += take;
    }
    source.consumed(piece);
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
