import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { probe, type ProbeResult } from '../probe';
import { LAB_REGION, condition, fact, keyById, learnerEvents, principalNamed, succeeded, touches } from '../queries';
import { allowPolicy, createKeyWithAlias } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const VIA_S3 = `s3.${LAB_REGION}.amazonaws.com`;
const VIA_EBS = `ec2.${LAB_REGION}.amazonaws.com`;

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const uploader = principalNamed(s, 'uploader');
  const caller = uploader?.caller;
  const missing = !key
    ? 'The uploads key of the starting state is gone; reset the lab to get it back.'
    : 'The user uploader no longer exists; reset the lab to get it back (its IAM policy is part of the task).';
  const ask = (action: string, viaService?: string): ProbeResult =>
    key && caller ? probe(s, { caller, action, key, viaService }) : { allowed: false, explanation: missing };

  const viaS3 = ['kms:GenerateDataKey', 'kms:Decrypt'].map((a) => ({ a, r: ask(a, VIA_S3) })).find((x) => !x.r.allowed);
  const direct = ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'].map((a) => ({ a, r: ask(a) })).find((x) => x.r.allowed);
  const viaEbs = ask('kms:GenerateDataKey', VIA_EBS);
  const mine = learnerEvents(s).filter((e) => touches(e, key) && !!uploader && e.callerPolicyArn === uploader.arn);
  const put = mine.find((e) => e.name === 'GenerateDataKey' && succeeded(e) && e.invokedBy === 's3.amazonaws.com');
  const refused = mine.find((e) => !e.invokedBy && e.errorCode === 'AccessDeniedException');
  const ready = !!key && !!caller;

  return [
    condition(
      'via-s3',
      'Through S3, uploader can still use the key',
      ready && !viaS3,
      'GenerateDataKey and Decrypt through s3.us-east-1.amazonaws.com are allowed.',
      () => (ready ? `Through S3, uploader is refused ${viaS3!.a}: ${viaS3!.r.explanation}` : missing),
    ),
    condition(
      'direct-denied',
      'Called directly, the key refuses uploader',
      ready && !direct,
      'Encrypt, Decrypt and GenerateDataKey made directly are refused.',
      () =>
        ready
          ? `uploader can still call ${direct!.a} directly: ${direct!.r.explanation} An Allow with a condition does not take away another Allow; a Deny does.`
          : missing,
    ),
    condition(
      'only-s3',
      'Other services cannot use the key for uploader either',
      ready && !viaEbs.allowed,
      'A request through EBS (ec2.us-east-1.amazonaws.com) is refused.',
      ready ? `Through EBS, uploader can still get data keys: ${viaEbs.explanation} The condition should name S3 only.` : missing,
    ),
    condition(
      'upload-worked',
      'An S3 upload with SSE-KMS under the key has worked for uploader',
      !!put,
      'S3 generated a data key under the key for uploader.',
      'Act as uploader and, on the AWS services tab, let S3 put an object with the key alias/uploads.',
    ),
    condition(
      'direct-refused',
      'A direct Encrypt by uploader has been refused',
      !!refused,
      `uploader's direct ${refused?.name ?? ''} was denied.`,
      'Act as uploader and run Encrypt with alias/uploads on the Operations tab: it must be denied.',
    ),
  ];
}

/** Lab: a key usable only through S3 (kms:ViaService), and a direct call that is denied. */
export const viaS3OnlyLab: LabDefinition = {
  ...catalogEntry('via-s3-only'),
  situation: `The upload service stores files in S3 with SSE-KMS under \`alias/uploads\`. It signs in as the IAM user **uploader**, whose identity policy is broad: \`kms:Encrypt\`, \`kms:Decrypt\` and \`kms:GenerateDataKey\` on every key. Security wants its credentials to be useless outside S3: if they leak, nobody should be able to call KMS with them directly.

The key has the default key policy, which lets IAM policies in the account grant access.`,
  goal: `- through S3 (\`s3.us-east-1.amazonaws.com\`), uploader can still get data keys and decrypt with \`alias/uploads\`;
- called directly, or through any other service, the key refuses uploader;
- an S3 upload by uploader with the key has worked, and a direct Encrypt by uploader has been denied.`,
  hints: [
    'The condition key `kms:ViaService` holds the service endpoint that made a request on the caller’s behalf, such as `s3.us-east-1.amazonaws.com`; it is absent when the caller calls KMS directly.',
    'Adding an Allow with a ViaService condition is not enough: uploader’s IAM policy already allows direct calls, and Allows add up. Only a **Deny** takes access away.',
    `A key policy statement that does it:

\`\`\`json
{
  "Sid": "UploaderOnlyThroughS3",
  "Effect": "Deny",
  "Principal": { "AWS": "arn:aws:iam::111122223333:user/uploader" },
  "Action": "kms:*",
  "Resource": "*",
  "Condition": { "StringNotEquals": { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }
}
\`\`\`

Then act as uploader: S3 puts an object (AWS services tab, key \`alias/uploads\`), and Encrypt on the Operations tab is denied.`,
  ],
  solution: {
    cli: `# Add the Deny statement to the key policy of alias/uploads (keep the existing statements)
# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/uploads --query KeyMetadata.KeyId --output text)
aws kms put-key-policy --key-id "$KEY_ID" --policy-name default --policy file://policy.json

# As uploader:
aws s3api put-object --bucket uploads-bucket --key photo.jpg --body photo.jpg \\
    --server-side-encryption aws:kms --ssekms-key-id alias/uploads     # works
aws kms encrypt --key-id alias/uploads --plaintext fileb://photo.jpg   # AccessDeniedException`,
    explanation: `When S3 encrypts an object with SSE-KMS it calls KMS with the caller's credentials and adds the condition key \`kms:ViaService\` = \`s3.<region>.amazonaws.com\`; a direct call has no such key. A **Deny** with \`StringNotEquals\` on it therefore refuses every request that did not come through S3 in that Region, whatever IAM allows (an explicit Deny beats every Allow). \`StringNotEquals\` also matches when the key is absent, which is exactly the direct call.

Editing uploader's IAM policy to add the same condition works as well (an Allow with \`StringEquals\` on \`kms:ViaService\`), if it is the only Allow the user has. AWS managed keys such as \`aws/s3\` use the same idea: their policy allows everyone in the account, but only via the service.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/uploads', description: 'Uploaded files (SSE-KMS)' });
    kms.iam.createUser({
      userName: 'uploader',
      policies: { UploadService: allowPolicy(['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey']) },
    });
    return { keyId: key.keyId };
  },
  check,
};
