import { describe, expect, it } from 'vitest';
import { EnvelopeError, FORMAT, parseHeader, type EnvelopeErrorCode } from '@/envelope';
import { createFakeProvider, kmsException, pattern } from './fake-provider';
import { CHUNK, CONTEXT, open, seal } from './helpers';

const FRAME = CHUNK + FORMAT.tagLength;

async function expectFailure(promise: Promise<unknown>, code: EnvelopeErrorCode, message?: RegExp) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected ${code}`).toBeInstanceOf(EnvelopeError);
  expect((err as EnvelopeError).code).toBe(code);
  if (message) expect((err as EnvelopeError).message).toMatch(message);
  return err as EnvelopeError;
}

/** A 3.5-chunk file and where its parts are. */
async function sample(size = 3 * CHUNK + CHUNK / 2) {
  const fake = await createFakeProvider();
  const plain = pattern(size, 99);
  const { file } = await seal(fake.provider, plain);
  const headerLength = parseHeader(file).length;
  const chunkStart = (i: number) => headerLength + i * FRAME;
  return { ...fake, plain, file, headerLength, chunkStart };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('tampering is detected and named', () => {
  it('a flipped bit in any chunk (ciphertext or tag) names that chunk', async () => {
    const s = await sample();
    for (const [chunk, offset] of [
      [0, 5],
      [1, CHUNK + 3],
      [2, 0],
      [3, 10],
    ] as const) {
      const bad = s.file.slice();
      bad[s.chunkStart(chunk) + offset]! ^= 0x01;
      const err = await expectFailure(open(s.provider, bad), 'chunk-tampered', new RegExp(`Chunk ${chunk}`));
      expect(err.details.chunkIndex).toBe(chunk);
    }
  });

  it('swapping two chunks (reordering) is detected at the first moved chunk', async () => {
    const s = await sample();
    const c0 = s.file.slice(s.chunkStart(0), s.chunkStart(1));
    const c1 = s.file.slice(s.chunkStart(1), s.chunkStart(2));
    const bad = concat(s.file.slice(0, s.headerLength), c1, c0, s.file.slice(s.chunkStart(2)));
    const err = await expectFailure(open(s.provider, bad), 'chunk-tampered', /reordered/);
    expect(err.details.chunkIndex).toBe(0);
  });

  it('a chunk taken from another file (same key, same context) is detected', async () => {
    const s = await sample();
    const other = await seal(s.provider, pattern(3 * CHUNK + CHUNK / 2, 5));
    const foreignChunk = other.file.slice(s.chunkStart(1), s.chunkStart(2));
    const bad = concat(s.file.slice(0, s.chunkStart(1)), foreignChunk, s.file.slice(s.chunkStart(2)));
    await expectFailure(open(s.provider, bad), 'chunk-tampered', /another file/);
  });

  it('a file cut at a chunk boundary says the rest is missing', async () => {
    const s = await sample();
    await expectFailure(open(s.provider, s.file.slice(0, s.chunkStart(2))), 'truncated', /ends after chunk 1/);
  });

  it('a file cut inside a chunk is refused', async () => {
    const s = await sample();
    await expectFailure(open(s.provider, s.file.slice(0, s.chunkStart(1) + 100)), 'chunk-tampered', /cut short/);
    await expectFailure(open(s.provider, s.file.slice(0, s.chunkStart(3) + 7)), 'truncated', /ends inside chunk 3/);
  });

  it('a file cut right after its header, or inside it, is truncated', async () => {
    const s = await sample();
    await expectFailure(open(s.provider, s.file.slice(0, s.headerLength)), 'truncated', /no encrypted data/);
    await expectFailure(open(s.provider, s.file.slice(0, s.headerLength - 3)), 'truncated', /inside its header/);
    await expectFailure(open(s.provider, s.file.slice(0, 10)), 'truncated');
  });

  it('dropping the last chunk of an exact-multiple file is detected', async () => {
    const s = await sample(3 * CHUNK);
    await expectFailure(open(s.provider, s.file.slice(0, s.chunkStart(2))), 'truncated', /ends after chunk 1/);
  });

  it('extra bytes after the final chunk are refused', async () => {
    const full = await sample(2 * CHUNK);
    await expectFailure(open(full.provider, concat(full.file, pattern(40))), 'trailing-data', /extra bytes/);
    const short = await sample();
    await expectFailure(open(short.provider, concat(short.file, pattern(3))), 'chunk-tampered', /extra bytes/);
    await expectFailure(open(short.provider, concat(short.file, pattern(3 * FRAME))), 'chunk-tampered');
  });

  it('a changed header field (chunk size, nonce prefix, key id) fails the header tag', async () => {
    const s = await sample();
    const withChunkSize = s.file.slice();
    new DataView(withChunkSize.buffer).setUint32(15, CHUNK * 2);
    await expectFailure(open(s.provider, withChunkSize), 'header-tampered', /header was changed/);

    const withNonce = s.file.slice();
    withNonce[20]! ^= 0x80;
    await expectFailure(open(s.provider, withNonce), 'header-tampered');

    const withKeyId = s.file.slice();
    withKeyId[FORMAT.fixedLength + 2 + 5]! ^= 0x01; // a character inside the key ARN
    await expectFailure(open(s.provider, withKeyId), 'header-tampered');

    const withTag = s.file.slice();
    withTag[s.headerLength - 1]! ^= 0x01;
    await expectFailure(open(s.provider, withTag), 'header-tampered');
  });

  it('a changed wrapped key or stored context is refused by KMS', async () => {
    const s = await sample();
    const parsed = parseHeader(s.file);
    const keyIdLen = new TextEncoder().encode(parsed.header.keyId).length;
    const wrappedAt = FORMAT.fixedLength + 2 + keyIdLen + 2;
    const bad = s.file.slice();
    bad[wrappedAt + 20]! ^= 0x01;
    await expectFailure(open(s.provider, bad), 'wrapped-key-rejected', /InvalidCiphertextException/);

    // "exam-notes" → "exam-notez" in the stored context: same length, still parses.
    const ctx = s.file.slice();
    const text = new TextDecoder('latin1').decode(ctx);
    ctx[text.indexOf('exam-notes') + 9] = 'z'.charCodeAt(0);
    await expectFailure(open(s.provider, ctx), 'wrapped-key-rejected');
  });

  it('a wrong encryption context given at decryption is named as such', async () => {
    const s = await sample();
    await expectFailure(open(s.provider, s.file, { ...CONTEXT, team: 'Blue' }), 'wrong-encryption-context', /including case/);
    await expectFailure(open(s.provider, s.file, {}), 'wrong-encryption-context');
    // The right context, in another order, works.
    const back = await open(s.provider, s.file, { team: 'blue', purpose: 'exam-notes' });
    expect(back.plain).toEqual(s.plain);
  });

  it('KMS refusals name the problem', async () => {
    const s = await sample();
    const cases: [Error, EnvelopeErrorCode, RegExp][] = [
      [kmsException('DisabledException', `${'arn:aws:kms:us-east-1:111122223333:key/x'} is disabled.`), 'key-disabled', /disabled/],
      [
        kmsException('KMSInvalidStateException', 'arn:aws:kms:us-east-1:111122223333:key/x is pending deletion.'),
        'key-unavailable',
        /pending deletion/,
      ],
      [
        kmsException('AccessDeniedException', 'User: arn:aws:iam::111122223333:user/dev is not authorized to perform: kms:Decrypt'),
        'access-denied',
        /kms:Decrypt/,
      ],
      [kmsException('NotFoundException', "Key 'x' does not exist"), 'key-not-found', /does not exist/],
      [
        kmsException(
          'AccessDeniedException',
          'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
        ),
        'key-not-found',
        /another Region/,
      ],
      [kmsException('ThrottlingException', 'Rate exceeded'), 'kms-error', /ThrottlingException/],
    ];
    for (const [error, code, message] of cases) {
      s.state.failWith = error;
      await expectFailure(open(s.provider, s.file), code, message);
    }
    s.state.failWith = kmsException('InvalidKeyUsageException', 'x');
    await expectFailure(seal(s.provider, pattern(10)), 'wrong-key-type', /symmetric/);
    s.state.failWith = kmsException('AccessDeniedException', 'no');
    await expectFailure(seal(s.provider, pattern(10)), 'access-denied', /kms:GenerateDataKey/);
  });

  it('nothing after a failing chunk reaches the output, and the call rejects', async () => {
    const s = await sample();
    const bad = s.file.slice();
    bad[s.chunkStart(1) + 1]! ^= 0x01;
    const { decryptEnvelope } = await import('@/envelope');
    const { collector, streamOf } = await import('./fake-provider');
    const out = collector();
    await expect(decryptEnvelope({ provider: s.provider, input: streamOf(bad), sink: out.sink })).rejects.toThrow(/Chunk 1/);
    // Only chunk 0 (authentic on its own) was handed over; the caller discards it because the call failed.
    expect(out.bytes()).toEqual(s.plain.subarray(0, CHUNK));
  });

  it('cancelling stops the work with a clear message', async () => {
    const s = await sample();
    const { decryptEnvelope } = await import('@/envelope');
    const { streamOf } = await import('./fake-provider');
    const controller = new AbortController();
    let pieces = 0;
    const sink = () => {
      if (++pieces === 1) controller.abort();
    };
    await expectFailure(
      decryptEnvelope({ provider: s.provider, input: streamOf(s.file, [300]), sink, signal: controller.signal, concurrency: 1 }),
      'cancelled',
      /Cancelled/,
    );
  });
});
