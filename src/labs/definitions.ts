/**
 * Every lab challenge's definition (text, starting state, checker), in the catalog's order.
 */
import { LAB_CATALOG } from './catalog';
import { aliasManualRotationLab } from './challenges/alias-manual-rotation';
import { byokMaterialExpiryLab } from './challenges/byok-material-expiry';
import { crossAccountDecryptLab } from './challenges/cross-account-decrypt';
import { envelopeDataKeyLab } from './challenges/envelope-data-key';
import { fourKbLimitLab } from './challenges/four-kb-limit';
import { grantBatchJobLab } from './challenges/grant-batch-job';
import { investigateDecryptLab } from './challenges/investigate-decrypt';
import { leastPrivilegeContextLab } from './challenges/least-privilege-context';
import { managedKeyCrossAccountLab } from './challenges/managed-key-cross-account';
import { multiRegionDecryptLab } from './challenges/multi-region-decrypt';
import { policyLockoutRecoveryLab } from './challenges/policy-lockout-recovery';
import { protectAppSecretsLab } from './challenges/protect-app-secrets';
import { rotationOldCiphertextLab } from './challenges/rotation-old-ciphertext';
import { safeDeletionLab } from './challenges/safe-deletion';
import { signReleaseManifestLab } from './challenges/sign-release-manifest';
import { viaS3OnlyLab } from './challenges/via-s3-only';
import type { LabDefinition } from './model';

const ALL: readonly LabDefinition[] = [
  aliasManualRotationLab,
  byokMaterialExpiryLab,
  crossAccountDecryptLab,
  envelopeDataKeyLab,
  fourKbLimitLab,
  grantBatchJobLab,
  investigateDecryptLab,
  leastPrivilegeContextLab,
  managedKeyCrossAccountLab,
  multiRegionDecryptLab,
  policyLockoutRecoveryLab,
  protectAppSecretsLab,
  rotationOldCiphertextLab,
  safeDeletionLab,
  signReleaseManifestLab,
  viaS3OnlyLab,
];

/** All lab definitions, in the catalog's order (a catalog entry without a definition is left out). */
export const LABS: readonly LabDefinition[] = LAB_CATALOG.flatMap((info) => ALL.filter((lab) => lab.id === info.id));

/** A lab's definition by id, or undefined. */
export function labById(id: string): LabDefinition | undefined {
  return LABS.find((lab) => lab.id === id);
}
