/**
 * ECDSA with `@noble/curves` for what WebCrypto cannot do: signing and verifying a pre-computed digest
 * (MessageType DIGEST) on the NIST curves, and everything on secp256k1 (ECC_SECG_P256K1), a curve
 * WebCrypto lacks. RAW messages on the NIST curves stay on WebCrypto (asymmetric.ts).
 *
 * Signatures are DER (RFC 3279 Ecdsa-Sig-Value), as KMS returns and accepts them, and are never
 * normalised to low S: KMS does not normalise either (blockchain clients must do it themselves), and
 * verification accepts both halves, as OpenSSL and WebCrypto do.
 */
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { fromHex } from '../bytes';

/** The ECDSA key specs. */
export type EcSpec = 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521' | 'ECC_SECG_P256K1';

/** One curve: the noble implementation and the encodings KMS uses around it. */
export interface EcCurve {
  ecdsa: ECDSA;
  /** WebCrypto's `namedCurve`, when WebCrypto has the curve. */
  webCrypto?: 'P-256' | 'P-384' | 'P-521';
  /** JWK `crv` (RFC 7518 §6.2.1.1; RFC 8812 §3.1 registers `secp256k1`). */
  jwkCrv: string;
  /** The hash of the key's one signing algorithm (ECDSA_SHA_256 / _384 / _512; docs/kms-facts.md §2.1). */
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** Bytes of a scalar or coordinate. */
  size: number;
  /**
   * DER SubjectPublicKeyInfo (RFC 5480) up to the uncompressed point: SEQUENCE { SEQUENCE { OID
   * id-ecPublicKey 1.2.840.10045.2.1, OID of the named curve }, BIT STRING header (0 unused bits) }.
   */
  spkiPrefix: Uint8Array;
}

// Prefixes as WebCrypto and OpenSSL export them (checked against both in tests/unit/kms/secp256k1.test.ts).
const CURVES: Record<EcSpec, EcCurve> = {
  // prime256v1 1.2.840.10045.3.1.7
  ECC_NIST_P256: {
    ecdsa: p256,
    webCrypto: 'P-256',
    jwkCrv: 'P-256',
    hash: 'SHA-256',
    size: 32,
    spkiPrefix: fromHex('3059301306072a8648ce3d020106082a8648ce3d030107034200'),
  },
  // secp384r1 1.3.132.0.34
  ECC_NIST_P384: {
    ecdsa: p384,
    webCrypto: 'P-384',
    jwkCrv: 'P-384',
    hash: 'SHA-384',
    size: 48,
    spkiPrefix: fromHex('3076301006072a8648ce3d020106052b81040022036200'),
  },
  // secp521r1 1.3.132.0.35 (the BIT STRING's length takes two bytes: 81 86)
  ECC_NIST_P521: {
    ecdsa: p521,
    webCrypto: 'P-521',
    jwkCrv: 'P-521',
    hash: 'SHA-512',
    size: 66,
    spkiPrefix: fromHex('30819b301006072a8648ce3d020106052b8104002303818600'),
  },
  // secp256k1 1.3.132.0.10 (SEC 2 v2 §A.2.1)
  ECC_SECG_P256K1: {
    ecdsa: secp256k1,
    jwkCrv: 'secp256k1',
    hash: 'SHA-256',
    size: 32,
    spkiPrefix: fromHex('3056301006072a8648ce3d020106052b8104000a034200'),
  },
};

/** True for the ECDSA key specs. */
export const isEc = (spec: string): spec is EcSpec => Object.hasOwn(CURVES, spec);

/** The curve of an ECC key spec. */
export const ecCurve = (spec: EcSpec): EcCurve => CURVES[spec];

/** DER SubjectPublicKeyInfo of an uncompressed public point (as GetPublicKey and data key pairs return it). */
export function ecSpki(spec: EcSpec, point: Uint8Array): Uint8Array {
  const { spkiPrefix } = CURVES[spec];
  const out = new Uint8Array(spkiPrefix.length + point.length);
  out.set(spkiPrefix);
  out.set(point, spkiPrefix.length);
  return out;
}

/** The uncompressed public point (0x04 || x || y) inside a key's own SubjectPublicKeyInfo. */
export function ecPublicPoint(spec: EcSpec, spki: Uint8Array): Uint8Array {
  const { spkiPrefix, size } = CURVES[spec];
  const ok = spki.length === spkiPrefix.length + 1 + 2 * size && spkiPrefix.every((b, i) => spki[i] === b);
  if (!ok) throw new Error(`not an uncompressed ${spec} SubjectPublicKeyInfo`);
  return spki.subarray(spkiPrefix.length);
}

/** r || s (IEEE P1363, what WebCrypto produces) to DER. */
export const ecdsaRawToDer = (spec: EcSpec, raw: Uint8Array): Uint8Array =>
  CURVES[spec].ecdsa.Signature.fromBytes(raw, 'compact').toBytes('der');

/** DER to r || s; undefined when the bytes are not a strict DER signature with r and s in [1, n-1]. */
export function ecdsaDerToRaw(spec: EcSpec, der: Uint8Array): Uint8Array | undefined {
  try {
    return CURVES[spec].ecdsa.Signature.fromBytes(der, 'der').toBytes('compact');
  } catch {
    return undefined;
  }
}

/**
 * Signs with a private scalar. `prehash` hashes the message with the curve's hash first (RAW);
 * otherwise `message` is the digest (DIGEST). k is RFC 6979's, hedged with `entropy` (RFC 6979 §3.6)
 * so that, as in KMS, signing the same message twice gives two different signatures; without
 * `entropy` the signature is RFC 6979's deterministic one (used by the known-answer tests).
 */
export function ecdsaSign(spec: EcSpec, secret: Uint8Array, message: Uint8Array, prehash: boolean, entropy?: Uint8Array): Uint8Array {
  return CURVES[spec].ecdsa.sign(message, secret, { prehash, lowS: false, extraEntropy: entropy ?? false, format: 'der' });
}

/** Verifies a DER signature against an uncompressed public point; false for anything malformed. */
export function ecdsaVerify(spec: EcSpec, point: Uint8Array, message: Uint8Array, prehash: boolean, der: Uint8Array): boolean {
  try {
    return CURVES[spec].ecdsa.verify(der, message, point, { prehash, lowS: false, format: 'der' });
  } catch {
    return false;
  }
}
