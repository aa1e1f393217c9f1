/**
 * A key's material, as the operations that use it need it. The key-state checks make sure an operation
 * only reaches a key that has its material (a key pending import has none), so a missing one here is a
 * simulator bug and reported as KMSInternalException, never a silent `undefined`.
 */
import { errors } from './errors';
import type { AsymmetricMaterial, KeyRecord, SymmetricMaterial } from './model';

function missing(key: KeyRecord, what: string): never {
  throw errors.internal(`${key.arn} has no ${what}.`);
}

/** The current symmetric material (what Encrypt and GenerateDataKey use). */
export function currentMaterial(key: KeyRecord): SymmetricMaterial {
  return key.materials.at(-1) ?? missing(key, 'key material');
}

/** The key pair of an asymmetric key. */
export function asymmetricMaterial(key: KeyRecord): AsymmetricMaterial {
  return key.asymmetric ?? missing(key, 'asymmetric key material');
}

/** The HMAC key of an HMAC key. */
export function hmacMaterial(key: KeyRecord): NonNullable<KeyRecord['hmac']> {
  return key.hmac ?? missing(key, 'HMAC key material');
}
