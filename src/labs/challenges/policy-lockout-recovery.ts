import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { firstAllowed, probe } from '../probe';
import { condition, fact, hypotheticalUser, keyById, learnerEvents, principalNamed, succeeded, touches } from '../queries';
import { attempt, createKeyWithAlias } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const ACCOUNT = '111122223333';
const ADMIN_ROLE = `arn:aws:iam::${ACCOUNT}:role/KeyAdmin`;
const APP_ROLE = `arn:aws:iam::${ACCOUNT}:role/AppRole`;
const ADMIN_CHECKS = ['kms:PutKeyPolicy', 'kms:EnableKeyRotation', 'kms:DisableKey', 'kms:ScheduleKeyDeletion', 'kms:TagResource'] as const;
const ALL_KMS = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] });

/** The policy the starting state saved (KeyAdmin then deleted and created again). */
const LOCKED_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Id: 'customer-records',
    Statement: [
      {
        Sid: 'AccountMayRepairThePolicy',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:PutKeyPolicy'],
        Resource: '*',
      },
      {
        Sid: 'KeyAdministrators',
        Effect: 'Allow',
        Principal: { AWS: ADMIN_ROLE },
        Action: [
          'kms:Create*',
          'kms:Describe*',
          'kms:Enable*',
          'kms:List*',
          'kms:Put*',
          'kms:Update*',
          'kms:Revoke*',
          'kms:Disable*',
          'kms:Get*',
          'kms:Delete*',
          'kms:TagResource',
          'kms:UntagResource',
          'kms:ScheduleKeyDeletion',
          'kms:CancelKeyDeletion',
        ],
        Resource: '*',
      },
      {
        Sid: 'KeyUsers',
        Effect: 'Allow',
        Principal: { AWS: APP_ROLE },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
      },
    ],
  },
  null,
  2,
);

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const admin = principalNamed(s, 'KeyAdmin')?.caller;
  const app = principalNamed(s, 'AppRole')?.caller;
  const missing = !key
    ? 'The customer records key is gone; reset the lab to get it back.'
    : 'A role of the starting state (KeyAdmin or AppRole) is gone; reset the lab.';
  const ready = !!key && !!admin && !!app;
  const adminDenied = ready
    ? ADMIN_CHECKS.map((action) => ({ action, r: probe(s, { caller: admin, action, key }) })).find((x) => !x.r.allowed)
    : undefined;
  const appDenied = ready
    ? ['kms:Encrypt', 'kms:Decrypt'].map((action) => ({ action, r: probe(s, { caller: app, action, key }) })).find((x) => !x.r.allowed)
    : undefined;
  const appAdmin = ready
    ? firstAllowed(s, { caller: app, key }, ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:CreateGrant'])
    : undefined;
  const colleague = hypotheticalUser(ACCOUNT, 'kmslab-colleague');
  const stranger = hypotheticalUser('777788889999', 'kmslab-stranger');
  const open =
    key &&
    (firstAllowed(s, { caller: colleague, key, identityPolicies: [] }, ['kms:Decrypt', 'kms:PutKeyPolicy']) ??
      firstAllowed(s, { caller: stranger, key, identityPolicies: [ALL_KMS] }, ['kms:Decrypt', 'kms:PutKeyPolicy']));
  const proof = learnerEvents(s).find(
    (e) => e.name === 'EnableKeyRotation' && succeeded(e) && touches(e, key) && e.callerPolicyArn === ADMIN_ROLE,
  );

  return [
    condition(
      'admin-back',
      'KeyAdmin can administer the key again',
      ready && !adminDenied,
      'KeyAdmin may change the policy, rotation and state, and schedule deletion.',
      () => (ready ? `KeyAdmin still cannot call ${adminDenied!.action}: ${adminDenied!.r.explanation}` : missing),
    ),
    condition('app-works', 'AppRole can still encrypt and decrypt', ready && !appDenied, 'AppRole may Encrypt and Decrypt.', () =>
      ready ? `AppRole can no longer call ${appDenied!.action}: ${appDenied!.r.explanation}` : missing,
    ),
    condition(
      'app-not-admin',
      'AppRole has gained no administration rights',
      ready && !appAdmin,
      'AppRole cannot change the policy, disable, delete the key or create grants.',
      ready ? `AppRole can now call ${appAdmin}: keep using and administering apart.` : missing,
    ),
    condition(
      'not-open',
      'Nobody else gains access',
      !!key && !open,
      'Colleagues without permissions and other accounts still have no access.',
      key
        ? `Someone outside the named roles can now call ${open}: a statement names "*" (every principal). Name the roles instead.`
        : missing,
    ),
    condition(
      'admin-proved',
      'KeyAdmin has turned on automatic rotation',
      !!proof,
      'KeyAdmin enabled automatic rotation.',
      'Prove the repair: act as KeyAdmin and enable automatic rotation on the key.',
    ),
  ];
}

/** Lab: a key policy bound to a deleted role locks the admins out; the account root repairs it. */
export const policyLockoutRecoveryLab: LabDefinition = {
  ...catalogEntry('policy-lockout-recovery'),
  situation: `\`alias/customer-records\` has a custom key policy: the role **KeyAdmin** administers the key, the role **AppRole** uses it, and the account itself may only describe the key and read and replace its policy. Last week someone deleted the KeyAdmin role and created it again with the same name. Since then KeyAdmin is refused everything on the key (the audit trail shows its failed attempt), and the policy still reads exactly as before.

You are signed in as the account's root user.`,
  goal: `- **KeyAdmin** can administer the key again (change its policy, rotation and state, schedule its deletion, tag it);
- **AppRole** can still encrypt and decrypt, and has gained no administration rights;
- nobody else gains access (no statement for "everyone");
- KeyAdmin has proved it by turning on automatic rotation.`,
  hints: [
    'Read the refusal on the **Audit trail** tab (filter on errors): the policy names `role/KeyAdmin`, but KMS bound that name to the role that existed when the policy was saved. A role created again is a new principal, with a new unique ID.',
    'The statement `AccountMayRepairThePolicy` lets the account root call `PutKeyPolicy`. Saving a policy binds each named role to the role that exists **now**.',
    'As root, open the key’s **Key policy**, save it again unchanged (PutKeyPolicy). Then act as KeyAdmin and enable automatic rotation.',
  ],
  solution: {
    cli: `# As the account root (or an IAM principal the account statement lets in):
# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/customer-records --query KeyMetadata.KeyId --output text)
aws kms get-key-policy --key-id "$KEY_ID" --policy-name default \\
    --query Policy --output text > policy.json
aws kms put-key-policy --key-id "$KEY_ID" --policy-name default \\
    --policy file://policy.json           # the same text, saved again

# As KeyAdmin:
aws kms enable-key-rotation --key-id "$KEY_ID"`,
    explanation: `When a key policy is saved, KMS records the unique ID (\`AROA…\`) of each role and user it names. If that role is deleted and created again, the new role has a new unique ID and the policy no longer applies to it; in AWS, GetKeyPolicy then shows the old unique ID where the ARN was. Saving the policy again binds the name to the role that exists now.

The repair was only possible because the policy still lets the **account** (\`arn:aws:iam::111122223333:root\`) call PutKeyPolicy. Without any statement for the account or a working administrator, nobody in the account can change the policy, and only AWS Support can help; that is why the default key policy always keeps the account principal, and why PutKeyPolicy refuses a policy that would lock the caller out (unless \`BypassPolicyLockoutSafetyCheck\` is set).`,
  },
  version: 1,
  async setup({ kms, advance }) {
    kms.iam.createRole({ roleName: 'AppRole' });
    const old = kms.iam.createRole({ roleName: 'KeyAdmin' });
    const key = await createKeyWithAlias(kms, { alias: 'alias/customer-records', description: 'Customer records' });
    await kms.call('PutKeyPolicy', { KeyId: key.keyId, PolicyName: 'default', Policy: LOCKED_POLICY }, { region: 'us-east-1' });
    advance(7 * 86_400_000);
    kms.iam.deleteIdentity(old.roleArn);
    const admin = kms.iam.createRole({ roleName: 'KeyAdmin' });
    await attempt(() => kms.call('EnableKeyRotation', { KeyId: key.keyId }, { region: 'us-east-1', accessKeyId: admin.accessKeyId }));
    return { keyId: key.keyId };
  },
  check,
};
