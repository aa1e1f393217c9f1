import { describe, expect, it } from 'vitest';
import { EnvelopeError, FORMAT, encodeHeaderBody, parseHeader, readHeaderLength, type EnvelopeHeader } from '@/envelope';
import { createFakeProvider, pattern } from './fake-provider';
import { open, seal } from './helpers';

const fields: EnvelopeHeader = {
  version: 1,
  algorithm: 1,
  chunkSize: 65536,
  noncePrefix: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8),
  keyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  wrappedDataKey: pattern(120),
  encryptionContext: { Département: 'Æsir', app: 'kmslab', '': '' },
};

/** A header body plus a dummy tag: parseHeader does not check the tag (that needs the data key). */
function withTag(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length + 16);
  out.set(body);
  return out;
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof EnvelopeError) return `${err.code}: ${err.message}`;
    throw err;
  }
  return 'no error';
}

describe('.kmslab header', () => {
  it('round-trips every field, including non-ASCII context strings', () => {
    const bytes = withTag(encodeHeaderBody(fields));
    const parsed = parseHeader(bytes);
    expect(parsed.header).toEqual(fields);
    expect(parsed.length).toBe(bytes.length);
    expect(readHeaderLength(bytes.subarray(0, 14))).toBe(bytes.length);
  });

  it('starts with the magic, the version and the header length, big-endian', () => {
    const bytes = withTag(encodeHeaderBody(fields));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x4b, 0x4d, 0x53, 0x4c, 0x41, 0x42, 0x0a]);
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(8)).toBe(1);
    expect(view.getUint32(10)).toBe(bytes.length);
    expect(view.getUint32(15)).toBe(65536);
  });

  it('encodes one context one way: pairs sorted by key', () => {
    const a = encodeHeaderBody({ ...fields, encryptionContext: { b: '2', a: '1' } });
    const b = encodeHeaderBody({ ...fields, encryptionContext: { a: '1', b: '2' } });
    expect(a).toEqual(b);
  });

  it('rejects unknown versions with a clear message', () => {
    const bytes = withTag(encodeHeaderBody(fields));
    new DataView(bytes.buffer).setUint16(8, 2);
    expect(code(() => parseHeader(bytes))).toMatch(/^unsupported-version: .*format version 2.*reads format version 1 only/);
    new DataView(bytes.buffer).setUint16(8, 0);
    expect(code(() => parseHeader(bytes))).toMatch(/^unsupported-version/);
  });

  it('rejects unknown algorithm suites', () => {
    const bytes = withTag(encodeHeaderBody(fields));
    bytes[14] = 7;
    expect(code(() => parseHeader(bytes))).toMatch(/^unsupported-algorithm: .*suite 7/);
  });

  it('rejects foreign and empty files', () => {
    expect(code(() => parseHeader(new TextEncoder().encode('%PDF-1.7 hello world, not ours')))).toMatch(/^foreign-file: .*signature/);
    expect(code(() => parseHeader(new Uint8Array(0)))).toMatch(/^foreign-file: .*empty/);
    expect(code(() => parseHeader(Uint8Array.of(0x89, 0x4b)))).toMatch(/^truncated/);
  });

  it('rejects damaged lengths and orderings instead of reading past the header', () => {
    const good = withTag(encodeHeaderBody(fields));
    const cases: [string, (b: Uint8Array, v: DataView) => void, RegExp][] = [
      ['header length too small', (_b, v) => v.setUint32(10, 20), /header length/],
      ['header length too large', (_b, v) => v.setUint32(10, FORMAT.maxHeaderLength + 1), /header length/],
      ['chunk size zero', (_b, v) => v.setUint32(15, 0), /chunk size 0/],
      ['chunk size huge', (_b, v) => v.setUint32(15, 1 << 30), /chunk size/],
      ['key id length past the end', (_b, v) => v.setUint16(27, 0xffff), /runs past the end/],
    ];
    for (const [name, mutate, message] of cases) {
      const bad = good.slice();
      mutate(bad, new DataView(bad.buffer));
      expect(
        code(() => parseHeader(bad)),
        name,
      ).toMatch(message);
    }
    // Longer header than the file: truncated.
    const cut = good.slice(0, good.length - 1);
    expect(code(() => parseHeader(cut))).toMatch(/^truncated/);
    // Out-of-order context pairs are not canonical.
    const unsorted = withTag(encodeHeaderBody({ ...fields, encryptionContext: { a: '1', b: '2' } }));
    // The context is last: [len]a[len]1[len]b[len]2 then the tag; swap the two key bytes.
    const ia = unsorted.lastIndexOf(0x61);
    const ib = unsorted.lastIndexOf(0x62);
    unsorted[ia] = 0x62;
    unsorted[ib] = 0x61;
    expect(code(() => parseHeader(unsorted))).toMatch(/canonical order/);
  });

  it('refuses to write headers it could not read back', () => {
    expect(code(() => encodeHeaderBody({ ...fields, chunkSize: 10 }))).toMatch(/^invalid-input: .*chunk size 10/);
    expect(code(() => encodeHeaderBody({ ...fields, encryptionContext: { k: 'x'.repeat(70000) } }))).toMatch(/^invalid-input/);
  });

  it('a whole file with an unknown version is refused before KMS is called', async () => {
    const { provider, state } = await createFakeProvider();
    const { file } = await seal(provider, pattern(50));
    new DataView(file.buffer).setUint16(8, 9);
    state.calls.length = 0;
    await expect(open(provider, file)).rejects.toThrow(/format version 9/);
    expect(state.calls).toEqual([]);
  });
});
