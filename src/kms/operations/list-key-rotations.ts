import type { RotationsListEntry } from '@aws-sdk/client-kms';
import { importedOf } from '../imported/imported-state';
import { KEY_STATES } from '../key-state';
import type { ImportedMaterial, KeyRecord } from '../model';
import { requireRotatable } from './rotation-common';
import { apiDoc, checkEnum, checkRange, paginate } from './shared';
import { defineKeyOperation } from './types';

/** Rows of a key with KMS-generated material: each rotation, and with ALL_KEY_MATERIAL the first material too. */
function generatedRows(key: KeyRecord, all: boolean): RotationsListEntry[] {
  const current = key.materials.at(-1)?.id;
  const state = (id: string) => (id === current ? 'CURRENT' : 'NON_CURRENT');
  const rows: RotationsListEntry[] = [];
  const first = key.materials[0];
  if (all && first) rows.push({ KeyId: key.arn, KeyMaterialId: first.id, KeyMaterialState: state(first.id) });
  for (const r of key.rotations)
    rows.push({
      KeyId: key.arn,
      KeyMaterialId: r.keyMaterialId,
      KeyMaterialState: state(r.keyMaterialId),
      RotationDate: new Date(r.rotationDate),
      RotationType: r.rotationType,
    });
  return rows;
}

/**
 * One row of imported material (API-RotationsListEntry): import state and description; expiration
 * while imported (the Developer Guide's example shows none for material pending import); rotation date
 * and type for material that became current by rotation.
 */
function importedRow(key: KeyRecord, m: ImportedMaterial): RotationsListEntry {
  const row: RotationsListEntry = { KeyId: key.arn, KeyMaterialId: m.id };
  if (m.description !== undefined) row.KeyMaterialDescription = m.description;
  row.ImportState = m.imported ? 'IMPORTED' : 'PENDING_IMPORT';
  row.KeyMaterialState = m.state;
  if (m.imported && m.expirationModel) row.ExpirationModel = m.expirationModel;
  if (m.imported && m.validTo !== undefined) row.ValidTo = new Date(m.validTo);
  if (m.rotationDate !== undefined) {
    row.RotationDate = new Date(m.rotationDate);
    row.RotationType = 'ON_DEMAND';
  }
  return row;
}

/**
 * Rows of a key with imported material: materials that became current by rotation, and with
 * ALL_KEY_MATERIAL also the first material and material pending rotation.
 */
function importedRows(key: KeyRecord, all: boolean): RotationsListEntry[] {
  return importedOf(key)
    .materials.filter((m) => all || m.rotationDate !== undefined)
    .map((m) => importedRow(key, m));
}

/** ListKeyRotations: completed rotations (AUTOMATIC or ON_DEMAND), oldest first; with ALL_KEY_MATERIAL every material. */
export const listKeyRotations = defineKeyOperation({
  name: 'ListKeyRotations',
  docUrl: apiDoc('ListKeyRotations'),
  description: 'Lists each completed rotation with its key material ID, date and type (AUTOMATIC or ON_DEMAND).',
  action: 'kms:ListKeyRotations',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate(input) {
    checkRange(input, 'Limit', 1, 1000);
    checkEnum(input, 'IncludeKeyMaterial', ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY']);
  },
  run({ key, input }) {
    requireRotatable(key, 'ListKeyRotations');
    const all = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL';
    const rows = key.origin === 'EXTERNAL' ? importedRows(key, all) : generatedRows(key, all);
    const { page, ...rest } = paginate(rows, input, 100);
    return { Rotations: page, ...rest };
  },
});
