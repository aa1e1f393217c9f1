import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { firstAllowed, probe } from '../probe';
import {
  LAB_REGION,
  PARTNER_ACCOUNT,
  condition,
  hypotheticalUser,
  isUsableSymmetricKey,
  learnerEvents,
  principalNamed,
  succeeded,
  touches,
} from '../queries';
import { allowPolicy } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const VIA_S3 = `s3.${LAB_REGION}.amazonaws.com`;
const ALL_KMS = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] });
const BEYOND_DECRYPT = [
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:CreateGrant',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
] as const;

function check(s: LabSnapshot): LabCondition[] {
  const reader = principalNamed(s, 'PartnerReader', PARTNER_ACCOUNT)?.caller;
  const candidates = s.keys.filter((k) => k.region === LAB_REGION && k.accountId === s.accountId && isUsableSymmetricKey(k));
  const shared = reader
    ? candidates.filter(
        (k) =>
          probe(s, {
            caller: reader,
            action: 'kms:Decrypt',
            key: k,
            viaService: VIA_S3,
            context: { 'aws:s3:arn': 'arn:aws:s3:::partner-reports/q3.csv' },
          }).allowed,
      )
    : [];
  const uploads = learnerEvents(s).filter((e) => e.name === 'GenerateDataKey' && succeeded(e) && e.invokedBy === 's3.amazonaws.com');
  const uploaded = uploads.find((e) => shared.some((k) => touches(e, k)));
  const managedTried = uploads.find((e) => s.keys.some((k) => k.keyManager === 'AWS' && touches(e, k)));
  const admin = hypotheticalUser(PARTNER_ACCOUNT, 'kmslab-admin');
  let beyond: string | undefined;
  for (const k of shared) {
    const action = firstAllowed(s, { caller: admin, key: k, identityPolicies: [ALL_KMS] }, BEYOND_DECRYPT);
    if (action) {
      beyond = `An administrator of ${PARTNER_ACCOUNT} could call ${action} with ${k.keyId}. Allow the partner account kms:Decrypt only.`;
      break;
    }
  }
  const stranger = hypotheticalUser('777788889999', 'kmslab-stranger');
  const colleague = hypotheticalUser(s.accountId, 'kmslab-colleague');
  const open = shared.find(
    (k) =>
      probe(s, { caller: stranger, action: 'kms:Decrypt', key: k, identityPolicies: [ALL_KMS] }).allowed ||
      probe(s, { caller: colleague, action: 'kms:Decrypt', key: k, identityPolicies: [] }).allowed,
  );

  return [
    condition(
      'shared-key',
      `A customer managed key lets PartnerReader in ${PARTNER_ACCOUNT} decrypt through S3`,
      shared.length > 0,
      `${shared[0]?.keyId ?? ''} may be used by PartnerReader through S3.`,
      !reader
        ? 'The role PartnerReader in 444455556666 is gone; reset the lab to get it back.'
        : candidates.length === 0
          ? 'aws/s3 is an AWS managed key: its policy cannot be changed, and it only lets your own account use it. Create a customer managed symmetric key in us-east-1 for the shared bucket.'
          : `No customer managed key lets PartnerReader decrypt yet. Its key policy must allow the account ${PARTNER_ACCOUNT} kms:Decrypt (PartnerReader's own IAM policy already allows it).`,
    ),
    condition(
      'uploaded',
      'The report has been uploaded to S3 again, encrypted under that key',
      !!uploaded,
      'S3 encrypted an object under the shared key.',
      managedTried && uploads.every((e) => !shared.some((k) => touches(e, k)))
        ? 'Your uploads still use aws/s3. Give S3 the customer managed key (AWS services tab: the key field) when it puts the report.'
        : 'On the AWS services tab, let S3 put an object with SSE-KMS under the shared key (type its alias or id in the key field).',
    ),
    condition(
      'decrypt-only',
      'The partner account gets Decrypt and nothing more',
      shared.length > 0 && !beyond,
      'Nobody in the partner account can do more than decrypt with the key.',
      () => (shared.length > 0 ? beyond! : 'First share a key with the partner account.'),
    ),
    condition(
      'not-public',
      'The key is not opened to everyone',
      shared.length > 0 && !open,
      'Other accounts, and colleagues without permissions, still cannot decrypt.',
      shared.length > 0
        ? `Anyone can decrypt with ${open?.keyId ?? ''}: a statement names "*". Name the account ${PARTNER_ACCOUNT} instead.`
        : 'First share a key with the partner account.',
    ),
  ];
}

/** Lab: why aws/s3 cannot be shared across accounts, and a customer managed key that can. */
export const managedKeyCrossAccountLab: LabDefinition = {
  ...catalogEntry('managed-key-cross-account'),
  situation: `The quarterly report was uploaded to S3 with SSE-KMS and no key named, so S3 used the AWS managed key \`aws/s3\` (the **Audit trail** tab shows S3's GenerateDataKey). A partner in account **${PARTNER_ACCOUNT}** now needs to read the bucket; their role **PartnerReader** already has an IAM policy that allows \`kms:Decrypt\` on any key.

Look at \`aws/s3\` on the **Keys** tab before you start: who does its key policy allow, and can you change it?`,
  goal: `- a customer managed key lets PartnerReader (${PARTNER_ACCOUNT}) decrypt through S3;
- the report has been uploaded again, encrypted under that key;
- the partner account gets Decrypt and nothing more, and the key is not opened to everyone.`,
  hints: [
    'Try to edit the key policy of `aws/s3`: it is refused. An AWS managed key’s policy is written by AWS; it allows principals of **your** account only (`kms:CallerAccount`), through the service (`kms:ViaService`). Nothing encrypted under it can be read by another account.',
    `Create a symmetric key (an alias such as \`alias/partner-reports\` helps) and add a key policy statement for \`arn:aws:iam::${PARTNER_ACCOUNT}:root\` with \`kms:Decrypt\`. You can add \`"Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}\` to allow it only through S3.`,
    'On the **AWS services** tab, type the new key’s alias in the key field and let S3 put the object: S3 asks for a data key under that key. (In AWS you would also copy the existing objects onto themselves with the new key, and set it as the bucket’s default.)',
  ],
  solution: {
    cli: `aws kms create-key --description "Reports shared with the partner"
aws kms create-alias --alias-name alias/partner-reports --target-key-id <key-id>
# key policy: keep the account statement, add
#   { "Sid": "PartnerReadsThroughS3", "Effect": "Allow",
#     "Principal": { "AWS": "arn:aws:iam::${PARTNER_ACCOUNT}:root" },
#     "Action": "kms:Decrypt", "Resource": "*",
#     "Condition": { "StringEquals": { "kms:ViaService": "s3.us-east-1.amazonaws.com" } } }
# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/partner-reports --query KeyMetadata.KeyId --output text)
aws kms put-key-policy --key-id "$KEY_ID" --policy-name default --policy file://policy.json

# Re-encrypt the report under the shared key (copy in place) and make it the bucket default
aws s3 cp s3://partner-reports/q3.csv s3://partner-reports/q3.csv \\
    --sse aws:kms --sse-kms-key-id alias/partner-reports
aws s3api put-bucket-encryption --bucket partner-reports --server-side-encryption-configuration \\
    '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"alias/partner-reports"}}]}'`,
    explanation: `AWS managed keys (\`aws/s3\`, \`aws/ebs\`, …) are created by a service in your account and governed by a policy you can read but not change: it allows any principal **of your account** (\`kms:CallerAccount\`) to use the key, only through that service (\`kms:ViaService\`). So S3 objects, EBS snapshots or RDS snapshots encrypted under an AWS managed key cannot be shared with another account: that account can never decrypt their data keys.

A customer managed key's policy is yours: allow the partner account \`kms:Decrypt\` (optionally only via S3), let the partner's IAM choose who, and re-encrypt the objects under it. Cross-account access always needs both halves: your key policy and their IAM policy.`,
  },
  version: 1,
  async setup({ kms }) {
    kms.iam.createRole({
      roleName: 'PartnerReader',
      accountId: PARTNER_ACCOUNT,
      policies: { ReadPartnerReports: allowPolicy(['kms:Decrypt', 'kms:DescribeKey']) },
    });
    await kms.services.s3.putObject({
      region: LAB_REGION,
      bucket: 'partner-reports',
      key: 'q3.csv',
      body: new TextEncoder().encode('quarter,revenue\nQ3,4.2M\n'),
    });
    return {};
  },
  check,
};
