/**
 * The operations AWS lets a principal call on a KMS key in another account ("Cross-account use: Yes"
 * on each API page; docs/kms-facts.md §10). Every other operation looks the key up only in the caller's
 * own account, so another account's key ARN is not found there, whatever the policies allow.
 */
import { errors, type KmsError } from './errors';

/** Operations whose API page says "Cross-account use: Yes". */
export const CROSS_ACCOUNT_OPERATIONS: ReadonlySet<string> = new Set([
  'CreateGrant',
  'Decrypt',
  'DeriveSharedSecret',
  'DescribeKey',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateMac',
  'GetKeyRotationStatus',
  'GetPublicKey',
  'ListGrants',
  'ReEncrypt',
  'RetireGrant',
  'RevokeGrant',
  'Sign',
  'Verify',
  'VerifyMac',
]);

/**
 * The error for an operation that AWS does not allow across accounts, called on another account's key:
 * the NotFoundException KMS answers when it looks for the key ARN in the caller's account.
 */
export function crossAccountRefusal(operation: string, keyArn: string, callerAccountId: string): KmsError {
  return errors
    .notFoundKey(keyArn)
    .explained(
      `${operation} cannot be used across accounts: KMS looks for the key only in the caller's account (${callerAccountId}), whatever the key policy and IAM policies allow. Only cryptographic operations, DescribeKey, GetPublicKey, GetKeyRotationStatus and the grant operations work on another account's key; manage the key from its own account.`,
    );
}
