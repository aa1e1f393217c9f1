import type { DeleteImportedKeyMaterialResponse } from '@aws-sdk/client-kms';
import { KmsError } from '../errors';
import { currentImported, importedOf, isAssociated, refreshImportedKey, removeMaterial } from '../imported/imported-state';
import { dropStagedFromReplicas } from '../imported/multi-region';
import { KEY_STATES } from '../key-state';
import { apiDoc, checkLength } from './shared';
import { defineKeyOperation } from './types';

/**
 * DeleteImportedKeyMaterial: deletes imported material (the current one unless KeyMaterialId names
 * another). The key becomes PendingImport until the same material is imported again (a key pending
 * deletion stays so); material only staged for rotation is simply dropped. On a key pending import the
 * call has no effect (key state table).
 */
export const deleteImportedKeyMaterial = defineKeyOperation({
  name: 'DeleteImportedKeyMaterial',
  docUrl: apiDoc('DeleteImportedKeyMaterial'),
  description:
    'Deletes imported key material: the key becomes unusable (PendingImport) until the same material is imported again. Its ciphertexts are kept.',
  action: 'kms:DeleteImportedKeyMaterial',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.deleteMaterial,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => checkLength(input, 'KeyMaterialId', 64, 64),
  run({ key, input, engine }) {
    const materials = importedOf(key).materials;
    const entry = input.KeyMaterialId === undefined ? currentImported(key) : materials.find((m) => m.id === input.KeyMaterialId);
    if (input.KeyMaterialId !== undefined && !entry)
      // AWS's exception and message for an unknown KeyMaterialId are not published.
      throw new KmsError('NotFoundException', `Key material '${input.KeyMaterialId}' is not associated with ${key.arn}.`).explained(
        'ListKeyRotations with IncludeKeyMaterial ALL_KEY_MATERIAL lists the key material IDs of this key.',
      );
    const out: DeleteImportedKeyMaterialResponse = { KeyId: key.arn };
    if (!entry) return out;
    if (key.keySpec === 'SYMMETRIC_DEFAULT') out.KeyMaterialId = entry.id;
    // Pending import already: nothing to delete (the key state table: "OK (no effect)").
    if (!entry.imported && isAssociated(entry)) return out;
    const staged = !isAssociated(entry);
    removeMaterial(key, entry);
    refreshImportedKey(key);
    engine.saveKey(key);
    if (staged && key.multiRegionRole === 'PRIMARY') dropStagedFromReplicas(engine, key, entry.id);
    return out;
  },
});
