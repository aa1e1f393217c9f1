/**
 * Imported asymmetric key material: the private key of an RSA or ECC key pair in PKCS #8 DER
 * (RFC 5208), checked against the key spec and turned into the same material a generated key has.
 * WebCrypto parses RSA and the NIST curves (so explicit curve parameters and other curves are
 * refused); secp256k1, which WebCrypto lacks, is read here and built with `@noble/curves` (loaded on
 * first use). The public key is derived from the private key, as KMS does.
 */
import { bytesEqual, toHex } from '../bytes';
import { isRsa, materialFromPair, rsaBits } from '../crypto/asymmetric';
import { ecPublicPoint, ecSpec, isEc } from '../crypto/ec-specs';
import type { AsymmetricMaterial, KeyUsage, SupportedKeySpec } from '../model';
import { readEcPkcs8 } from './pkcs8';

/** secp256k1's OID, 1.3.132.0.10, as DER contents. */
const SECP256K1_OID = '2b8104000a';

const subtle = () => globalThis.crypto.subtle;

/** An extractable key pair from a PKCS #8 private key of this spec, or undefined when it is not one. */
async function pairFromPkcs8(spec: SupportedKeySpec, der: Uint8Array): Promise<CryptoKeyPair | undefined> {
  const bytes = der as Uint8Array<ArrayBuffer>;
  if (isRsa(spec)) {
    const algorithm = { name: 'RSA-PSS', hash: 'SHA-256' };
    const privateKey = await subtle().importKey('pkcs8', bytes, algorithm, true, ['sign']);
    if ((privateKey.algorithm as RsaHashedKeyAlgorithm).modulusLength !== rsaBits(spec)) return undefined;
    const jwk = await subtle().exportKey('jwk', privateKey);
    // Multi-prime RSA keys are not supported (two primes only).
    if (jwk.oth !== undefined) return undefined;
    const publicKey = await subtle().importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, algorithm, true, ['verify']);
    return { privateKey, publicKey };
  }
  const curve = isEc(spec) ? ecSpec(spec).webCrypto : undefined;
  if (!curve) return undefined;
  const algorithm = { name: 'ECDSA', namedCurve: curve };
  const privateKey = await subtle().importKey('pkcs8', bytes, algorithm, true, ['sign']);
  const jwk = await subtle().exportKey('jwk', privateKey);
  const publicKey = await subtle().importKey('jwk', { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y }, algorithm, true, ['verify']);
  return { privateKey, publicKey };
}

/** A secp256k1 private key's material; undefined for another curve, an invalid scalar, or a public key that does not match it. */
async function secp256k1Material(der: Uint8Array, wrap: (b: Uint8Array) => Promise<Uint8Array>): Promise<AsymmetricMaterial | undefined> {
  const info = readEcPkcs8(der);
  if (!info || info.curveOid !== SECP256K1_OID || info.d.length !== 32) return undefined;
  try {
    const { secp256k1MaterialFromScalar } = await import('../crypto/secp256k1');
    const material = await secp256k1MaterialFromScalar(info.d, wrap);
    if (!material) return undefined;
    // An uncompressed public key included in the PKCS #8 must be the scalar's (a compressed one is not checked).
    if (info.publicPoint?.length === 65 && !bytesEqual(info.publicPoint, ecPublicPoint('ECC_SECG_P256K1', material.publicKeySpki)))
      return undefined;
    return material;
  } finally {
    info.d.fill(0);
  }
}

/**
 * The material of an asymmetric KMS key made from imported PKCS #8 bytes, and its fingerprint (SHA-256
 * of the public key: the same key pair imported again has the same one). Undefined when the bytes are
 * not a private key of this spec.
 */
export async function asymmetricMaterialFromPkcs8(
  spec: SupportedKeySpec,
  usage: KeyUsage,
  der: Uint8Array,
  wrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<{ material: AsymmetricMaterial; fingerprint: string } | undefined> {
  let material: AsymmetricMaterial | undefined;
  try {
    if (spec === 'ECC_SECG_P256K1') material = await secp256k1Material(der, wrap);
    else {
      const pair = await pairFromPkcs8(spec, der);
      if (pair) material = await materialFromPair(spec, usage, pair, wrap);
    }
  } catch {
    return undefined;
  }
  if (!material) return undefined;
  const fingerprint = toHex(new Uint8Array(await subtle().digest('SHA-256', material.publicKeySpki as Uint8Array<ArrayBuffer>)));
  return { material, fingerprint };
}
