/**
 * ImportKeyMaterial's unwrapping with a GetParametersForImport wrapping key (algorithms: `wrapping.ts`).
 * Loaded with `import()` on the first import, with `key-material.ts`, so pages that never import key
 * material never download it.
 */
import type { ImportParameters } from '../model';
import { aesKwpUnwrap } from './aes-kwp';

const subtle = () => globalThis.crypto.subtle;

/**
 * The key material inside `encrypted`, unwrapped with the parameters' private key; undefined when it
 * does not unwrap (wrong wrapping key, wrong algorithm, damaged bytes): AWS answers
 * InvalidCiphertextException then.
 */
export async function unwrapKeyMaterial(params: ImportParameters, encrypted: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    if (params.wrappingAlgorithm.startsWith('RSAES_OAEP')) {
      return new Uint8Array(await subtle().decrypt({ name: 'RSA-OAEP' }, params.privateKey, encrypted as Uint8Array<ArrayBuffer>));
    }
    const k = Number(params.wrappingKeySpec.slice(4)) / 8; // the RSA modulus in bytes
    if (encrypted.length <= k) return undefined;
    // The AES key goes straight from RSA-OAEP into a non-extractable CryptoKey: its bytes never reach JavaScript.
    const aes = await subtle().unwrapKey(
      'raw',
      encrypted.subarray(0, k) as Uint8Array<ArrayBuffer>,
      params.privateKey,
      { name: 'RSA-OAEP' },
      { name: 'AES-CBC' },
      false,
      ['encrypt', 'decrypt'],
    );
    if ((aes.algorithm as AesKeyAlgorithm).length !== 256) return undefined;
    return await aesKwpUnwrap(aes, encrypted.subarray(k));
  } catch {
    return undefined;
  }
}
