/**
 * Sign and Verify for every asymmetric SIGN_VERIFY key, choosing the implementation:
 * - RAW messages on RSA and the NIST curves: the key's non-extractable WebCrypto keys (asymmetric.ts).
 * - DIGEST messages (WebCrypto always hashes): ECDSA with `@noble/curves` (ecdsa.ts), RSA with the
 *   encodings in rsa-digest.ts.
 * - ECC_SECG_P256K1, RAW or DIGEST: `@noble/curves` (WebCrypto has no secp256k1).
 * Where the private key is needed outside WebCrypto it is unwrapped from the domain key for this call
 * only and the decoded bytes are zeroed before returning. The modules on `@noble` are loaded with
 * `import()` on first use (pages that use only symmetric keys never download them).
 */
import type { KeyRecord } from '../model';
import { isRsa, signingHash, signRaw, verifyRaw } from './asymmetric';
import { ecPublicPoint, isEc } from './ec-specs';
import { b64urlToBytes, unwrapJwk } from './jwk';

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
  if (isRsa(spec)) {
    const { rsaSignDigest } = await import('./rsa-digest');
    return rsaSignDigest(await unwrapJwk(material, deps.unwrap), algorithm, signingHash(algorithm).hash, message, deps.random);
  }
  if (!isEc(spec)) throw new Error(`${spec} cannot sign`);
  const { ecdsaSign } = await import('./ecdsa');
  const d = b64urlToBytes((await unwrapJwk(material, deps.unwrap)).d ?? '');
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
  if (isRsa(spec)) {
    const { rsaVerifyDigest } = await import('./rsa-digest');
    return rsaVerifyDigest(await rsaPublicJwk(material.publicKeySpki), algorithm, signingHash(algorithm).hash, message, signature);
  }
  if (!isEc(spec)) return false;
  const { ecdsaVerify } = await import('./ecdsa');
  return ecdsaVerify(spec, ecPublicPoint(spec, material.publicKeySpki), message, !isDigest, signature);
}
