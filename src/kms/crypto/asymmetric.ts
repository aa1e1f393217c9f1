/**
 * Asymmetric key material. RSA and the NIST curves live on WebCrypto: WebCrypto binds the hash to an RSA
 * key, so one key pair is imported once per algorithm (RSAES_OAEP_SHA_1, RSASSA_PSS_SHA_384, ...), each
 * import non-extractable. The pair is generated extractable only long enough to export it for those
 * imports; the private JWK is then kept only wrapped under the simulator's domain key. secp256k1, which
 * WebCrypto lacks, is built with `@noble/curves` (secp256k1.ts). The modules on `@noble` are loaded with
 * `import()` when a key first needs them, so pages that use only symmetric keys never download them.
 */
import type { AsymmetricMaterial, KeyUsage, SupportedKeySpec } from '../model';
import { ecSpec, isEc, type EcSpec } from './ec-specs';
import { wrapJwk } from './jwk';

const subtle = () => globalThis.crypto.subtle;

/** WebCrypto parameters per KMS algorithm. */
const RSA_SIGN: Record<string, { name: string; hash: string; saltLength?: number }> = {
  RSASSA_PSS_SHA_256: { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 32 },
  RSASSA_PSS_SHA_384: { name: 'RSA-PSS', hash: 'SHA-384', saltLength: 48 },
  RSASSA_PSS_SHA_512: { name: 'RSA-PSS', hash: 'SHA-512', saltLength: 64 },
  RSASSA_PKCS1_V1_5_SHA_256: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  RSASSA_PKCS1_V1_5_SHA_384: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
  RSASSA_PKCS1_V1_5_SHA_512: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
};
const RSA_ENCRYPT: Record<string, string> = { RSAES_OAEP_SHA_1: 'SHA-1', RSAES_OAEP_SHA_256: 'SHA-256' };

/** The hash of a signing algorithm, by its WebCrypto name. */
export type SigningHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Parameters of a signing algorithm: WebCrypto hash and digest length. */
export function signingHash(alg: string): { hash: SigningHash; length: number } {
  const h = alg.endsWith('_256') ? 'SHA-256' : alg.endsWith('_384') ? 'SHA-384' : 'SHA-512';
  return { hash: h, length: h === 'SHA-256' ? 32 : h === 'SHA-384' ? 48 : 64 };
}

/** RSA modulus bits of a key spec. */
export const rsaBits = (spec: string) => Number(spec.slice(4));
/** True for RSA specs. */
export const isRsa = (spec: string) => spec.startsWith('RSA_');
/** WebCrypto's curve name for a NIST ECC spec. */
const webCryptoCurve = (spec: string): string => {
  const curve = isEc(spec) ? ecSpec(spec).webCrypto : undefined;
  if (!curve) throw new Error(`${spec} is not a WebCrypto curve`);
  return curve;
};

/** Generates an extractable WebCrypto key pair for an RSA or NIST ECC spec (briefly, to build KMS keys and data key pairs). */
async function generatePair(spec: string): Promise<CryptoKeyPair> {
  if (isRsa(spec)) {
    return await subtle().generateKey(
      { name: 'RSA-PSS', modulusLength: rsaBits(spec), publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    );
  }
  return await subtle().generateKey({ name: 'ECDSA', namedCurve: webCryptoCurve(spec) }, true, ['sign', 'verify']);
}

/**
 * A data key pair (GenerateDataKeyPair): DER PKCS #8 private key and SubjectPublicKeyInfo public key.
 * RSA and NIST curves come from WebCrypto, secp256k1 from `@noble/curves` with the injected random source.
 */
export async function generateDataKeyPair(
  spec: string,
  random: (b: Uint8Array) => void,
): Promise<{ privateKey: Uint8Array; publicKey: Uint8Array }> {
  if (spec === 'ECC_SECG_P256K1') return (await import('./secp256k1')).secp256k1DataKeyPair(random);
  const pair = await generatePair(spec);
  return {
    privateKey: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)),
    publicKey: new Uint8Array(await subtle().exportKey('spki', pair.publicKey)),
  };
}

function bareJwk(jwk: JsonWebKey): JsonWebKey {
  const { alg: _a, key_ops: _k, ext: _e, ...rest } = jwk;
  return rest;
}

/**
 * Creates the material of an asymmetric KMS key. `wrap` encrypts under the domain key; `random` is the
 * injected source (secp256k1 keys are drawn from it; WebCrypto generates the others itself).
 */
export async function createAsymmetricMaterial(
  spec: SupportedKeySpec,
  usage: KeyUsage,
  wrap: (b: Uint8Array) => Promise<Uint8Array>,
  random: (b: Uint8Array) => void,
): Promise<AsymmetricMaterial> {
  if (spec === 'ECC_SECG_P256K1') return (await import('./secp256k1')).createSecp256k1Material(random, wrap);
  const pair = await generatePair(spec);
  const jwk = bareJwk(await subtle().exportKey('jwk', pair.privateKey));
  const publicKeySpki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  const pub = { kty: jwk.kty, n: jwk.n, e: jwk.e, crv: jwk.crv, x: jwk.x, y: jwk.y } as JsonWebKey;
  const keys: Record<string, CryptoKey> = {};
  if (isRsa(spec) && usage === 'ENCRYPT_DECRYPT') {
    for (const [alg, hash] of Object.entries(RSA_ENCRYPT)) {
      keys[`${alg}:private`] = await subtle().importKey('jwk', jwk, { name: 'RSA-OAEP', hash }, false, ['decrypt']);
      keys[`${alg}:public`] = await subtle().importKey('jwk', pub, { name: 'RSA-OAEP', hash }, false, ['encrypt']);
    }
  } else if (isRsa(spec)) {
    for (const [alg, p] of Object.entries(RSA_SIGN)) {
      keys[`${alg}:private`] = await subtle().importKey('jwk', jwk, { name: p.name, hash: p.hash }, false, ['sign']);
      keys[`${alg}:public`] = await subtle().importKey('jwk', pub, { name: p.name, hash: p.hash }, false, ['verify']);
    }
  } else {
    const curve = webCryptoCurve(spec);
    keys['ECDSA:private'] = await subtle().importKey('jwk', jwk, { name: 'ECDSA', namedCurve: curve }, false, ['sign']);
    keys['ECDSA:public'] = await subtle().importKey('jwk', pub, { name: 'ECDSA', namedCurve: curve }, false, ['verify']);
  }
  return { publicKeySpki, keys, wrappedPrivateJwk: await wrapJwk(jwk, wrap) };
}

/** Largest RSA-OAEP plaintext: k − 2·hLen − 2 (RSA_2048: 214 with SHA-1, 190 with SHA-256; docs/kms-facts.md §1.1). */
export function maxOaepPlaintext(spec: string, alg: string): number {
  const k = rsaBits(spec) / 8;
  const hLen = alg === 'RSAES_OAEP_SHA_1' ? 20 : 32;
  return k - 2 * hLen - 2;
}

/** RSA-OAEP encryption with the key's public key. */
export async function rsaEncrypt(m: AsymmetricMaterial, alg: string, plaintext: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().encrypt({ name: 'RSA-OAEP' }, m.keys[`${alg}:public`]!, plaintext as Uint8Array<ArrayBuffer>));
}

/** RSA-OAEP decryption; undefined when the ciphertext does not decrypt. */
export async function rsaDecrypt(m: AsymmetricMaterial, alg: string, ciphertext: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'RSA-OAEP' }, m.keys[`${alg}:private`]!, ciphertext as Uint8Array<ArrayBuffer>));
  } catch {
    return undefined;
  }
}

/**
 * Signs a RAW message with the key's non-extractable WebCrypto key (WebCrypto hashes it), for RSA and the
 * NIST curves. ECDSA signatures come back DER-encoded, as AWS returns them.
 */
export async function signRaw(spec: string, m: AsymmetricMaterial, alg: string, message: Uint8Array): Promise<Uint8Array> {
  if (isRsa(spec)) {
    const p = RSA_SIGN[alg]!;
    return new Uint8Array(
      await subtle().sign({ name: p.name, saltLength: p.saltLength }, m.keys[`${alg}:private`]!, message as Uint8Array<ArrayBuffer>),
    );
  }
  const raw = new Uint8Array(
    await subtle().sign({ name: 'ECDSA', hash: ecSpec(spec as EcSpec).hash }, m.keys['ECDSA:private']!, message as Uint8Array<ArrayBuffer>),
  );
  return (await import('./ecdsa')).ecdsaRawToDer(spec as EcSpec, raw);
}

/** Verifies a signature over a RAW message with the key's WebCrypto public key (RSA and the NIST curves). */
export async function verifyRaw(
  spec: string,
  m: AsymmetricMaterial,
  alg: string,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  try {
    if (isRsa(spec)) {
      const p = RSA_SIGN[alg]!;
      return await subtle().verify(
        { name: p.name, saltLength: p.saltLength },
        m.keys[`${alg}:public`]!,
        signature as Uint8Array<ArrayBuffer>,
        message as Uint8Array<ArrayBuffer>,
      );
    }
    const raw = (await import('./ecdsa')).ecdsaDerToRaw(spec as EcSpec, signature);
    if (!raw) return false;
    return await subtle().verify(
      { name: 'ECDSA', hash: ecSpec(spec as EcSpec).hash },
      m.keys['ECDSA:public']!,
      raw as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
}
