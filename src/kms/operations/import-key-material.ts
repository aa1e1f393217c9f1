import type { ImportKeyMaterialRequest, ImportKeyMaterialResponse } from '@aws-sdk/client-kms';
import type { Engine } from '../engine';
import { errors, KmsError, validationError } from '../errors';
import { installMaterial, refreshImportedKey } from '../imported/imported-state';
import { openImportToken } from '../imported/import-token';
import { mirrorToReplicas, replicasOf, settleStagedMaterial } from '../imported/multi-region';
import { placeMaterial } from '../imported/place-material';
import { KEY_STATES } from '../key-state';
import type { ImportedMaterial, KeyRecord } from '../model';
import { apiDoc, checkEnum, checkLength, days } from './shared';
import { defineKeyOperation } from './types';

/** `ValidTo` may be at most 365 days after the request (API-ImportKeyMaterial). */
const MAX_VALID_TO_DAYS = 365;
const DESCRIPTION_RE = /^[a-zA-Z0-9:/_\s.-]+$/;

/** Checks the members that only symmetric keys take, and the expiration settings. AWS's messages for these are not published. */
function checkOptions(key: KeyRecord, input: ImportKeyMaterialRequest, now: number): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
    for (const member of ['ImportType', 'KeyMaterialId', 'KeyMaterialDescription'] as const) {
      if (input[member] !== undefined)
        throw errors
          .validation(`${member} is valid only for symmetric encryption KMS keys.`)
          .explained('HMAC and asymmetric keys have exactly one key material: import it (or the same one again) without ImportType.');
    }
  }
  const model = input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
  if (model === 'KEY_MATERIAL_DOES_NOT_EXPIRE' && input.ValidTo !== undefined)
    throw errors
      .validation('ValidTo is not valid when ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE.')
      .explained('Material that does not expire has no ValidTo: leave ValidTo out, or choose KEY_MATERIAL_EXPIRES.');
  if (model === 'KEY_MATERIAL_EXPIRES') {
    if (input.ValidTo === undefined)
      throw (
        errors
          // AWS's recorded message (LocalStack's AWS-validated snapshot test_import_key_symmetric, 2024).
          .validation('A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES')
          .explained('ExpirationModel defaults to KEY_MATERIAL_EXPIRES: give ValidTo, or set KEY_MATERIAL_DOES_NOT_EXPIRE.')
      );
    const validTo = input.ValidTo.getTime();
    if (!(validTo > now) || validTo > now + days(MAX_VALID_TO_DAYS))
      throw errors
        .validation('ValidTo must be a future date and time no more than 365 days from now.')
        .explained(`ValidTo ${input.ValidTo.toISOString()} is outside (now, now + 365 days] on the simulated clock.`);
  }
}

/** The material in the request, unwrapped with the token's wrapping key and checked against the key spec. */
async function unwrapRequest(engine: Engine, key: KeyRecord, token: Uint8Array, encrypted: Uint8Array, now: number) {
  const claims = await openImportToken(token, key.arn, now, (b) => engine.unwrap(b));
  const params = key.imported?.parameters.find((p) => p.id === claims.parametersId);
  if (!params) throw new KmsError('InvalidImportTokenException', 'The import token is not valid for this KMS key.');
  // On demand: pages that never import key material never download the unwrapping and PKCS #8 code.
  const [{ unwrapKeyMaterial }, { prepareKeyMaterial }] = await Promise.all([
    import('../imported/unwrap'),
    import('../imported/key-material'),
  ]);
  const bytes = await unwrapKeyMaterial(params, encrypted);
  if (!bytes)
    throw errors
      .invalidCiphertext()
      .explained(
        `The encrypted key material does not decrypt with this import token's wrapping key and ${params.wrappingAlgorithm}. Wrap it with the PublicKey returned with this token, using the same wrapping algorithm.`,
      );
  return { params, prepared: await prepareKeyMaterial(key, bytes, now, (b) => engine.wrap(b)) };
}

/** Records the import's expiration and description on the entry. */
function applyImportSettings(entry: ImportedMaterial, input: ImportKeyMaterialRequest): void {
  entry.expirationModel = input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
  entry.validTo = entry.expirationModel === 'KEY_MATERIAL_EXPIRES' ? input.ValidTo?.getTime() : undefined;
  // Without a new description, KMS keeps the one given when this material was last imported.
  if (input.KeyMaterialDescription !== undefined) entry.description = input.KeyMaterialDescription;
}

/** ImportKeyMaterial: imports (or re-imports) key material wrapped with a GetParametersForImport public key. */
export const importKeyMaterial = defineKeyOperation({
  name: 'ImportKeyMaterial',
  docUrl: apiDoc('ImportKeyMaterial'),
  description:
    'Imports your own key material, wrapped with the GetParametersForImport public key, into a key with Origin EXTERNAL; optionally it expires.',
  action: 'kms:ImportKeyMaterial',
  required: ['KeyId', 'ImportToken', 'EncryptedKeyMaterial'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.importMaterial,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    checkLength(input, 'ImportToken', 1, 6144);
    checkLength(input, 'EncryptedKeyMaterial', 1, 6144);
    checkEnum(input, 'ExpirationModel', ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE']);
    checkEnum(input, 'ImportType', ['NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL']);
    checkLength(input, 'KeyMaterialDescription', 0, 256);
    checkLength(input, 'KeyMaterialId', 64, 64);
    const description = input.KeyMaterialDescription;
    if (description !== undefined && description !== '' && !DESCRIPTION_RE.test(description))
      throw validationError(
        'keyMaterialDescription',
        'Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_\\s.-]+$',
        description,
      );
    if (input.ImportType === 'NEW_KEY_MATERIAL' && input.KeyMaterialId !== undefined)
      throw errors
        .validation('KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.')
        .explained(
          'New material gets its ID when it is imported; KeyMaterialId names material the key already has (EXISTING_KEY_MATERIAL).',
        );
  },
  async run(ctx) {
    const { key, input, engine, now } = ctx;
    checkOptions(key, input, now);
    const { params, prepared } = await unwrapRequest(engine, key, input.ImportToken, input.EncryptedKeyMaterial, now);
    const replicas = replicasOf(engine, key);
    const entry = placeMaterial(key, prepared, { importType: input.ImportType, keyMaterialId: input.KeyMaterialId }, replicas.length);
    applyImportSettings(entry, input);
    installMaterial(key, entry, prepared);
    // One import per wrapping key and token (the Developer Guide asks for new ones for each import).
    if (key.imported) key.imported.parameters = key.imported.parameters.filter((p) => p !== params);
    refreshImportedKey(key);
    if (key.multiRegionRole === 'PRIMARY') mirrorToReplicas(engine, key, entry);
    settleStagedMaterial(engine, key, entry.id);
    engine.saveKey(key);
    const out: ImportKeyMaterialResponse = { KeyId: key.arn };
    if (key.keySpec === 'SYMMETRIC_DEFAULT') out.KeyMaterialId = entry.id;
    return out;
  },
});
