/**
 * Just enough DER to read an elliptic-curve private key in PKCS #8 (RFC 5208 PrivateKeyInfo holding an
 * RFC 5915 ECPrivateKey) for a curve WebCrypto cannot parse (secp256k1):
 *
 *   PrivateKeyInfo ::= SEQUENCE { version INTEGER (0), algorithm SEQUENCE { id-ecPublicKey, namedCurve OID },
 *                                 privateKey OCTET STRING (ECPrivateKey), [0] attributes OPTIONAL }
 *   ECPrivateKey   ::= SEQUENCE { version INTEGER (1), privateKey OCTET STRING, [0] parameters OPTIONAL,
 *                                 [1] publicKey BIT STRING OPTIONAL }
 *
 * Named curves only (AWS refuses explicit parameters too). Anything else reads as undefined.
 */
import { toHex } from '../bytes';

interface Tlv {
  tag: number;
  /** The value's bytes. */
  value: Uint8Array;
  /** Offset just past this element. */
  end: number;
}

/** One DER element at `offset` (definite lengths up to four bytes), or undefined. */
function readTlv(bytes: Uint8Array, offset: number): Tlv | undefined {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) return undefined;
  let pos = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[pos++];
      if (lengthByte === undefined) return undefined;
      length = length * 256 + lengthByte;
    }
  }
  if (pos + length > bytes.length) return undefined;
  return { tag, value: bytes.subarray(pos, pos + length), end: pos + length };
}

/** The elements inside a constructed value. */
function children(value: Uint8Array): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let pos = 0; pos < value.length;) {
    const t = readTlv(value, pos);
    if (!t) return undefined;
    out.push(t);
    pos = t.end;
  }
  return out;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
const OID = 0x06;
const BIT_STRING = 0x03;
/** id-ecPublicKey, 1.2.840.10045.2.1. */
const EC_PUBLIC_KEY = '2a8648ce3d0201';

/** An EC private key: its named curve's OID (hex of the DER contents), the scalar, and the public point if included. */
export interface EcPrivateKeyInfo {
  curveOid: string;
  d: Uint8Array;
  publicPoint?: Uint8Array;
}

/** Reads an EC private key from PKCS #8 DER; undefined when `der` is not one. */
export function readEcPkcs8(der: Uint8Array): EcPrivateKeyInfo | undefined {
  const outer = readTlv(der, 0);
  if (!outer || outer.tag !== SEQUENCE || outer.end !== der.length) return undefined;
  const [version, algorithm, privateKey] = children(outer.value) ?? [];
  if (version?.tag !== INTEGER || toHex(version.value) !== '00' || algorithm?.tag !== SEQUENCE || privateKey?.tag !== OCTET_STRING)
    return undefined;
  const [type, curve] = children(algorithm.value) ?? [];
  if (type?.tag !== OID || toHex(type.value) !== EC_PUBLIC_KEY || curve?.tag !== OID) return undefined;
  const ecKey = readTlv(privateKey.value, 0);
  if (!ecKey || ecKey.tag !== SEQUENCE) return undefined;
  const [ecVersion, scalar, ...rest] = children(ecKey.value) ?? [];
  if (ecVersion?.tag !== INTEGER || toHex(ecVersion.value) !== '01' || scalar?.tag !== OCTET_STRING) return undefined;
  const info: EcPrivateKeyInfo = { curveOid: toHex(curve.value), d: scalar.value.slice() };
  // [1] publicKey, explicitly tagged.
  const publicKeyField = rest.find((t) => t.tag === 0xa1);
  const bits = publicKeyField && readTlv(publicKeyField.value, 0);
  // BIT STRING: one byte of unused bits (0), then the encoded point.
  if (bits?.tag === BIT_STRING && bits.value[0] === 0) info.publicPoint = bits.value.slice(1);
  return info;
}
