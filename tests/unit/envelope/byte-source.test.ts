import { describe, expect, it } from 'vitest';
import { ByteSource, bufferPool, frames } from '@/envelope/byte-source';
import { streamOf } from './fake-provider';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

/** A byte stream (as File.stream() is) that fills each BYOB request with at most `piece` bytes. */
function byteStreamOf(data: Uint8Array, piece: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const request = controller.byobRequest!;
      if (at >= data.length) {
        controller.close();
        request.respond(0);
        return;
      }
      const view = new Uint8Array(request.view!.buffer, request.view!.byteOffset, request.view!.byteLength);
      const n = Math.min(view.length, piece, data.length - at);
      view.set(data.subarray(at, at + n));
      at += n;
      request.respond(n);
    },
  });
}

describe('ByteSource.fill', () => {
  for (const [label, make] of [
    ['default reader, pieces split across fills', (d: Uint8Array) => streamOf(d, [7, 300, 64])],
    ['BYOB reader, partial fills', (d: Uint8Array) => byteStreamOf(d, 50)],
  ] as const) {
    it(`${label}: fills whole buffers until the stream ends, then a short one, then 0`, async () => {
      const data = bytes(1000);
      const source = new ByteSource(make(data));
      const got: number[] = [];
      const seen: number[] = [];
      for (;;) {
        const { buffer, n } = await source.fill(new Uint8Array(256), 0, 256);
        got.push(n);
        seen.push(...buffer.subarray(0, n));
        if (n < 256) break;
      }
      expect(got).toEqual([256, 256, 256, 232]);
      expect(Uint8Array.from(seen)).toEqual(data);
    });
  }
});

describe('frames', () => {
  it('marks only the last frame final, also when the length is an exact multiple of the frame size', async () => {
    for (const length of [0, 1, 255, 256, 257, 768]) {
      const pool = bufferPool(256);
      const out: { length: number; final: boolean }[] = [];
      for await (const f of frames(new ByteSource(streamOf(bytes(length), [100])), 256, pool.acquire))
        out.push({ length: f.bytes.length, final: f.final });
      const full = Math.floor(length / 256);
      const expected =
        length === 0
          ? [{ length: 0, final: true }]
          : Array.from({ length: Math.ceil(length / 256) }, (_, i) => ({
              length: i < full ? 256 : length % 256,
              final: i === Math.ceil(length / 256) - 1,
            }));
      expect(out, `length ${length}`).toEqual(expected);
    }
  });
});
