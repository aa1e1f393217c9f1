import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition, LabSetupContext } from '../model';
import { probe } from '../probe';
import { condition, fact, keyById, principalNamed } from '../queries';
import { DAY_MS, allowPolicy, createKeyWithAlias, encryptText, fromBase64 } from '../setup-helpers';
import type { LabSnapshot, SnapshotKey } from '../snapshot';

const SUSPECT = 'contractor-bo';
const SUSPECT_REGION = 'eu-west-1';
const INVOICES = ['INV-7730', 'INV-7731', 'INV-7732'] as const;

const tag = (key: SnapshotKey | undefined, name: string) => key?.tags.find((t) => t.TagKey === name)?.TagValue.trim();

function check(s: LabSnapshot): LabCondition[] {
  const keyId = fact(s, 'keyId');
  const primary = keyById(s, keyId);
  const replica = keyById(s, keyId, SUSPECT_REGION);
  const keys = [primary, replica].filter((k): k is SnapshotKey => !!k);
  const who = tag(primary, 'DecryptedBy');
  const where = tag(primary, 'DecryptedIn');
  const suspect = principalNamed(s, SUSPECT);
  const rightWho = !!who && [SUSPECT, `arn:aws:iam::${s.accountId}:user/${SUSPECT}`].includes(who.toLowerCase());
  const stillOpen = suspect?.caller
    ? keys.find((k) => probe(s, { caller: suspect.caller!, action: 'kms:Decrypt', key: k, context: { invoice: 'INV-7731' } }).allowed)
    : undefined;
  const colleagues = [
    { name: 'support-ana', key: primary },
    { name: 'EtlJob', key: primary },
    { name: 'EtlJob', key: replica },
  ];
  const lost = colleagues.find((c) => {
    const p = principalNamed(s, c.name)?.caller;
    return (
      !c.key ||
      !p ||
      c.key.state !== 'Enabled' ||
      !probe(s, { caller: p, action: 'kms:Decrypt', key: c.key, context: { invoice: 'INV-7730' } }).allowed
    );
  });
  const gone = 'The customer data key of the starting state is gone; reset the lab to get it back.';

  return [
    condition(
      'who',
      'The key is tagged with who decrypted INV-7731',
      rightWho,
      `DecryptedBy = ${who ?? ''}.`,
      !primary
        ? gone
        : !who
          ? 'Tag the key in us-east-1 with DecryptedBy = the user name (or ARN) of whoever decrypted invoice INV-7731.'
          : `DecryptedBy says "${who}", which is not who decrypted INV-7731. Look only at Decrypt events that succeeded, and read each one’s encryption context.`,
    ),
    condition(
      'where',
      'The key is tagged with the Region it was decrypted in',
      where === SUSPECT_REGION,
      `DecryptedIn = ${SUSPECT_REGION}.`,
      !primary
        ? gone
        : !where
          ? 'Tag the key in us-east-1 with DecryptedIn = the Region of that Decrypt (a Region code such as us-west-2).'
          : `DecryptedIn says "${where}", which is not where INV-7731 was decrypted. Each event has its own awsRegion.`,
    ),
    condition(
      'blocked',
      'That principal can no longer decrypt with the key, in any Region',
      keys.length === 2 && rightWho && !stillOpen,
      `${SUSPECT} is refused in us-east-1 and ${SUSPECT_REGION}.`,
      () =>
        keys.length < 2
          ? gone
          : !rightWho
            ? 'First find who it was.'
            : `${SUSPECT} can still decrypt in ${stillOpen!.region}. A multi-Region replica has its own key policy: block the user on every key that can decrypt the invoice.`,
    ),
    condition(
      'others-unaffected',
      'Everyone else keeps their access',
      !lost,
      'support-ana and EtlJob can still decrypt, and both keys are enabled.',
      lost
        ? `${lost.name} can no longer decrypt${lost.key ? ` in ${lost.key.region}` : ''}. Only the contractor should lose access: do not disable the key or deny everyone.`
        : '',
    ),
  ];
}

async function decryptAs(ctx: LabSetupContext, accessKeyId: string, ciphertext: string, invoice: string, region = 'us-east-1') {
  await ctx.kms.call('Decrypt', { CiphertextBlob: fromBase64(ciphertext), EncryptionContext: { invoice } }, { region, accessKeyId });
}

/** Lab: read the audit trail to find who decrypted a ciphertext, and where; then block that principal. */
export const investigateDecryptLab: LabDefinition = {
  ...catalogEntry('investigate-decrypt'),
  situation: `A customer complains that details of invoice **INV-7731** appeared outside the company. Invoices are encrypted under \`alias/customer-data\`, a multi-Region key with a replica in eu-west-1, and each ciphertext carries its invoice number as encryption context. Several people and jobs decrypt invoices every day.

CloudTrail (here the **Audit trail** tab) records every Decrypt with its caller, Region and encryption context, never the plaintext. INV-7731's ciphertext is below.`,
  goal: `- the key in us-east-1 carries the tags \`DecryptedBy\` (the user name of whoever decrypted INV-7731) and \`DecryptedIn\` (the Region where they did);
- that principal can no longer decrypt with the key, in any Region;
- everyone else keeps their access.`,
  hints: [
    'On the **Audit trail** tab, filter on the event **Decrypt**. Open the events: `requestParameters.encryptionContext` names the invoice, `awsRegion` the Region, `userIdentity` the caller. A failed attempt is not a decryption.',
    'Tags go on the key page’s **Aliases and tags** section (in us-east-1). Blocking one user: a **Deny** statement naming that user in the key policy. The replica in eu-west-1 has a key policy of its own.',
    `The Deny statement, added to the key policy in **both** Regions:

\`\`\`json
{
  "Sid": "BlockContractor",
  "Effect": "Deny",
  "Principal": { "AWS": "arn:aws:iam::111122223333:user/<who>" },
  "Action": "kms:*",
  "Resource": "*"
}
\`\`\``,
  ],
  solution: {
    cli: `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=Decrypt \\
    --region eu-west-1        # and us-east-1: CloudTrail is regional too
# -> the event with "encryptionContext": {"invoice": "INV-7731"} and no errorCode

aws kms tag-resource --key-id <mrk key id> --region us-east-1 \\
    --tags TagKey=DecryptedBy,TagValue=${SUSPECT} TagKey=DecryptedIn,TagValue=${SUSPECT_REGION}

# Deny the user on the primary and on the replica (each has its own key policy)
aws kms put-key-policy --key-id <mrk key id> --policy-name default --policy file://policy.json --region us-east-1
aws kms put-key-policy --key-id <mrk key id> --policy-name default --policy file://policy.json --region ${SUSPECT_REGION}`,
    explanation: `KMS logs every request to CloudTrail with the caller (\`userIdentity\`), the Region (\`awsRegion\`) and the request parameters, which include the **encryption context** but never plaintext or ciphertext. An encryption context that names the record (an invoice number here) is what makes "who decrypted this record?" answerable, which is one reason AWS recommends always using one.

The trail had two traps: a failed attempt on INV-7731 (a mistyped context gives \`InvalidCiphertextException\`, no data), and the same contractor decrypting another invoice in us-east-1. And a multi-Region key's replicas have **independent** key policies: a Deny on the primary alone leaves the replica open. An explicit Deny beats the IAM policy that allowed the user; deleting the user would work too.`,
  },
  version: 1,
  async setup(ctx) {
    const { kms, advance } = ctx;
    const key = await createKeyWithAlias(kms, { alias: 'alias/customer-data', description: 'Customer invoices', multiRegion: true });
    await kms.call('ReplicateKey', { KeyId: key.keyId, ReplicaRegion: SUSPECT_REGION }, { region: 'us-east-1' });
    await kms.call('CreateAlias', { AliasName: 'alias/customer-data', TargetKeyId: key.keyId }, { region: SUSPECT_REGION });
    const read = { ReadInvoices: allowPolicy(['kms:Decrypt', 'kms:DescribeKey']) };
    const ana = kms.iam.createUser({ userName: 'support-ana', policies: read });
    const bo = kms.iam.createUser({ userName: SUSPECT, policies: read });
    const etl = kms.iam.createRole({ roleName: 'EtlJob', policies: read });
    const blobs: Record<string, string> = {};
    for (const invoice of INVOICES)
      blobs[invoice] = await encryptText(kms, key.keyId, `${invoice}: customer 4411, 1,290.00 EUR`, { invoice });
    advance(2 * DAY_MS);
    await decryptAs(ctx, ana.accessKeyId, blobs['INV-7730']!, 'INV-7730');
    advance(DAY_MS);
    await decryptAs(ctx, etl.accessKeyId, blobs['INV-7732']!, 'INV-7732');
    await decryptAs(ctx, etl.accessKeyId, blobs['INV-7730']!, 'INV-7730', SUSPECT_REGION);
    advance(DAY_MS);
    await decryptAs(ctx, bo.accessKeyId, blobs['INV-7730']!, 'INV-7730');
    advance(DAY_MS);
    // A mistyped invoice number: the attempt fails and reveals nothing.
    await decryptAs(ctx, ana.accessKeyId, blobs['INV-7731']!, 'INV-7713').catch(() => undefined);
    advance(DAY_MS);
    await decryptAs(ctx, bo.accessKeyId, blobs['INV-7731']!, 'INV-7731', SUSPECT_REGION);
    advance(2 * DAY_MS);
    return { keyId: key.keyId, ciphertext: blobs['INV-7731']! };
  },
  handouts: (facts) => [
    { label: 'INV-7731’s ciphertext', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify({ invoice: 'INV-7731' }), kind: 'json' },
  ],
  check,
};
