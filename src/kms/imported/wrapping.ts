/**
 * Import wrapping: the RSA wrapping keys GetParametersForImport hands out, in WebCrypto (the private
 * wrapping key is a non-extractable CryptoKey). ImportKeyMaterial unwraps with them in `unwrap.ts`.
 *
 * Algorithms (API-GetParametersForImport `WrappingAlgorithm`, docs/kms-facts.md §13):
 * - RSAES_OAEP_SHA_1 / RSAES_OAEP_SHA_256: the key material itself is RSA-OAEP encrypted (MGF1 with
 *   the same hash). Not for RSA private keys; not for ECC_NIST_P521 with an RSA_2048 wrapping key.
 * - RSA_AES_KEY_WRAP_SHA_1 / _256: a 256-bit AES key, RSA-OAEP encrypted, followed by the key material
 *   wrapped under that AES key with AES key wrap with padding (RFC 5649). Any key material.
 * - RSAES_PKCS1_V1_5: not supported since 10 October 2023. SM2PKE and the SM2 wrapping key spec exist
 *   only in the China Regions, which KMS Lab does not simulate.
 */
import type { ImportParameters, SupportedKeySpec } from '../model';

/** Wrapping key specs the simulator issues. */
export const WRAPPING_KEY_SPECS = ['RSA_2048', 'RSA_3072', 'RSA_4096'] as const;
/** Wrapping algorithms the simulator accepts. */
export const WRAPPING_ALGORITHMS = [
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'RSA_AES_KEY_WRAP_SHA_1',
  'RSA_AES_KEY_WRAP_SHA_256',
] as const;

type WrappingKeySpec = ImportParameters['wrappingKeySpec'];
type WrappingAlgorithm = ImportParameters['wrappingAlgorithm'];

/** True for a wrapping key spec the simulator issues. */
export const isWrappingKeySpec = (v: string): v is WrappingKeySpec => (WRAPPING_KEY_SPECS as readonly string[]).includes(v);
/** True for a wrapping algorithm the simulator accepts. */
export const isWrappingAlgorithm = (v: string): v is WrappingAlgorithm => (WRAPPING_ALGORITHMS as readonly string[]).includes(v);

const subtle = () => globalThis.crypto.subtle;
const oaepHash = (alg: WrappingAlgorithm) => (alg.endsWith('SHA_1') ? 'SHA-1' : 'SHA-256');

/**
 * Why an algorithm cannot wrap a key's material, or undefined when it can (API-GetParametersForImport):
 * RSA private keys need an RSA_AES algorithm; an ECC_NIST_P521 private key does not fit in one
 * RSA_2048 OAEP block.
 */
export function wrappingMismatch(keySpec: SupportedKeySpec, wrappingKeySpec: WrappingKeySpec, alg: WrappingAlgorithm): string | undefined {
  if (alg.startsWith('RSA_AES_KEY_WRAP')) return undefined;
  if (keySpec.startsWith('RSA_'))
    return `${alg} cannot wrap RSA private key material. Use RSA_AES_KEY_WRAP_SHA_1 or RSA_AES_KEY_WRAP_SHA_256.`;
  if (keySpec === 'ECC_NIST_P521' && wrappingKeySpec === 'RSA_2048')
    return `An RSA_2048 wrapping key cannot wrap ECC_NIST_P521 key material with ${alg}. Use a longer wrapping key or an RSA_AES_KEY_WRAP algorithm.`;
  return undefined;
}

/** A new RSA wrapping key pair: the public key as DER SubjectPublicKeyInfo, the private key non-extractable. */
export async function createWrappingKey(
  spec: WrappingKeySpec,
  alg: WrappingAlgorithm,
): Promise<{ publicKeySpki: Uint8Array; privateKey: CryptoKey }> {
  const pair = await subtle().generateKey(
    { name: 'RSA-OAEP', modulusLength: Number(spec.slice(4)), publicExponent: new Uint8Array([1, 0, 1]), hash: oaepHash(alg) },
    false,
    ['encrypt', 'decrypt', 'unwrapKey'],
  );
  return { publicKeySpki: new Uint8Array(await subtle().exportKey('spki', pair.publicKey)), privateKey: pair.privateKey };
}
