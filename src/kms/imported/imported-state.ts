/**
 * The life of imported key material on one key record (Origin EXTERNAL), as the Developer Guide and
 * API Reference describe it (docs/kms-facts.md §3.3, §5.3, §7):
 *
 * - The first material imported becomes CURRENT and permanently associated with the key. Symmetric
 *   encryption keys can take new material for on-demand rotation: it waits as PENDING_ROTATION
 *   (PENDING_MULTI_REGION_IMPORT_AND_ROTATION until every replica of a multi-Region key has it), then
 *   RotateKeyOnDemand makes it CURRENT and the previous one NON_CURRENT.
 * - A key is usable only while every material permanently associated with it is imported; deleting
 *   or losing any of them to expiry returns it to PendingImport (a key pending deletion stays so).
 * - Pending materials are not permanently associated: deleting one drops it.
 *
 * The entries keep what survives deletion (ID, state, description); the usable material is installed
 * while imported and removed when deleted.
 */
import type { ExpirationModel, ImportedKeyState, ImportedMaterial, KeyRecord } from '../model';
import type { PreparedMaterial } from './key-material';

/** The empty state of a new key with Origin EXTERNAL. */
export const newImportedState = (): ImportedKeyState => ({ materials: [], parameters: [] });

/** True for a material permanently associated with its key (not waiting for rotation). */
export const isAssociated = (m: ImportedMaterial) => m.state === 'CURRENT' || m.state === 'NON_CURRENT';

/** A key's imported state (an empty one for keys that have none). */
export const importedOf = (key: KeyRecord): ImportedKeyState => key.imported ?? newImportedState();

/** The CURRENT material's entry, if the key has one. */
export const currentImported = (key: KeyRecord): ImportedMaterial | undefined => key.imported?.materials.find((m) => m.state === 'CURRENT');

/** The material waiting for RotateKeyOnDemand, if any. */
export const pendingImported = (key: KeyRecord): ImportedMaterial | undefined => key.imported?.materials.find((m) => !isAssociated(m));

/** True when every permanently associated material is imported (and there is at least one). */
export function hasAllMaterial(key: KeyRecord): boolean {
  const associated = importedOf(key).materials.filter(isAssociated);
  return associated.length > 0 && associated.every((m) => m.imported);
}

/**
 * Rebuilds the key's usable symmetric versions (oldest first, CURRENT last) from the imported
 * entries, and moves the key between Enabled and PendingImport as its material comes and goes.
 */
export function refreshImportedKey(key: KeyRecord): void {
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    key.materials = importedOf(key).materials.flatMap((m) => (isAssociated(m) && m.imported && m.symmetric ? [m.symmetric] : []));
  }
  if (key.state === 'PendingDeletion' || key.state === 'PendingReplicaDeletion') return;
  const complete = hasAllMaterial(key);
  if (!complete) key.state = 'PendingImport';
  else if (key.state === 'PendingImport') key.state = 'Enabled';
}

/** Puts prepared material into an entry (and, for HMAC and asymmetric keys, into the key). */
export function installMaterial(key: KeyRecord, entry: ImportedMaterial, prepared: PreparedMaterial): void {
  entry.imported = true;
  if (prepared.kind === 'symmetric') entry.symmetric = prepared.material;
  else if (prepared.kind === 'hmac') key.hmac = prepared.material;
  else key.asymmetric = prepared.material;
}

/** Deletes an entry's material: the entry stays, PENDING_IMPORT, unless it was only staged for rotation. */
export function removeMaterial(key: KeyRecord, entry: ImportedMaterial): void {
  const state = importedOf(key);
  if (!isAssociated(entry)) {
    state.materials = state.materials.filter((m) => m !== entry);
    return;
  }
  entry.imported = false;
  entry.symmetric = undefined;
  entry.expirationModel = undefined;
  entry.validTo = undefined;
  if (key.keySpec.startsWith('HMAC_')) key.hmac = undefined;
  else if (key.keySpec !== 'SYMMETRIC_DEFAULT') key.asymmetric = undefined;
}

/** Imported materials whose `ValidTo` is at or before `now`. */
export function expiredMaterials(key: KeyRecord, now: number): ImportedMaterial[] {
  return importedOf(key).materials.filter((m) => m.imported && m.validTo !== undefined && m.validTo <= now);
}

/** The earliest time one of the key's imported materials expires (Infinity when none does). */
export function nextExpiry(key: KeyRecord): number {
  let next = Infinity;
  for (const m of key.imported?.materials ?? []) if (m.imported && m.validTo !== undefined) next = Math.min(next, m.validTo);
  return next;
}

/** DescribeKey's view of imported material. */
export interface ImportedKeyMetadata {
  expirationModel?: ExpirationModel;
  /** Epoch ms. */
  validTo?: number;
  currentKeyMaterialId?: string;
}

/**
 * DescribeKey's view of imported material: ExpirationModel and ValidTo of the imported materials
 * permanently associated with the key (omitted while none is imported: a key just created with Origin
 * EXTERNAL shows neither), and the CURRENT material's ID for symmetric keys.
 */
export function importedKeyMetadata(key: KeyRecord): ImportedKeyMetadata {
  const associated = importedOf(key).materials.filter(isAssociated);
  const imported = associated.filter((m) => m.imported);
  const out: ImportedKeyMetadata = {};
  // "The earliest time at which any imported key material permanently associated with this KMS key expires" (API-KeyMetadata).
  const expiring = imported.flatMap((m) => (m.validTo === undefined ? [] : [m.validTo]));
  if (expiring.length) {
    out.expirationModel = 'KEY_MATERIAL_EXPIRES';
    out.validTo = Math.min(...expiring);
  } else if (imported.length) {
    out.expirationModel = 'KEY_MATERIAL_DOES_NOT_EXPIRE';
  }
  const current = associated.find((m) => m.state === 'CURRENT');
  if (key.keySpec === 'SYMMETRIC_DEFAULT' && current) out.currentKeyMaterialId = current.id;
  return out;
}
