/**
 * Imported material and multi-Region keys (API-ReplicateKey, API-ImportKeyMaterial,
 * API-DeleteImportedKeyMaterial; docs/kms-facts.md §7):
 *
 * - A replica of a primary with imported material is created without material (PendingImport) and
 *   needs the same material, imported into it as existing material.
 * - New material is imported into the primary, then into every replica; until all have it, it is
 *   PENDING_MULTI_REGION_IMPORT_AND_ROTATION, then PENDING_ROTATION, and RotateKeyOnDemand on the
 *   primary rotates them all.
 * - Deleting the primary's pending material deletes it from the replicas too; deleting a replica's
 *   material changes only that replica.
 */
import type { Engine } from '../engine';
import type { ImportedKeyState, ImportedMaterial, KeyRecord } from '../model';
import { importedOf, isAssociated, refreshImportedKey, removeMaterial } from './imported-state';

/** The replicas of a multi-Region primary (none for other keys). */
export function replicasOf(engine: Engine, key: KeyRecord): KeyRecord[] {
  if (key.multiRegionRole !== 'PRIMARY') return [];
  return engine.relatedKeys(key.accountId, key.keyId).filter((k) => k.multiRegionRole === 'REPLICA');
}

/** A new replica's imported state: the primary's materials, none of them imported, no parameters. */
export function replicaImportedState(primary: KeyRecord): ImportedKeyState {
  return {
    materials: importedOf(primary).materials.map((m): ImportedMaterial => {
      const copy: ImportedMaterial = { id: m.id, state: m.state, imported: false };
      if (m.description !== undefined) copy.description = m.description;
      if (m.rotationDate !== undefined) copy.rotationDate = m.rotationDate;
      return copy;
    }),
    parameters: [],
  };
}

/** Gives every replica an entry (not imported) for a material the primary has just associated or staged. */
export function mirrorToReplicas(engine: Engine, primary: KeyRecord, entry: ImportedMaterial): void {
  for (const replica of replicasOf(engine, primary)) {
    const state = (replica.imported ??= { materials: [], parameters: [] });
    if (state.materials.some((m) => m.id === entry.id)) continue;
    const copy: ImportedMaterial = { id: entry.id, state: entry.state, imported: false };
    if (entry.description !== undefined) copy.description = entry.description;
    state.materials.push(copy);
    refreshImportedKey(replica);
    engine.saveKey(replica);
  }
}

/** Every record of the key's multi-Region family (the key alone for other keys). */
function familyOf(engine: Engine, key: KeyRecord): KeyRecord[] {
  return key.multiRegion ? engine.relatedKeys(key.accountId, key.keyId) : [key];
}

/** Staged material waiting for replicas becomes PENDING_ROTATION once every Region has imported it. */
export function settleStagedMaterial(engine: Engine, key: KeyRecord, id: string): void {
  const family = familyOf(engine, key);
  const entries = family.map((k) => importedOf(k).materials.find((m) => m.id === id));
  if (entries.some((e) => !e || e.state !== 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION')) return;
  if (!entries.every((e) => e?.imported)) return;
  family.forEach((k, i) => {
    entries[i]!.state = 'PENDING_ROTATION';
    if (k !== key) engine.saveKey(k);
  });
}

/** Deleting a primary's staged material deletes it in every Region. */
export function dropStagedFromReplicas(engine: Engine, primary: KeyRecord, id: string): void {
  for (const replica of replicasOf(engine, primary)) {
    const entry = importedOf(replica).materials.find((m) => m.id === id);
    if (!entry || isAssociated(entry)) continue;
    removeMaterial(replica, entry);
    refreshImportedKey(replica);
    engine.saveKey(replica);
  }
}

/**
 * RotateKeyOnDemand with imported material: the staged material becomes CURRENT and the previous one
 * NON_CURRENT, in every Region of the key.
 */
export function rotateToStaged(engine: Engine, key: KeyRecord, staged: ImportedMaterial, at: number): void {
  for (const k of familyOf(engine, key)) {
    const state = importedOf(k);
    const entry = state.materials.find((m) => m.id === staged.id);
    if (!entry) continue;
    for (const m of state.materials) if (m.state === 'CURRENT') m.state = 'NON_CURRENT';
    entry.state = 'CURRENT';
    entry.rotationDate = at;
    // Association order is rotation order: the current material last.
    state.materials = [...state.materials.filter((m) => m !== entry), entry];
    k.rotations = [...k.rotations, { keyMaterialId: entry.id, rotationDate: at, rotationType: 'ON_DEMAND' }];
    refreshImportedKey(k);
    if (k !== key) engine.saveKey(k);
  }
}
