/** Rotation rules shared by the rotation operations (docs/kms-facts.md §5). */
import type { Engine } from '../engine';
import { errors } from '../errors';
import { externalOrigin } from '../key-state';
import type { KeyRecord } from '../model';

/** On-demand rotations allowed per key (not adjustable; 10 at launch, 25 now). */
export const MAX_ON_DEMAND_ROTATIONS = 25;

/**
 * Only symmetric encryption keys rotate. AWS answers UnsupportedOperationException; its message is not
 * published, so this one is short and neutral and the advice is KMS Lab's explanation.
 */
export function requireRotatable(key: KeyRecord, op: string): void {
  if (key.keySpec !== 'SYMMETRIC_DEFAULT')
    throw errors
      .unsupported(`${key.arn} is not a symmetric encryption KMS key.`)
      .explained(
        `${op} works only with symmetric encryption keys; this is a ${key.keySpec} key. Asymmetric and HMAC keys are rotated manually: create a new key and move the alias to it.`,
      );
}

/**
 * Automatic rotation: symmetric keys with KMS-generated material only. Imported material rotates only
 * on demand (docs/kms-facts.md §5.3), and the key-state table answers UnsupportedOperationException
 * for it (footnotes 6 and 7, §3.4).
 */
export function requireAutomaticRotation(key: KeyRecord, op: string): void {
  requireRotatable(key, op);
  if (key.origin === 'EXTERNAL') throw externalOrigin(key);
}

/** Rotation settings are managed on the primary of a multi-Region key. */
export function requireNotReplica(key: KeyRecord, op: string): void {
  if (key.multiRegionRole === 'REPLICA')
    throw errors
      .unsupported(`${key.arn} is a multi-Region replica key.`)
      .explained(`Call ${op} on the primary key: its rotation settings and new key material reach the replicas.`);
}

/** Copies rotation settings from a multi-Region primary to its replicas (a shared property). */
export function syncRotationToReplicas(engine: Engine, primary: KeyRecord): void {
  if (primary.multiRegionRole !== 'PRIMARY') return;
  for (const k of engine.relatedKeys(primary.accountId, primary.keyId)) {
    if (k === primary) continue;
    k.rotationEnabled = primary.rotationEnabled;
    k.rotationPeriodInDays = primary.rotationPeriodInDays;
    k.nextRotationDate = primary.nextRotationDate;
    engine.saveKey(k);
  }
}
