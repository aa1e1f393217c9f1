/**
 * ECC_SECG_P256K1 (secp256k1, SEC 2 v2 §2.4.1) key pairs with `@noble/curves`: WebCrypto has no such
 * curve, so the private key is never a CryptoKey. A KMS key keeps it only as a JWK (RFC 8812 §3.1)
 * encrypted under the domain key, decrypted inside Sign and zeroed after use (signing.ts); the public
 * key is kept as the SubjectPublicKeyInfo GetPublicKey returns.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { fromHex } from '../bytes';
import type { AsymmetricMaterial } from '../model';
import { ecSpki } from './ec-specs';
import { bytesToB64url, wrapJwk } from './jwk';

/**
 * A private scalar from the injected random source: 32 bytes, drawn again while outside [1, n-1]
 * (FIPS 186-5 §A.2.2, rejection sampling), so a seeded simulator replays the same keys.
 */
function randomScalar(random: (b: Uint8Array) => void): Uint8Array {
  const d = new Uint8Array(32);
  for (let tries = 0; tries < 64; tries++) {
    random(d);
    if (secp256k1.utils.isValidSecretKey(d)) return d;
  }
  // Only a broken random source (all zeros, all 0xff) gets here; n is within 2^-128 of 2^256.
  throw new Error('the random source gave no valid secp256k1 private key in 64 draws');
}

/** The material of an ECC_SECG_P256K1 KMS key. `wrap` encrypts under the domain key. */
export async function createSecp256k1Material(
  random: (b: Uint8Array) => void,
  wrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<AsymmetricMaterial> {
  const d = randomScalar(random);
  try {
    const point = secp256k1.getPublicKey(d, false);
    const jwk = {
      kty: 'EC',
      crv: 'secp256k1',
      x: bytesToB64url(point.subarray(1, 33)),
      y: bytesToB64url(point.subarray(33)),
      d: bytesToB64url(d),
    };
    return { publicKeySpki: ecSpki('ECC_SECG_P256K1', point), keys: {}, wrappedPrivateJwk: await wrapJwk(jwk, wrap) };
  } finally {
    d.fill(0);
  }
}

// PKCS #8 PrivateKeyInfo (RFC 5208 / RFC 5958) holding an RFC 5915 ECPrivateKey, laid out as OpenSSL and
// Node's crypto export a secp256k1 key (curve named in the AlgorithmIdentifier, public key included):
//   30 81 84                                       PrivateKeyInfo SEQUENCE, 132 bytes
//     02 01 00                                     version 0
//     30 10 06 07 2a8648ce3d0201 06 05 2b8104000a  AlgorithmIdentifier { id-ecPublicKey, secp256k1 }
//     04 6d 30 6b                                  privateKey OCTET STRING { ECPrivateKey SEQUENCE
//       02 01 01                                     version 1
//       04 20 <d, 32 bytes>                          privateKey
//       a1 44 03 42 00 <04 || x || y>                [1] publicKey BIT STRING }
const PKCS8_HEAD = fromHex('308184020100301006072a8648ce3d020106052b8104000a046d306b0201010420');
const PKCS8_PUBLIC = fromHex('a144034200');

/**
 * A secp256k1 data key pair (GenerateDataKeyPair with KeyPairSpec ECC_SECG_P256K1): PKCS #8 private key
 * and SubjectPublicKeyInfo public key, DER, as KMS returns them.
 */
export function secp256k1DataKeyPair(random: (b: Uint8Array) => void): { privateKey: Uint8Array; publicKey: Uint8Array } {
  const d = randomScalar(random);
  try {
    const point = secp256k1.getPublicKey(d, false);
    const privateKey = new Uint8Array(PKCS8_HEAD.length + 32 + PKCS8_PUBLIC.length + point.length);
    privateKey.set(PKCS8_HEAD);
    privateKey.set(d, PKCS8_HEAD.length);
    privateKey.set(PKCS8_PUBLIC, PKCS8_HEAD.length + 32);
    privateKey.set(point, PKCS8_HEAD.length + 32 + PKCS8_PUBLIC.length);
    return { privateKey, publicKey: ecSpki('ECC_SECG_P256K1', point) };
  } finally {
    d.fill(0);
  }
}
