/**
 * Key policies as KMS creates them. Storage only: evaluation is the access layer's job (src/kms/access).
 */
import { rootArn } from './ids';

/**
 * The default key policy for CreateKey without a Policy: one statement giving the account `kms:*`, which
 * lets IAM policies in the account delegate access. Source: API-GetKeyPolicy example
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html), docs/kms-facts.md §10.
 */
export function defaultKeyPolicy(accountId: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: rootArn(accountId) }, Action: 'kms:*', Resource: '*' },
      ],
    },
    null,
    2,
  );
}

/** Service endpoint prefix used in kms:ViaService for each simulated service. */
export const VIA_SERVICE_PREFIX: Record<string, string> = { s3: 's3', ebs: 'ec2', rds: 'rds', secretsmanager: 'secretsmanager' };

/**
 * Policy of an AWS managed key (`alias/aws/<service>`): any principal of the account may use the key,
 * but only through that service (kms:CallerAccount + kms:ViaService), and the account may read its
 * metadata directly. No one may manage it. Source: DG conditions-kms (kms:CallerAccount example for
 * aws/ebs), https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html; docs/kms-facts.md §6.
 */
export function awsManagedKeyPolicy(service: string, accountId: string, region: string): string {
  const via = `${VIA_SERVICE_PREFIX[service] ?? service}.${region}.amazonaws.com`;
  const useActions = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];
  if (service === 'ebs' || service === 'rds' || service === 'secretsmanager') useActions.push('kms:CreateGrant');
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: `auto-${service}-2`,
      Statement: [
        {
          Sid: `Allow access through ${service.toUpperCase()} for all principals in the account that are authorized to use ${service.toUpperCase()}`,
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: useActions,
          Resource: '*',
          Condition: { StringEquals: { 'kms:CallerAccount': accountId, 'kms:ViaService': via } },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: rootArn(accountId) },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}
