/**
 * The learner's own HSM, as far as a lab needs one: it wraps key material for `ImportKeyMaterial`
 * with the wrapping public key from `GetParametersForImport`, as `openssl pkeyutl` does with RSA-OAEP
 * (MGF1 with the same hash). WebCrypto only; the material never goes anywhere else.
 */

/** The RSA-OAEP wrapping algorithms KMS offers (the RSA_AES_KEY_WRAP ones need an AES key wrap step as well). */
export type OaepWrapping = 'RSAES_OAEP_SHA_256' | 'RSAES_OAEP_SHA_1';

/** The wrapping algorithms, for pickers. */
export const OAEP_WRAPPINGS: readonly OaepWrapping[] = ['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1'];

/**
 * Key material encrypted with a wrapping public key (DER SubjectPublicKeyInfo, as KMS returns it).
 * Rejects with a readable message when the public key is not an RSA key WebCrypto can import.
 */
export async function wrapKeyMaterial(publicKeyDer: Uint8Array, algorithm: OaepWrapping, material: Uint8Array): Promise<Uint8Array> {
  const hash = algorithm === 'RSAES_OAEP_SHA_1' ? 'SHA-1' : 'SHA-256';
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', new Uint8Array(publicKeyDer), { name: 'RSA-OAEP', hash }, false, ['encrypt']);
  } catch {
    throw new Error('That is not an RSA public key. Paste the PublicKey that GetParametersForImport returned, in base64.');
  }
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, new Uint8Array(material)));
}
