/**
 * The core operation registry: every KMS operation the simulator serves, described once. The access
 * layer adds the grant operations. `KMS_OPERATIONS` is the metadata view the UI, diagrams and quiz use.
 */
import { cancelKeyDeletion } from './cancel-key-deletion';
import { createAlias } from './create-alias';
import { createKey } from './create-key';
import { decrypt } from './decrypt';
import { deleteAlias } from './delete-alias';
import { deleteImportedKeyMaterial } from './delete-imported-key-material';
import { describeKey } from './describe-key';
import { disableKey } from './disable-key';
import { disableKeyRotation } from './disable-key-rotation';
import { enableKey } from './enable-key';
import { enableKeyRotation } from './enable-key-rotation';
import { encrypt } from './encrypt';
import { generateDataKey } from './generate-data-key';
import { generateDataKeyPair } from './generate-data-key-pair';
import { generateDataKeyPairWithoutPlaintext } from './generate-data-key-pair-without-plaintext';
import { generateDataKeyWithoutPlaintext } from './generate-data-key-without-plaintext';
import { generateMac } from './generate-mac';
import { generateRandom } from './generate-random';
import { getKeyPolicy } from './get-key-policy';
import { getKeyRotationStatus } from './get-key-rotation-status';
import { getParametersForImport } from './get-parameters-for-import';
import { getPublicKey } from './get-public-key';
import { importKeyMaterial } from './import-key-material';
import { listAliases } from './list-aliases';
import { listKeyPolicies } from './list-key-policies';
import { listKeyRotations } from './list-key-rotations';
import { listKeys } from './list-keys';
import { listResourceTags } from './list-resource-tags';
import { putKeyPolicy } from './put-key-policy';
import { reEncrypt } from './re-encrypt';
import { replicateKey } from './replicate-key';
import { rotateKeyOnDemand } from './rotate-key-on-demand';
import { scheduleKeyDeletion } from './schedule-key-deletion';
import { sign } from './sign';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateAlias } from './update-alias';
import { updateKeyDescription } from './update-key-description';
import { updatePrimaryRegion } from './update-primary-region';
import { verify } from './verify';
import { verifyMac } from './verify-mac';
import type { OperationDefinition } from './types';

/** Operations implemented by the core, in API Reference (alphabetical) order. */
export const CORE_OPERATIONS: readonly OperationDefinition[] = [
  cancelKeyDeletion,
  createAlias,
  createKey,
  decrypt,
  deleteAlias,
  deleteImportedKeyMaterial,
  describeKey,
  disableKey,
  disableKeyRotation,
  enableKey,
  enableKeyRotation,
  encrypt,
  generateDataKey,
  generateDataKeyPair,
  generateDataKeyPairWithoutPlaintext,
  generateDataKeyWithoutPlaintext,
  generateMac,
  generateRandom,
  getKeyPolicy,
  getKeyRotationStatus,
  getParametersForImport,
  getPublicKey,
  importKeyMaterial,
  listAliases,
  listKeyPolicies,
  listKeyRotations,
  listKeys,
  listResourceTags,
  putKeyPolicy,
  reEncrypt,
  replicateKey,
  rotateKeyOnDemand,
  scheduleKeyDeletion,
  sign,
  tagResource,
  untagResource,
  updateAlias,
  updateKeyDescription,
  updatePrimaryRegion,
  verify,
  verifyMac,
];

/** Public metadata of one operation. */
export interface KmsOperationInfo {
  /** AWS operation name, e.g. `Encrypt`. */
  name: string;
  /** AWS API Reference URL. */
  docUrl: string;
  /** IAM permission, e.g. `kms:Encrypt`. */
  permission: string;
  /** Other permissions the operation checks (ReEncrypt: kms:ReEncryptTo). */
  extraPermissions: string[];
  /** Short description. */
  description: string;
  /** Whether the operation acts on a key (resource) or on the account (`*`). */
  resource: 'key' | 'account';
}

/** Converts a definition to its public metadata. */
export function operationInfo(op: OperationDefinition): KmsOperationInfo {
  return {
    name: op.name,
    docUrl: op.docUrl,
    permission: op.action,
    extraPermissions: [...op.extraActions],
    description: op.description,
    resource: op.target.kind === 'none' ? 'account' : 'key',
  };
}

/** Metadata of every core operation (the grant operations come from the access layer via `kms.operations`). */
export const KMS_OPERATIONS: readonly KmsOperationInfo[] = CORE_OPERATIONS.map(operationInfo);
