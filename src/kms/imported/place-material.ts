/**
 * Which of a key's material entries an ImportKeyMaterial request fills (API-ImportKeyMaterial
 * `ImportType`, `KeyMaterialId`):
 *
 * - The first material of any key is new and becomes CURRENT. HMAC and asymmetric keys have only that
 *   one: later imports must be the same material, and `ImportType` is refused for them.
 * - Symmetric keys: `ImportType` defaults to NEW_KEY_MATERIAL until material was imported, then to
 *   EXISTING_KEY_MATERIAL. Existing material must be material already associated (or staged), and the
 *   same as `KeyMaterialId` when given. New material must not be associated already; it is staged for
 *   RotateKeyOnDemand, and only on a multi-Region primary (replicas take it as existing material).
 *
 * Breaking a rule is IncorrectKeyMaterialException ("not the same key material that was previously
 * imported or KMS expected new key material but the key material being imported is already associated
 * with the KMS key"), except where noted.
 */
import { errors } from '../errors';
import type { ImportedMaterial, ImportedMaterialState, KeyRecord } from '../model';
import { importedOf, isAssociated, pendingImported } from './imported-state';
import type { PreparedMaterial } from './key-material';

/** The parts of the request that choose the entry. */
export interface PlacementRequest {
  importType: 'NEW_KEY_MATERIAL' | 'EXISTING_KEY_MATERIAL' | undefined;
  keyMaterialId: string | undefined;
}

const notSameMaterial = () =>
  errors
    .incorrectKeyMaterial('The key material does not match the key material previously imported into this KMS key.')
    .explained(
      'A KMS key keeps the key material first imported into it: import that same material again (the ID of the material imported is derived from it).',
    );

/** The entry for a symmetric key's new material (its first, or one staged for rotation). */
function newSymmetricEntry(key: KeyRecord, prepared: PreparedMaterial, replicas: number): ImportedMaterial {
  const state = importedOf(key);
  if (key.multiRegionRole === 'REPLICA') {
    // AWS's message is not published.
    throw errors
      .unsupported(`${key.arn} is a multi-Region replica key. New key material cannot be imported into it.`)
      .explained(
        'Import new key material into the primary key (ImportType NEW_KEY_MATERIAL), then import the same material into each replica with ImportType EXISTING_KEY_MATERIAL.',
      );
  }
  if (state.materials.some((m) => m.id === prepared.id)) {
    throw errors
      .incorrectKeyMaterial('The key material is already associated with this KMS key.')
      .explained(
        'ImportType NEW_KEY_MATERIAL takes key material this KMS key has never had. To import it again, use EXISTING_KEY_MATERIAL.',
      );
  }
  let entryState: ImportedMaterialState = 'CURRENT';
  if (state.materials.some(isAssociated)) {
    if (pendingImported(key)) {
      // AWS's behaviour here is not documented: one material at a time waits for rotation.
      throw errors
        .invalidState(`${key.arn} already has key material pending rotation.`)
        .explained(
          'Rotate to the pending material (RotateKeyOnDemand), or delete it (DeleteImportedKeyMaterial with its KeyMaterialId), first.',
        );
    }
    entryState = replicas > 0 ? 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION' : 'PENDING_ROTATION';
  }
  const entry: ImportedMaterial = { id: prepared.id, state: entryState, imported: false };
  state.materials.push(entry);
  return entry;
}

/** The entry the material fills: existing for a re-import, new for first or rotation material. */
export function placeMaterial(key: KeyRecord, prepared: PreparedMaterial, request: PlacementRequest, replicas: number): ImportedMaterial {
  const state = importedOf(key);
  key.imported = state;
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
    const only = state.materials[0];
    if (!only) {
      const entry: ImportedMaterial = { id: prepared.id, state: 'CURRENT', imported: false };
      state.materials.push(entry);
      return entry;
    }
    if (only.id !== prepared.id) throw notSameMaterial();
    return only;
  }
  const type = request.importType ?? (state.materials.length === 0 ? 'NEW_KEY_MATERIAL' : 'EXISTING_KEY_MATERIAL');
  if (type === 'NEW_KEY_MATERIAL') return newSymmetricEntry(key, prepared, replicas);
  if (request.keyMaterialId !== undefined && request.keyMaterialId !== prepared.id) throw notSameMaterial();
  const entry = state.materials.find((m) => m.id === prepared.id);
  if (!entry) throw notSameMaterial();
  return entry;
}
