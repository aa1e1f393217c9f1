/**
 * Which key states each operation accepts, and the exception otherwise.
 * Source: key state table, https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 * (docs/kms-facts.md §3.4, messages quoted from its footnotes).
 */
import { errors, type KmsError } from './errors';
import type { KeyRecord, KeyState } from './model';

/**
 * What happens to a request in one key state: allowed, or a function of the key giving the error to
 * throw. A function may also answer `undefined` (allowed): the table's conditional cells ("?[n]"), such
 * as GetParametersForImport on an enabled key, which depend on the key's origin.
 */
export type StateOutcome = 'ok' | ((key: KeyRecord) => KmsError | undefined);

/** Outcome for every key state. */
export type KeyStatePolicy = Readonly<Record<KeyState, StateOutcome>>;

const pending = (k: KeyRecord) =>
  errors.invalidState(`${k.arn} is ${k.state === 'PendingReplicaDeletion' ? 'pending replica deletion' : 'pending deletion'}.`);
const disabled = (k: KeyRecord) => errors.disabled(k.arn);
/** Footnote 5. */
const pendingImport = (k: KeyRecord) => errors.invalidState(`${k.arn} is pending import.`);
const notPending = (k: KeyRecord) => errors.invalidState(`${k.arn} is not pending deletion.`);
/** Footnote 6 (and 7, whose message the table does not quote: the same check on the key's origin). */
export const externalOrigin = (k: KeyRecord) => errors.unsupported(`${k.arn} origin is EXTERNAL which is not valid for this operation.`);
/**
 * Footnote 9: a key that cannot have imported material. AWS's message for this case is not published;
 * this one follows the pattern of footnote 6.
 */
const notExternal = (k: KeyRecord) =>
  k.origin === 'EXTERNAL' ? undefined : errors.unsupported(`${k.arn} origin is ${k.origin} which is not valid for this operation.`);

/** Preset policies matching the rows of the AWS key state table. */
export const KEY_STATES = {
  /**
   * Cryptographic use (Encrypt, Decrypt, GenerateDataKey*, Sign, Verify, GenerateMac, VerifyMac,
   * GetPublicKey, ReEncrypt, ReplicateKey, UpdatePrimaryRegion, CreateGrant). The archived table
   * predates imported HMAC and asymmetric material and marks their rows N/A for PendingImport; such
   * keys have no material then, so footnote 5 applies to them as to symmetric keys.
   */
  use: { Enabled: 'ok', Disabled: disabled, PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: pendingImport },
  /** Management allowed while disabled or pending import (CreateAlias, UpdateAlias, Tag/UntagResource, UpdateKeyDescription). */
  manage: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: 'ok' },
  /** EnableKey, DisableKey: like `manage`, but a key without its material cannot be enabled or disabled (footnote 5). */
  toggle: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: pendingImport },
  /** EnableKeyRotation, DisableKeyRotation (footnotes 1, 3, 6, 7: imported material cannot rotate automatically). */
  rotation: {
    Enabled: (k) => (k.origin === 'EXTERNAL' ? externalOrigin(k) : undefined),
    Disabled: (k) => (k.origin === 'EXTERNAL' ? externalOrigin(k) : disabled(k)),
    PendingDeletion: (k) => (k.origin === 'EXTERNAL' ? externalOrigin(k) : pending(k)),
    PendingReplicaDeletion: (k) => (k.origin === 'EXTERNAL' ? externalOrigin(k) : pending(k)),
    PendingImport: externalOrigin,
  },
  /**
   * RotateKeyOnDemand. Not in the archived table (docs/kms-facts.md §3.4: per-state results
   * unconfirmed); it follows the cryptographic rows, so a key pending import cannot rotate.
   */
  onDemandRotation: {
    Enabled: 'ok',
    Disabled: disabled,
    PendingDeletion: pending,
    PendingReplicaDeletion: pending,
    PendingImport: pendingImport,
  },
  /** Any state (DescribeKey, GetKeyPolicy, PutKeyPolicy, ListResourceTags, DeleteAlias, GetKeyRotationStatus, ...). */
  any: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'ok', PendingReplicaDeletion: 'ok', PendingImport: 'ok' },
  /** ScheduleKeyDeletion. */
  schedule: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: pending, PendingReplicaDeletion: pending, PendingImport: 'ok' },
  /** CancelKeyDeletion: only keys pending deletion. */
  cancel: { Enabled: notPending, Disabled: notPending, PendingDeletion: 'ok', PendingReplicaDeletion: 'ok', PendingImport: notPending },
  /** GetParametersForImport, ImportKeyMaterial: keys with Origin EXTERNAL (footnote 9); not while pending deletion (footnote 8). */
  importMaterial: {
    Enabled: notExternal,
    Disabled: notExternal,
    PendingDeletion: (k) => notExternal(k) ?? pending(k),
    PendingReplicaDeletion: (k) => notExternal(k) ?? pending(k),
    PendingImport: 'ok',
  },
  /** DeleteImportedKeyMaterial: keys with Origin EXTERNAL, in any of these states (footnote 9). */
  deleteMaterial: {
    Enabled: notExternal,
    Disabled: notExternal,
    PendingDeletion: notExternal,
    PendingReplicaDeletion: notExternal,
    PendingImport: 'ok',
  },
} as const satisfies Record<string, KeyStatePolicy>;

/** Throws the policy's error when `key`'s state is not allowed. */
export function checkKeyState(key: KeyRecord, policy: KeyStatePolicy): void {
  const outcome = policy[key.state];
  if (outcome === 'ok') return;
  const error = outcome(key);
  if (error) throw error;
}
