/**
 * Imported asymmetric key material: the private key of an RSA or NIST ECC key pair in PKCS #8 DER
 * (RFC 5208), checked against the key spec and turned into the same material a generated key has.
 * WebCrypto parses it (so explicit curve parameters and other curves are refused); the public key is
 * derived from the private key, as KMS does.
 */
import { toHex } from '../bytes';
import { eccCurve, isRsa, materialFromPair, rsaBits } from '../crypto/asymmetric';
import type { AsymmetricMaterial, KeyUsage, SupportedKeySpec } from '../model';

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
  const algorithm = { name: 'ECDSA', namedCurve: eccCurve(spec).curve };
  const privateKey = await subtle().importKey('pkcs8', bytes, algorithm, true, ['sign']);
  const jwk = await subtle().exportKey('jwk', privateKey);
  const publicKey = await subtle().importKey('jwk', { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y }, algorithm, true, ['verify']);
  return { privateKey, publicKey };
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
  let pair: CryptoKeyPair | undefined;
  try {
    pair = await pairFromPkcs8(spec, der);
  } catch {
    return undefined;
  }
  if (!pair) return undefined;
  const material = await materialFromPair(spec, usage, pair, wrap);
  const fingerprint = toHex(new Uint8Array(await subtle().digest('SHA-256', material.publicKeySpki as Uint8Array<ArrayBuffer>)));
  return { material, fingerprint };
}
