/**
 * The ECDSA key specs and the encodings KMS uses around them: no curve arithmetic here (that is
 * `ecdsa.ts`, on `@noble/curves`, loaded only when a key needs it), so WebCrypto-only paths stay small.
 */
import { fromHex } from '../bytes';

/** The ECDSA key specs. */
export type EcSpec = 'ECC_NIST_P256' | 'ECC_NIST_P384' | 'ECC_NIST_P521' | 'ECC_SECG_P256K1';

/** One curve's names and encodings. */
interface EcSpecInfo {
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
const SPECS: Record<EcSpec, EcSpecInfo> = {
  // prime256v1 1.2.840.10045.3.1.7
  ECC_NIST_P256: {
    webCrypto: 'P-256',
    jwkCrv: 'P-256',
    hash: 'SHA-256',
    size: 32,
    spkiPrefix: fromHex('3059301306072a8648ce3d020106082a8648ce3d030107034200'),
  },
  // secp384r1 1.3.132.0.34
  ECC_NIST_P384: {
    webCrypto: 'P-384',
    jwkCrv: 'P-384',
    hash: 'SHA-384',
    size: 48,
    spkiPrefix: fromHex('3076301006072a8648ce3d020106052b81040022036200'),
  },
  // secp521r1 1.3.132.0.35 (the BIT STRING's length takes two bytes: 81 86)
  ECC_NIST_P521: {
    webCrypto: 'P-521',
    jwkCrv: 'P-521',
    hash: 'SHA-512',
    size: 66,
    spkiPrefix: fromHex('30819b301006072a8648ce3d020106052b8104002303818600'),
  },
  // secp256k1 1.3.132.0.10 (SEC 2 v2 §A.2.1)
  ECC_SECG_P256K1: {
    jwkCrv: 'secp256k1',
    hash: 'SHA-256',
    size: 32,
    spkiPrefix: fromHex('3056301006072a8648ce3d020106052b8104000a034200'),
  },
};

/** True for the ECDSA key specs. */
export const isEc = (spec: string): spec is EcSpec => Object.hasOwn(SPECS, spec);

/** Names and encodings of an ECC key spec. */
export const ecSpec = (spec: EcSpec): EcSpecInfo => SPECS[spec];

/** DER SubjectPublicKeyInfo of an uncompressed public point (as GetPublicKey and data key pairs return it). */
export function ecSpki(spec: EcSpec, point: Uint8Array): Uint8Array {
  const { spkiPrefix } = SPECS[spec];
  const out = new Uint8Array(spkiPrefix.length + point.length);
  out.set(spkiPrefix);
  out.set(point, spkiPrefix.length);
  return out;
}

/** The uncompressed public point (0x04 || x || y) inside a key's own SubjectPublicKeyInfo. */
export function ecPublicPoint(spec: EcSpec, spki: Uint8Array): Uint8Array {
  const { spkiPrefix, size } = SPECS[spec];
  const ok = spki.length === spkiPrefix.length + 1 + 2 * size && spkiPrefix.every((b, i) => spki[i] === b);
  if (!ok) throw new Error(`not an uncompressed ${spec} SubjectPublicKeyInfo`);
  return spki.subarray(spkiPrefix.length);
}
