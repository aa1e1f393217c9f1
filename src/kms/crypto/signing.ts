/**
 * Sign and Verify for every asymmetric SIGN_VERIFY key, choosing the implementation:
 * - RAW messages on RSA and the NIST curves: the key's non-extractable WebCrypto keys (asymmetric.ts).
 * - DIGEST messages (WebCrypto always hashes): ECDSA with `@noble/curves` (ecdsa.ts), RSA with the
 *   encodings in rsa-digest.ts.
 * - ECC_SECG_P256K1, RAW or DIGEST: `@noble/curves` (WebCrypto has no secp256k1).
 * Where the private key is needed outside WebCrypto it is unwrapped from the domain key for this call
 * only and the decoded bytes are zeroed before returning.
 */
import type { KeyRecord } from '../model';
import { isRsa, signingHash, signRaw, verifyRaw } from './asymmetric';
import { ecdsaSign, ecdsaVerify, ecPublicPoint, isEc } from './ecdsa';
import { b64urlToBytes, unwrapJwk } from './jwk';
import { rsaSignDigest, rsaVerifyDigest } from './rsa-digest';

/** What signing outside WebCrypto needs from the engine. */
export interface SigningDeps {
  /** Decrypts bytes wrapped under the domain key. */
  unwrap: (b: Uint8Array) => Promise<Uint8Array>;
  /** The injected random source (PSS salts, ECDSA hedging). */
  random: (b: Uint8Array) => void;
}

/** Signs `message` (or, when `isDigest`, the digest it is) with the key's private key. Returns AWS's format (raw RSA, DER ECDSA). */
export async function signMessage(
  key: KeyRecord,
  algorithm: string,
  message: Uint8Array,
  isDigest: boolean,
  deps: SigningDeps,
): Promise<Uint8Array> {
  const spec = key.keySpec;
  const material = key.asymmetric!;
  if (!isDigest && spec !== 'ECC_SECG_P256K1') return signRaw(spec, material, algorithm, message);
  const jwk = await unwrapJwk(material, deps.unwrap);
  if (isRsa(spec)) return rsaSignDigest(jwk, algorithm, signingHash(algorithm).hash, message, deps.random);
  if (!isEc(spec)) throw new Error(`${spec} cannot sign`);
  const d = b64urlToBytes(jwk.d ?? '');
  const entropy = new Uint8Array(32);
  deps.random(entropy);
  try {
    return ecdsaSign(spec, d, message, !isDigest, entropy);
  } finally {
    d.fill(0);
  }
}

/** Public numbers of an RSA key, from its SPKI via a JWK export of an extractable public CryptoKey. */
async function rsaPublicJwk(spki: Uint8Array): Promise<JsonWebKey> {
  const pub = await crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, { name: 'RSA-PSS', hash: 'SHA-256' }, true, [
    'verify',
  ]);
  return crypto.subtle.exportKey('jwk', pub);
}

/** True when `signature` is the key's signature over `message` (or over the digest `message`, when `isDigest`). */
export async function verifySignature(
  key: KeyRecord,
  algorithm: string,
  message: Uint8Array,
  isDigest: boolean,
  signature: Uint8Array,
): Promise<boolean> {
  const spec = key.keySpec;
  const material = key.asymmetric!;
  if (!isDigest && spec !== 'ECC_SECG_P256K1') return verifyRaw(spec, material, algorithm, message, signature);
  if (isRsa(spec))
    return rsaVerifyDigest(await rsaPublicJwk(material.publicKeySpki), algorithm, signingHash(algorithm).hash, message, signature);
  if (!isEc(spec)) return false;
  return ecdsaVerify(spec, ecPublicPoint(spec, material.publicKeySpki), message, !isDigest, signature);
}
