/**
 * ECDSA with `@noble/curves` for what WebCrypto cannot do: signing and verifying a pre-computed digest
 * (MessageType DIGEST) on the NIST curves, everything on secp256k1 (ECC_SECG_P256K1, a curve WebCrypto
 * lacks), and converting WebCrypto's r || s signatures to DER. Loaded with `import()` on first use, so
 * pages that never touch an ECC key never download the curves.
 *
 * Signatures are DER (RFC 3279 Ecdsa-Sig-Value), as KMS returns and accepts them, and are never
 * normalised to low S: KMS does not normalise either (Ethereum clients do it themselves;
 * docs/kms-facts.md §2.1), and verification accepts both halves, as OpenSSL and WebCrypto do.
 */
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import type { EcSpec } from './ec-specs';

const CURVES: Record<EcSpec, ECDSA> = {
  ECC_NIST_P256: p256,
  ECC_NIST_P384: p384,
  ECC_NIST_P521: p521,
  ECC_SECG_P256K1: secp256k1,
};

/** r || s (IEEE P1363, what WebCrypto produces) to DER. */
export const ecdsaRawToDer = (spec: EcSpec, raw: Uint8Array): Uint8Array => CURVES[spec].Signature.fromBytes(raw, 'compact').toBytes('der');

/** DER to r || s; undefined when the bytes are not a strict DER signature with r and s in [1, n-1]. */
export function ecdsaDerToRaw(spec: EcSpec, der: Uint8Array): Uint8Array | undefined {
  try {
    return CURVES[spec].Signature.fromBytes(der, 'der').toBytes('compact');
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
  return CURVES[spec].sign(message, secret, { prehash, lowS: false, extraEntropy: entropy ?? false, format: 'der' });
}

/** Verifies a DER signature against an uncompressed public point; false for anything malformed. */
export function ecdsaVerify(spec: EcSpec, point: Uint8Array, message: Uint8Array, prehash: boolean, der: Uint8Array): boolean {
  try {
    return CURVES[spec].verify(der, message, point, { prehash, lowS: false, format: 'der' });
  } catch {
    return false;
  }
}
