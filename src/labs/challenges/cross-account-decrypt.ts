import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { firstAllowed, probe } from '../probe';
import { PARTNER_ACCOUNT, condition, fact, hypotheticalUser, keyById, learnerEvents, succeeded, touches } from '../queries';
import { createKeyWithAlias, encryptText } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const CONTEXT = { report: 'q3' };
const ALL_KMS = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] });
/** What the partner account must not be able to do with the key. */
const BEYOND_DECRYPT = [
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:ReEncryptFrom',
  'kms:CreateGrant',
  'kms:PutKeyPolicy',
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
] as const;

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const partners = s.principals.filter((p) => p.accountId === PARTNER_ACCOUNT && p.caller);
  const decisions = key
    ? partners.map((p) => ({ p, r: probe(s, { caller: p.caller!, action: 'kms:Decrypt', key, context: CONTEXT }) }))
    : [];
  const able = decisions.find((d) => d.r.allowed);
  const proof = learnerEvents(s).find(
    (e) => e.name === 'Decrypt' && succeeded(e) && touches(e, key) && e.callerAccountId === PARTNER_ACCOUNT && e.callerType !== 'Root',
  );
  // Everyone who could act for the partner account: its users and roles, and an administrator there with kms:*.
  const partnerCallers = [
    ...partners.map((p) => ({ name: p.name, caller: p.caller!, policies: undefined as string[] | undefined })),
    {
      name: `an administrator of ${PARTNER_ACCOUNT} with kms:*`,
      caller: hypotheticalUser(PARTNER_ACCOUNT, 'kmslab-admin'),
      policies: [ALL_KMS],
    },
  ];
  let beyond: string | undefined;
  for (const c of key ? partnerCallers : []) {
    const action = firstAllowed(s, { caller: c.caller, key: key!, identityPolicies: c.policies }, BEYOND_DECRYPT);
    if (action) {
      beyond = `${c.name} could call ${action} with your key. Allow ${PARTNER_ACCOUNT} kms:Decrypt only (kms:DescribeKey is harmless).`;
      break;
    }
  }
  const stranger = hypotheticalUser('777788889999', 'kmslab-stranger');
  const colleague = hypotheticalUser(s.accountId, 'kmslab-colleague');
  const open =
    key &&
    (probe(s, { caller: stranger, action: 'kms:Decrypt', key, context: CONTEXT, identityPolicies: [ALL_KMS] }).allowed ||
      probe(s, { caller: colleague, action: 'kms:Decrypt', key, context: CONTEXT, identityPolicies: [] }).allowed);
  const gone = 'The report key of the starting state is gone; reset the lab to get it back.';

  return [
    condition(
      'partner-allowed',
      `A user or role in ${PARTNER_ACCOUNT} may decrypt with your key`,
      !!able,
      `${able?.p.name ?? ''} in ${PARTNER_ACCOUNT} may call kms:Decrypt on the key.`,
      () =>
        !key
          ? gone
          : partners.length === 0
            ? `No user or role exists in ${PARTNER_ACCOUNT} yet. Create one there (Principals tab, account ${PARTNER_ACCOUNT}) with an identity policy that allows kms:Decrypt on the key's ARN.`
            : `${decisions[0]!.p.name} in ${PARTNER_ACCOUNT} is refused: ${decisions[0]!.r.explanation}`,
    ),
    condition(
      'partner-decrypted',
      `A user or role in ${PARTNER_ACCOUNT} has decrypted the report`,
      !!proof,
      `${proof?.callerArn ?? ''} decrypted it.`,
      `Prove it: act as your user in ${PARTNER_ACCOUNT} and Decrypt the report ciphertext with the context report=q3.`,
    ),
    condition(
      'only-decrypt',
      `The partner account gets Decrypt and nothing more`,
      !!key && !beyond,
      `Nobody in ${PARTNER_ACCOUNT} can do more than decrypt, whatever their IAM policies say.`,
      () => (key ? beyond! : gone),
    ),
    condition(
      'not-public',
      'The key is not opened to everyone',
      !!key && !open,
      'Other accounts, and colleagues without permissions, still cannot decrypt.',
      key
        ? 'Anyone can now decrypt with the key: a statement names "*" (every principal of every account). Name the account 444455556666 instead.'
        : gone,
    ),
  ];
}

/** Lab: another account decrypts with your key; both the key policy and its IAM policy must allow it. */
export const crossAccountDecryptLab: LabDefinition = {
  ...catalogEntry('cross-account-decrypt'),
  situation: `Your account (111122223333) encrypted the quarterly report under \`alias/shared-reports\` in us-east-1, with the encryption context \`report=q3\`. An analyst at a partner company, in account **${PARTNER_ACCOUNT}**, needs to read it. Nobody exists in that account yet; you play its administrator too.

The ciphertext is below. A caller from another account cannot use your alias (aliases are per account): they name the key by its ARN, which is below as well.`,
  goal: `- a user or role in ${PARTNER_ACCOUNT} may decrypt with your key, and has decrypted the report;
- the partner account gets Decrypt only: no Encrypt, no grants, no key administration, whatever IAM policies it writes;
- the key is not opened to everyone.`,
  hints: [
    'Across accounts, two policies must allow the call: your **key policy** must allow the other account, and an **IAM policy** in that account must allow its user.',
    `Add a statement to the key policy with \`"Principal": { "AWS": "arn:aws:iam::${PARTNER_ACCOUNT}:root" }\` and \`"Action": "kms:Decrypt"\`. Naming the account's root delegates the choice of who to that account's IAM.`,
    `On the **Principals** tab, create a user in account ${PARTNER_ACCOUNT} with an identity policy that allows \`kms:Decrypt\` on your key's ARN. Then, acting as that user, Decrypt the handed-out ciphertext with the context \`report\` = \`q3\`.`,
  ],
  solution: {
    cli: `# In 111122223333: add to the key policy of alias/shared-reports
#   { "Sid": "PartnerDecrypt", "Effect": "Allow",
#     "Principal": { "AWS": "arn:aws:iam::${PARTNER_ACCOUNT}:root" },
#     "Action": "kms:Decrypt", "Resource": "*" }
# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/shared-reports --query KeyMetadata.KeyId --output text)
aws kms put-key-policy --key-id "$KEY_ID" --policy-name default --policy file://policy.json

# In ${PARTNER_ACCOUNT}: a user whose IAM policy allows Decrypt on that key
aws iam create-user --user-name analyst
aws iam put-user-policy --user-name analyst --policy-name DecryptPartnerReports --policy-document \\
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"<key ARN>"}]}'

# As analyst:
aws kms decrypt --ciphertext-blob fileb://q3-report.enc --encryption-context report=q3 \\
    --key-id <key ARN> --region us-east-1`,
    explanation: `A KMS key is governed by its key policy first. For a caller in the **same** account, a key policy statement naming the account lets IAM policies decide; for a caller in **another** account, the key policy must allow that account (or the principal) **and** an IAM policy in that account must allow the principal. Either half alone is refused, and the simulator's explanation says which half is missing.

Naming \`arn:aws:iam::${PARTNER_ACCOUNT}:root\` lets the partner's administrators choose who, but caps it at what your statement lists, so \`kms:Decrypt\` alone means nobody there can ever encrypt, create grants or change your key. \`"Principal": "*"\` would open the key to every AWS account.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/shared-reports', description: 'Reports shared with partners' });
    const ciphertext = await encryptText(kms, key.keyId, 'Q3 revenue: 4.2 million; margin 18%.', CONTEXT);
    return { keyId: key.keyId, keyArn: key.arn, ciphertext };
  },
  handouts: (facts) => [
    { label: 'The report ciphertext', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
    { label: 'The key ARN (for callers in the other account)', value: facts.keyArn ?? '', kind: 'text' },
  ],
  check,
};
