/**
 * Which key states each operation accepts, and the exception otherwise.
 * Source: key state table, https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 * (docs/kms-facts.md §3.4, messages quoted from its footnotes).
 */
import { errors, type KmsError } from './errors';
import type { KeyRecord, KeyState } from './model';

/** What happens to a request in one key state: allowed, or the error to throw. */
export type StateOutcome = 'ok' | ((key: KeyRecord) => KmsError);

/** Outcome for every key state. */
export type KeyStatePolicy = Readonly<Record<KeyState, StateOutcome>>;

const pending = (k: KeyRecord) =>
  errors.invalidState(`${k.arn} is ${k.state === 'PendingReplicaDeletion' ? 'pending replica deletion' : 'pending deletion'}.`);
const disabled = (k: KeyRecord) => errors.disabled(k.arn);
const pendingImport = (k: KeyRecord) => errors.invalidState(`${k.arn} is pending import.`);
const notPending = (k: KeyRecord) => errors.invalidState(`${k.arn} is not pending deletion.`);

/** Preset policies matching the rows of the AWS key state table. */
export const KEY_STATES = {
  /** Cryptographic use (Encrypt, Decrypt, GenerateDataKey*, Sign, Verify, GenerateMac, VerifyMac, GetPublicKey, ReEncrypt, ReplicateKey, UpdatePrimaryRegion). */
  use: { Enabled: 'ok', Disabled: disabled, PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: pendingImport },
  /** Management that works on disabled keys but not on keys pending deletion (CreateAlias, Enable/DisableKey, Tag/Untag, UpdateKeyDescription). */
  manage: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: pendingImport },
  /** Rotation settings (EnableKeyRotation, DisableKeyRotation, RotateKeyOnDemand). */
  rotation: { Enabled: 'ok', Disabled: disabled, PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: pendingImport },
  /** Any state (DescribeKey, GetKeyPolicy, PutKeyPolicy, ListResourceTags, DeleteAlias, GetKeyRotationStatus, ...). */
  any: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'ok', PendingReplicaDeletion: 'ok', PendingImport: 'ok' },
  /** ScheduleKeyDeletion. */
  schedule: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: 'ok' },
  /** CancelKeyDeletion: only keys pending deletion. */
  cancel: { Enabled: notPending, Disabled: notPending, PendingDeletion: 'ok', PendingReplicaDeletion: 'ok', PendingImport: notPending },
} as const satisfies Record<string, KeyStatePolicy>;

/** Throws the policy's error when `key`'s state is not allowed. */
export function checkKeyState(key: KeyRecord, policy: KeyStatePolicy): void {
  const outcome = policy[key.state];
  if (outcome !== 'ok') throw outcome(key);
}
