/**
 * Every lab challenge, in the order the Labs page lists them: by topic in study order, easier first.
 */
import { aliasManualRotationLab } from './challenges/alias-manual-rotation';
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

/** All labs. */
export const LABS: readonly LabDefinition[] = [
  protectAppSecretsLab,
  fourKbLimitLab,
  envelopeDataKeyLab,
  rotationOldCiphertextLab,
  aliasManualRotationLab,
  multiRegionDecryptLab,
  leastPrivilegeContextLab,
  crossAccountDecryptLab,
  policyLockoutRecoveryLab,
  grantBatchJobLab,
  safeDeletionLab,
  signReleaseManifestLab,
  viaS3OnlyLab,
  managedKeyCrossAccountLab,
  investigateDecryptLab,
];

/** A lab by id, or undefined. */
export function labById(id: string): LabDefinition | undefined {
  return LABS.find((lab) => lab.id === id);
}
