import { describe, expect, it } from 'vitest';
import { encryptedSize, isZeroed, parseHeader, FORMAT, type EnvelopeStepEvent, encryptEnvelope, decryptEnvelope } from '@/envelope';
import { byteStreamOf, createFakeProvider, pattern, collector, streamOf } from './fake-provider';
import { CHUNK, CONTEXT, open, seal } from './helpers';

describe('envelope round trips', () => {
  const sizes = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 17, 4 * CHUNK];
  for (const size of sizes) {
    it(`encrypts and decrypts ${size} bytes with ${CHUNK}-byte chunks`, async () => {
      const { provider } = await createFakeProvider();
      const plain = pattern(size, size + 7);
      const { file, result } = await seal(provider, plain);
      const chunks = Math.max(1, Math.ceil(size / CHUNK));
      expect(result.chunks).toBe(chunks);
      expect(result.plaintextBytes).toBe(size);
      expect(file.length).toBe(encryptedSize(size, result.headerLength, CHUNK));
      // The ciphertext does not contain the plaintext in the clear.
      if (size >= 16) expect(Buffer.from(file).includes(Buffer.from(plain.subarray(0, 16)))).toBe(false);
      const back = await open(provider, file);
      expect(back.plain).toEqual(plain);
      expect(back.result.chunks).toBe(chunks);
    });
  }

  it('writes a header that carries the wrapped key, key ARN, context and chunk size', async () => {
    const { provider } = await createFakeProvider('arn:aws:kms:eu-west-1:111122223333:key/abc');
    const { file } = await seal(provider, pattern(10), { b: '2', a: '1' });
    const parsed = parseHeader(file);
    expect(parsed.header.version).toBe(FORMAT.version);
    expect(parsed.header.keyId).toBe('arn:aws:kms:eu-west-1:111122223333:key/abc');
    expect(parsed.header.encryptionContext).toEqual({ a: '1', b: '2' });
    expect(parsed.header.chunkSize).toBe(CHUNK);
    expect(parsed.header.wrappedDataKey.length).toBeGreaterThan(32);
    expect(parsed.tag.length).toBe(16);
  });

  it('uses a fresh data key and nonce prefix per file, so equal plaintexts give unrelated files', async () => {
    const { provider } = await createFakeProvider();
    const plain = pattern(3000);
    const a = parseHeader((await seal(provider, plain)).file);
    const b = parseHeader((await seal(provider, plain)).file);
    expect(a.header.noncePrefix).not.toEqual(b.header.noncePrefix);
    expect(a.header.wrappedDataKey).not.toEqual(b.header.wrappedDataKey);
  });

  it('zeroes every plaintext data key KMS handed out and reports the steps in diagram order', async () => {
    const { provider, state } = await createFakeProvider();
    const steps: EnvelopeStepEvent[] = [];
    const out = collector();
    await encryptEnvelope({
      provider,
      keyId: 'k',
      encryptionContext: CONTEXT,
      chunkSize: CHUNK,
      input: streamOf(pattern(2500)),
      sink: out.sink,
      onStep: (e) => steps.push(e),
    });
    const back = collector();
    await decryptEnvelope({ provider, input: streamOf(out.bytes()), sink: back.sink, onStep: (e) => steps.push(e) });
    expect(state.issued).toHaveLength(2);
    expect(state.issued.every((k) => k.length === 32 && isZeroed(k))).toBe(true);
    expect(steps.filter((s) => s.state === 'done').map((s) => s.step)).toEqual([
      'generate-data-key',
      'discard-plaintext-key',
      'encrypt-locally',
      'store-wrapped-key',
      'read-header',
      'decrypt-data-key',
      'discard-plaintext-key',
      'decrypt-locally',
    ]);
    expect(back.bytes()).toEqual(pattern(2500));
  });

  it('decrypts without being told the key id (Decrypt reads it from the wrapped key)', async () => {
    const { provider, state } = await createFakeProvider();
    const { file } = await seal(provider, pattern(100));
    state.calls.length = 0;
    await open(provider, file);
    expect(state.calls).toEqual(['Decrypt']);
  });

  it('gives the same result whatever the chunks in flight', async () => {
    const { provider } = await createFakeProvider();
    const plain = pattern(7 * CHUNK + 3);
    for (const concurrency of [1, 2, 8]) {
      const out = collector();
      await encryptEnvelope({ provider, keyId: 'k', chunkSize: CHUNK, input: streamOf(plain, [100, 5000]), sink: out.sink, concurrency });
      const back = collector();
      await decryptEnvelope({ provider, input: streamOf(out.bytes()), sink: back.sink, concurrency });
      expect(back.bytes()).toEqual(plain);
    }
  });

  it('counts bytes correctly when the sink transfers each buffer away (as the worker does)', async () => {
    const { provider } = await createFakeProvider();
    const plain = pattern(3 * CHUNK + 9);
    const { file } = await seal(provider, plain);
    const parts: Uint8Array[] = [];
    const result = await decryptEnvelope({
      provider,
      input: streamOf(file),
      sink: (b) => {
        parts.push(b.slice());
        structuredClone(b.buffer, { transfer: [b.buffer] }); // detaches b, like postMessage with transfer
      },
    });
    expect(result.plaintextBytes).toBe(plain.length);
    expect(Buffer.concat(parts)).toEqual(Buffer.from(plain));
  });

  describe('byte streams (Blob.stream(), read straight into chunk buffers)', () => {
    for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 6 * CHUNK + 5]) {
      it(`round-trips ${size} bytes from Blob.stream() and from a custom byte stream`, async () => {
        const { provider } = await createFakeProvider();
        const plain = pattern(size, size + 3);
        const viaBlob = collector();
        await encryptEnvelope({
          provider,
          keyId: 'k',
          chunkSize: CHUNK,
          input: new Blob([plain as BlobPart]).stream(),
          sink: viaBlob.sink,
        });
        const viaBytes = collector();
        await encryptEnvelope({ provider, keyId: 'k', chunkSize: CHUNK, input: byteStreamOf(plain, [100, 3000, 7]), sink: viaBytes.sink });
        for (const file of [viaBlob.bytes(), viaBytes.bytes()]) {
          const back = collector();
          await decryptEnvelope({ provider, input: new Blob([file as BlobPart]).stream(), sink: back.sink });
          expect(back.bytes()).toEqual(plain);
          const back2 = collector();
          await decryptEnvelope({ provider, input: byteStreamOf(file, [513, 2000]), sink: back2.sink });
          expect(back2.bytes()).toEqual(plain);
        }
      });
    }

    it('detects truncation, trailing data and bit flips from a byte stream too', async () => {
      const { provider } = await createFakeProvider();
      const out = collector();
      await encryptEnvelope({
        provider,
        keyId: 'k',
        chunkSize: CHUNK,
        input: new Blob([pattern(3 * CHUNK) as BlobPart]).stream(),
        sink: out.sink,
      });
      const file = out.bytes();
      const headerLength = new DataView(file.buffer).getUint32(10);
      const frame = CHUNK + 16;
      const attempt = (bytes: Uint8Array) => decryptEnvelope({ provider, input: new Blob([bytes as BlobPart]).stream(), sink: () => {} });
      await expect(attempt(file.slice(0, headerLength + 2 * frame))).rejects.toMatchObject({ code: 'truncated' });
      await expect(attempt(new Uint8Array([...file, 1, 2, 3]))).rejects.toMatchObject({ code: 'trailing-data' });
      const flipped = file.slice();
      flipped[headerLength + frame + 9]! ^= 1;
      await expect(attempt(flipped)).rejects.toMatchObject({ code: 'chunk-tampered', details: { chunkIndex: 1 } });
    });
  });
});
