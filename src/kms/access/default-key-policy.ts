/**
 * The key policy KMS attaches when CreateKey is called without one.
 *
 * One statement gives the account principal `kms:*`. It does not itself let any user in; it lets the
 * account delegate access with IAM policies. Source: kms-facts §10 (API-GetKeyPolicy example,
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html). The Sid is the one
 * the service generates ("Enable IAM User Permissions").
 */
import { accountRootArn } from './arn';

/** Sid of the statement that enables IAM policies for the account. */
export const DEFAULT_KEY_POLICY_SID = 'Enable IAM User Permissions';

/** The default key policy as the JSON text GetKeyPolicy returns. */
export function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: DEFAULT_KEY_POLICY_SID,
          Effect: 'Allow',
          Principal: { AWS: accountRootArn(accountId) },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

/**
 * The policy AWS managed keys carry (e.g. `aws/s3`): any principal of the account, but only through
 * the owning service in this Region (`kms:ViaService` + `kms:CallerAccount`), plus read-only access
 * for the account. Source: kms-facts §6 (DG conditions-kms, #conditions-kms-caller-account).
 */
export function awsManagedKeyPolicy(accountId: string, service: string, region: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: `auto-${service}-1`,
      Statement: [
        {
          Sid: `Allow access through ${service} for all principals in the account that are authorized to use ${service}`,
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': accountId,
              'kms:ViaService': `${service}.${region}.amazonaws.com`,
            },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: accountRootArn(accountId) },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}
