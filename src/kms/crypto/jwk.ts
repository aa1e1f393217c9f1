/**
 * The wrapped private JWK of an asymmetric key: how the simulator keeps the private key outside a
 * non-extractable CryptoKey (AES-GCM under the domain key, like AWS's exported key tokens;
 * docs/kms-facts.md §13), and the base64url (RFC 7515 §2) its members use.
 */
import { decodeUtf8, encodeUtf8 } from '../bytes';
import type { AsymmetricMaterial } from '../model';

/** base64url without padding to bytes. */
export function b64urlToBytes(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes to base64url without padding. */
export function bytesToB64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Encrypts a private JWK under the domain key (`wrap`), as stored in {@link AsymmetricMaterial}. */
export async function wrapJwk(jwk: JsonWebKey, wrap: (b: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
  const bytes = encodeUtf8(JSON.stringify(jwk));
  try {
    return await wrap(bytes);
  } finally {
    bytes.fill(0);
  }
}

/**
 * Decrypts a key's private JWK for one operation. The decrypted bytes are zeroed at once; callers zero
 * the scalars they decode from it. (The JWK's strings themselves cannot be wiped in JavaScript; they
 * are unreachable once the operation returns.)
 */
export async function unwrapJwk(material: AsymmetricMaterial, unwrap: (b: Uint8Array) => Promise<Uint8Array>): Promise<JsonWebKey> {
  const bytes = await unwrap(material.wrappedPrivateJwk);
  try {
    return JSON.parse(decodeUtf8(bytes)) as JsonWebKey;
  } finally {
    bytes.fill(0);
  }
}
