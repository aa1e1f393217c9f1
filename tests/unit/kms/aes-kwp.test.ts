/** AES key wrap with padding (RFC 5649) built on WebCrypto's AES block: RFC vectors and OpenSSL interoperability. */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '@/kms/bytes';
import { aesKwpUnwrap, aesKwpWrap } from '@/kms/imported/aes-kwp';

const aesKey = (raw: Uint8Array) =>
  crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-CBC', false, ['encrypt', 'decrypt']);
/** OpenSSL's id-aes256-wrap-pad, as AWS's import examples use it (`openssl enc -id-aes256-wrap-pad -iv A65959A6`). */
const AIV = Buffer.from('A65959A6', 'hex');
const opensslWrap = (key: Uint8Array, data: Uint8Array) => {
  const c = createCipheriv('id-aes256-wrap-pad', key, AIV);
  return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
};
const opensslUnwrap = (key: Uint8Array, data: Uint8Array) => {
  const d = createDecipheriv('id-aes256-wrap-pad', key, AIV);
  return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
};

describe('AES key wrap with padding (RFC 5649)', () => {
  // RFC 5649 §6: 192-bit KEK, a 20-byte and a 7-byte key.
  const kek = fromHex('5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8');
  it.each([
    ['c37b7e6492584340bed12207808941155068f738', '138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a'],
    ['466f7250617369', 'afbeb0f07dfbf5419200f2ccb50bb24f'],
  ])('RFC 5649 vector: %s wraps to %s and back', async (plain, wrapped) => {
    const key = await aesKey(kek);
    expect(toHex(await aesKwpWrap(key, fromHex(plain)))).toBe(wrapped);
    expect(toHex((await aesKwpUnwrap(key, fromHex(wrapped)))!)).toBe(plain);
  });

  it.each([1, 7, 8, 9, 32, 48, 121, 1218])('%i bytes: wrapped here unwrap in OpenSSL, wrapped by OpenSSL unwrap here', async (length) => {
    const raw = new Uint8Array(randomBytes(32));
    const key = await aesKey(raw);
    const data = new Uint8Array(randomBytes(length));
    expect(opensslUnwrap(raw, await aesKwpWrap(key, data))).toEqual(data);
    expect(await aesKwpUnwrap(key, opensslWrap(raw, data))).toEqual(data);
  });

  it('a wrong key, a flipped bit or a cut ciphertext fails the integrity check', async () => {
    const raw = new Uint8Array(randomBytes(32));
    const data = new Uint8Array(randomBytes(32));
    const wrapped = opensslWrap(raw, data);
    const key = await aesKey(raw);
    expect(await aesKwpUnwrap(await aesKey(new Uint8Array(randomBytes(32))), wrapped)).toBeUndefined();
    const flipped = wrapped.slice();
    flipped[10]! ^= 1;
    expect(await aesKwpUnwrap(key, flipped)).toBeUndefined();
    expect(await aesKwpUnwrap(key, wrapped.subarray(0, 32))).toBeUndefined();
    expect(await aesKwpUnwrap(key, wrapped.subarray(0, 15))).toBeUndefined();
  });
});
