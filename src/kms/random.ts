/**
 * Randomness. The simulator takes `random(bytes)` so tests and scenarios can replay byte-for-byte.
 */

const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/**
 * Default source: the platform CSPRNG. Small requests (nonces, key IDs) are served from a 4 KB pool of
 * CSPRNG output, because each getRandomValues call has a fixed cost that showed up as ~9% of an
 * Encrypt+Decrypt in Chromium profiles. Every byte is handed out once and then zeroed in the pool.
 * getRandomValues caps one call at 65,536 bytes, so large requests are filled in chunks.
 */
export function systemRandom(bytes: Uint8Array): void {
  const n = bytes.length;
  if (n <= 256) {
    if (poolOffset + n > pool.length) {
      pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
      poolOffset = 0;
    }
    bytes.set(pool.subarray(poolOffset, poolOffset + n));
    pool.fill(0, poolOffset, poolOffset + n);
    poolOffset += n;
    return;
  }
  for (let o = 0; o < n; o += 65536) crypto.getRandomValues(bytes.subarray(o, Math.min(n, o + 65536)));
}

/** cyrb128: spreads a string seed over four 32-bit words. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/**
 * Deterministic byte source (xoshiro128** seeded with cyrb128) for replayable scenarios and tests.
 * NOT cryptographically secure: never use it for anything but teaching and tests.
 * Note: RSA/ECC key pairs come from WebCrypto's own generator and are not replayable.
 */
export function createSeededRandom(seed: string | number): (bytes: Uint8Array) => void {
  let [a, b, c, d] = seedWords(String(seed));
  const next = () => {
    const r = Math.imul((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    return r;
  };
  return (bytes) => {
    for (let i = 0; i < bytes.length; i += 4) {
      const r = next();
      for (let j = 0; j < 4 && i + j < bytes.length; j++) bytes[i + j] = (r >>> (j * 8)) & 0xff;
    }
  };
}
