/**
 * AES key wrap with padding (RFC 5649), the second half of the RSA_AES_KEY_WRAP_* import wrapping
 * algorithms (CKM_RSA_AES_KEY_WRAP in PKCS #11; `openssl enc -id-aes256-wrap-pad` in AWS's examples).
 *
 * WebCrypto has AES-KW (RFC 3394) but not its padded variant, whose integrity check value differs, so
 * the wrap is built here from the AES block cipher that WebCrypto does expose, keeping the AES key a
 * non-extractable CryptoKey: one AES-CBC encryption with a zero IV is one block encryption E(K, x)
 * (the first output block); a block decryption D(K, y) is an AES-CBC decryption of `y || E(K, y ⊕ p)`
 * with p the full padding block (16 × 0x10), whose second block then decrypts to valid padding.
 */

const SEMIBLOCK = 8;
/** RFC 5649 §3: the alternative initial value, followed by the 32-bit message length. */
const AIV_PREFIX = [0xa6, 0x59, 0x59, 0xa6] as const;
const ZERO_IV = new Uint8Array(16);
const FULL_PADDING = new Uint8Array(16).fill(16);

const subtle = () => globalThis.crypto.subtle;

/** E(K, block): one AES block encryption. */
async function encryptBlock(key: CryptoKey, block: Uint8Array): Promise<Uint8Array> {
  const out = await subtle().encrypt({ name: 'AES-CBC', iv: ZERO_IV }, key, block as Uint8Array<ArrayBuffer>);
  return new Uint8Array(out, 0, 16);
}

/** D(K, block): one AES block decryption. */
async function decryptBlock(key: CryptoKey, block: Uint8Array): Promise<Uint8Array> {
  const masked = new Uint8Array(16);
  for (let i = 0; i < 16; i++) masked[i] = block[i]! ^ FULL_PADDING[i]!;
  const input = new Uint8Array(32);
  input.set(block);
  input.set(await encryptBlock(key, masked), 16);
  return new Uint8Array(await subtle().decrypt({ name: 'AES-CBC', iv: ZERO_IV }, key, input));
}

/** A ⊕ t, with t a 64-bit big-endian counter (RFC 3394 §2.2.1). */
function xorCounter(a: Uint8Array, t: number): void {
  let v = t;
  for (let i = 7; i >= 0 && v > 0; i--) {
    a[i]! ^= v & 0xff;
    v = Math.floor(v / 256);
  }
}

/** Splits into semiblocks. */
function semiblocks(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += SEMIBLOCK) out.push(bytes.slice(i, i + SEMIBLOCK));
  return out;
}

/** RFC 5649 §4.1: wraps `plaintext` (1 byte or more) under `key` (an AES-CBC CryptoKey). */
export async function aesKwpWrap(key: CryptoKey, plaintext: Uint8Array): Promise<Uint8Array> {
  const mli = plaintext.length;
  const padded = new Uint8Array(Math.ceil(mli / SEMIBLOCK) * SEMIBLOCK);
  padded.set(plaintext);
  const a = new Uint8Array([...AIV_PREFIX, (mli >>> 24) & 0xff, (mli >>> 16) & 0xff, (mli >>> 8) & 0xff, mli & 0xff]);
  const r = semiblocks(padded);
  const n = r.length;
  if (n === 1) {
    const block = new Uint8Array(16);
    block.set(a);
    block.set(r[0]!, 8);
    return encryptBlock(key, block);
  }
  for (let j = 0; j <= 5; j++) {
    for (let i = 1; i <= n; i++) {
      const block = new Uint8Array(16);
      block.set(a);
      block.set(r[i - 1]!, 8);
      const b = await encryptBlock(key, block);
      a.set(b.subarray(0, 8));
      xorCounter(a, n * j + i);
      r[i - 1] = b.slice(8);
    }
  }
  const out = new Uint8Array(SEMIBLOCK * (n + 1));
  out.set(a);
  r.forEach((block, i) => out.set(block, SEMIBLOCK * (i + 1)));
  return out;
}

/** The plaintext, when the integrity check (alternative IV, length, zero padding) passes. */
function checkUnwrapped(a: Uint8Array, r: Uint8Array[]): Uint8Array | undefined {
  if (AIV_PREFIX.some((v, i) => a[i] !== v)) return undefined;
  const mli = ((a[4]! << 24) | (a[5]! << 16) | (a[6]! << 8) | a[7]!) >>> 0;
  const n = r.length;
  if (mli <= SEMIBLOCK * (n - 1) || mli > SEMIBLOCK * n) return undefined;
  const padded = new Uint8Array(SEMIBLOCK * n);
  r.forEach((block, i) => padded.set(block, SEMIBLOCK * i));
  for (let i = mli; i < padded.length; i++) if (padded[i] !== 0) return undefined;
  return padded.slice(0, mli);
}

/**
 * RFC 5649 §4.2: unwraps `wrapped` under `key` (an AES-CBC CryptoKey with encrypt and decrypt);
 * undefined when the input is malformed or fails the integrity check.
 */
export async function aesKwpUnwrap(key: CryptoKey, wrapped: Uint8Array): Promise<Uint8Array | undefined> {
  if (wrapped.length < 16 || wrapped.length % SEMIBLOCK !== 0) return undefined;
  const blocks = semiblocks(wrapped);
  const n = blocks.length - 1;
  if (n === 1) {
    const b = await decryptBlock(key, wrapped);
    return checkUnwrapped(b.subarray(0, 8), [b.slice(8)]);
  }
  const a = blocks[0]!;
  const r = blocks.slice(1);
  for (let j = 5; j >= 0; j--) {
    for (let i = n; i >= 1; i--) {
      xorCounter(a, n * j + i);
      const block = new Uint8Array(16);
      block.set(a);
      block.set(r[i - 1]!, 8);
      const b = await decryptBlock(key, block);
      a.set(b.subarray(0, 8));
      r[i - 1] = b.slice(8);
    }
  }
  return checkUnwrapped(a, r);
}
