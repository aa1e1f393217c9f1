import { errors } from '../errors';
import { toHex } from '../bytes';
import { newImportedState } from '../imported/imported-state';
import { sealImportToken } from '../imported/import-token';
import { createWrappingKey, isWrappingAlgorithm, isWrappingKeySpec, wrappingMismatch } from '../imported/wrapping';
import { KEY_STATES } from '../key-state';
import { apiDoc, checkEnum } from './shared';
import { defineKeyOperation } from './types';

/** Import parameters are valid for 24 hours (API-GetParametersForImport). */
const PARAMETERS_LIFETIME_MS = 24 * 3_600_000;
/** Outstanding parameter sets kept per key; the oldest unused ones are dropped beyond this. */
const MAX_OUTSTANDING = 10;

/** GetParametersForImport: a fresh RSA wrapping key and an import token for a key with Origin EXTERNAL. */
export const getParametersForImport = defineKeyOperation({
  name: 'GetParametersForImport',
  docUrl: apiDoc('GetParametersForImport'),
  description:
    'Returns an RSA wrapping public key and an import token (valid 24 hours) to encrypt and import key material into a key with Origin EXTERNAL.',
  action: 'kms:GetParametersForImport',
  required: ['KeyId', 'WrappingAlgorithm', 'WrappingKeySpec'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.importMaterial,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    checkEnum(input, 'WrappingAlgorithm', [
      'RSAES_PKCS1_V1_5',
      'RSAES_OAEP_SHA_1',
      'RSAES_OAEP_SHA_256',
      'RSA_AES_KEY_WRAP_SHA_1',
      'RSA_AES_KEY_WRAP_SHA_256',
      'SM2PKE',
    ]);
    checkEnum(input, 'WrappingKeySpec', ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2']);
  },
  async run({ key, input, engine, now }) {
    const alg = input.WrappingAlgorithm;
    const spec = input.WrappingKeySpec;
    // Both refusals: AWS's exception and message are not published; these are neutral.
    if (alg === 'RSAES_PKCS1_V1_5')
      throw errors
        .unsupported('The wrapping algorithm RSAES_PKCS1_V1_5 is not supported.')
        .explained(
          'KMS stopped accepting RSAES_PKCS1_V1_5 for importing key material on 10 October 2023 (deprecated since February 2023). Use RSAES_OAEP_SHA_256 or RSA_AES_KEY_WRAP_SHA_256.',
        );
    if (!isWrappingAlgorithm(alg) || !isWrappingKeySpec(spec))
      throw errors
        .unsupported(`The wrapping key spec ${spec} with ${alg} is not supported in this Region.`)
        .explained('SM2 wrapping keys and SM2PKE exist only in the AWS China Regions, which KMS Lab does not simulate.');
    const mismatch = wrappingMismatch(key.keySpec, spec, alg);
    // AWS's message is not published: a short neutral one, the rule in the explanation.
    if (mismatch) throw errors.validation(`${alg} with ${spec} cannot wrap ${key.keySpec} key material.`).explained(mismatch);
    const { publicKeySpki, privateKey } = await createWrappingKey(spec, alg);
    const idBytes = new Uint8Array(16);
    engine.random(idBytes);
    const params = { id: toHex(idBytes), wrappingKeySpec: spec, wrappingAlgorithm: alg, privateKey, validTo: now + PARAMETERS_LIFETIME_MS };
    const state = (key.imported ??= newImportedState());
    state.parameters = [...state.parameters.filter((p) => p.validTo >= now).slice(-(MAX_OUTSTANDING - 1)), params];
    engine.saveKey(key);
    const token = await sealImportToken({ keyArn: key.arn, parametersId: params.id, validTo: params.validTo }, (b) => engine.wrap(b));
    return { KeyId: key.arn, ImportToken: token, PublicKey: publicKeySpki, ParametersValidTo: new Date(params.validTo) };
  },
});
