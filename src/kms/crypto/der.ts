/** ECDSA signature encodings: WebCrypto uses r||s (IEEE P1363); AWS KMS returns and accepts DER (RFC 3279 Ecdsa-Sig-Value). */

function derInt(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const body = bytes.subarray(i);
  const pad = body[0]! & 0x80 ? 1 : 0;
  const out = new Uint8Array(2 + pad + body.length);
  out[0] = 0x02;
  out[1] = pad + body.length;
  out.set(body, 2 + pad);
  return out;
}

function derLength(n: number): Uint8Array {
  return n < 0x80 ? Uint8Array.of(n) : n < 0x100 ? Uint8Array.of(0x81, n) : Uint8Array.of(0x82, n >> 8, n & 0xff);
}

/** r||s (each `size` bytes) to DER SEQUENCE { INTEGER r, INTEGER s }. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const size = raw.length / 2;
  const r = derInt(raw.subarray(0, size));
  const s = derInt(raw.subarray(size));
  const len = derLength(r.length + s.length);
  const out = new Uint8Array(1 + len.length + r.length + s.length);
  out[0] = 0x30;
  out.set(len, 1);
  out.set(r, 1 + len.length);
  out.set(s, 1 + len.length + r.length);
  return out;
}

/** DER to r||s with each integer left-padded to `size` bytes; undefined when not a strict DER signature. */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | undefined {
  let o = 0;
  const readLen = (): number | undefined => {
    const b = der[o++];
    if (b === undefined) return undefined;
    if (b < 0x80) return b;
    if (b === 0x81) return der[o++];
    if (b === 0x82) {
      const hi = der[o++],
        lo = der[o++];
      return hi === undefined || lo === undefined ? undefined : (hi << 8) | lo;
    }
    return undefined;
  };
  if (der[o++] !== 0x30) return undefined;
  const seqLen = readLen();
  if (seqLen === undefined || o + seqLen !== der.length) return undefined;
  const out = new Uint8Array(size * 2);
  for (let part = 0; part < 2; part++) {
    if (der[o++] !== 0x02) return undefined;
    const len = readLen();
    if (len === undefined || len === 0 || o + len > der.length) return undefined;
    let body = der.subarray(o, o + len);
    o += len;
    while (body.length > 1 && body[0] === 0) body = body.subarray(1);
    if (body.length > size) return undefined;
    out.set(body, part * size + size - body.length);
  }
  return o === der.length ? out : undefined;
}
