/**
 * Shared fixtures for the imported key material tests: a client, and key material wrapped the way a
 * customer wraps it, with OpenSSL (Node's crypto): RSA-OAEP, or RSA-OAEP of an AES key followed by AES
 * key wrap with padding (`id-aes256-wrap-pad`), as the Developer Guide's OpenSSL examples do.
 */
import { constants, createCipheriv, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import {
  CreateKeyCommand,
  GetParametersForImportCommand,
  ImportKeyMaterialCommand,
  type AlgorithmSpec,
  type CreateKeyCommandInput,
  type ImportKeyMaterialCommandInput,
  type KMSClient,
  type WrappingKeySpec,
} from '@aws-sdk/client-kms';
import { DAY, T0 } from '../helpers';

export { DAY, T0 };

type Wrapping = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256';

/** Random key material. */
export const material = (bytes = 32) => new Uint8Array(randomBytes(bytes));

/** RSA-OAEP with OpenSSL: MGF1 with the same hash, as `openssl pkeyutl -pkeyopt rsa_oaep_md:… rsa_mgf1_md:…`. */
function oaep(publicKeySpki: Uint8Array, hash: 'sha1' | 'sha256', data: Uint8Array): Uint8Array {
  return new Uint8Array(
    publicEncrypt(
      {
        key: createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' }),
        padding: constants.RSA_PKCS1_OAEP_PADDING,
        oaepHash: hash,
      },
      data,
    ),
  );
}

/** Wraps key material for import with the wrapping public key and algorithm. */
export function wrap(publicKeySpki: Uint8Array, algorithm: Wrapping, keyMaterial: Uint8Array): Uint8Array {
  const hash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  if (algorithm.startsWith('RSAES_OAEP')) return oaep(publicKeySpki, hash, keyMaterial);
  const aes = randomBytes(32);
  const kwp = createCipheriv('id-aes256-wrap-pad', aes, Buffer.from('A65959A6', 'hex'));
  const wrappedMaterial = Buffer.concat([kwp.update(keyMaterial), kwp.final()]);
  const wrappedKey = oaep(publicKeySpki, hash, aes);
  const out = new Uint8Array(wrappedKey.length + wrappedMaterial.length);
  out.set(wrappedKey);
  out.set(wrappedMaterial, wrappedKey.length);
  return out;
}

/** Creates a key with Origin EXTERNAL; returns its key ID. */
export async function externalKey(c: KMSClient, input: Omit<CreateKeyCommandInput, 'Origin'> = {}): Promise<string> {
  return (await c.send(new CreateKeyCommand({ ...input, Origin: 'EXTERNAL' }))).KeyMetadata!.KeyId!;
}

/** GetParametersForImport. */
export async function parameters(
  c: KMSClient,
  keyId: string,
  algorithm: AlgorithmSpec = 'RSAES_OAEP_SHA_256',
  spec: WrappingKeySpec = 'RSA_2048',
) {
  const p = await c.send(new GetParametersForImportCommand({ KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: spec }));
  return { token: p.ImportToken!, publicKey: p.PublicKey!, validTo: p.ParametersValidTo!, keyArn: p.KeyId! };
}

/** Gets parameters, wraps the material and imports it (never expiring unless `options` says otherwise). */
export async function importMaterial(
  c: KMSClient,
  keyId: string,
  keyMaterial: Uint8Array,
  options: Partial<ImportKeyMaterialCommandInput> & { algorithm?: Wrapping; spec?: WrappingKeySpec } = {},
) {
  const { algorithm = 'RSAES_OAEP_SHA_256', spec = 'RSA_2048', ...input } = options;
  const p = await parameters(c, keyId, algorithm, spec);
  const expiration: Partial<ImportKeyMaterialCommandInput> =
    input.ExpirationModel || input.ValidTo ? {} : { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
  return c.send(
    new ImportKeyMaterialCommand({
      KeyId: keyId,
      ImportToken: p.token,
      EncryptedKeyMaterial: wrap(p.publicKey, algorithm, keyMaterial),
      ...expiration,
      ...input,
    }),
  );
}
