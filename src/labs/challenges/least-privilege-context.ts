import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { ADMIN_ACTIONS, OTHER_CRYPTO_ACTIONS, firstAllowed, probe } from '../probe';
import { condition, contextHas, fact, hypotheticalUser, keyById, learnerEvents, principalNamed, succeeded, touches } from '../queries';
import { createKeyWithAlias } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const FINANCE = { department: 'finance' };
const WRONG_CONTEXTS: Array<{ label: string; context?: Record<string, string> }> = [
  { label: 'with no encryption context' },
  { label: 'with department=hr', context: { department: 'hr' } },
];

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'financeKeyId'));
  const hr = keyById(s, fact(s, 'hrKeyId'));
  const role = principalNamed(s, 'AppRole');
  const caller = role?.caller;
  const missing = !key
    ? 'The finance key of the starting state is gone; reset the lab to get it back.'
    : 'There is no role AppRole in 111122223333 any more; create it again (Principals tab) or reset the lab.';

  let canUse = false;
  let useMessage = missing;
  let leak: string | undefined;
  let extra: string | undefined;
  if (key && caller) {
    const denied = ['kms:Encrypt', 'kms:Decrypt']
      .map((action) => ({ action, r: probe(s, { caller, action, key, context: FINANCE }) }))
      .find((x) => !x.r.allowed);
    canUse = !denied;
    useMessage = denied ? `AppRole cannot ${denied.action.slice(4)} with department=finance yet. ${denied.r.explanation}` : '';
    for (const w of WRONG_CONTEXTS) {
      for (const action of ['kms:Encrypt', 'kms:Decrypt']) {
        const r = probe(s, { caller, action, key, context: w.context });
        if (r.allowed && !leak)
          leak = `AppRole can also call ${action} ${w.label}. ${r.explanation} Add a condition on kms:EncryptionContext:department.`;
      }
    }
    const other = firstAllowed(s, { caller, key, context: FINANCE }, [...OTHER_CRYPTO_ACTIONS, ...ADMIN_ACTIONS]);
    if (other)
      extra = `AppRole can also call ${other} on the finance key: ${probe(s, { caller, action: other, key, context: FINANCE }).explanation}`;
    const hrUse = hr && firstAllowed(s, { caller, key: hr, context: FINANCE }, ['kms:Encrypt', 'kms:Decrypt']);
    if (!extra && hr && hrUse) extra = `AppRole can also call ${hrUse} with alias/hr-data, a key it has no business with.`;
  }

  const colleague = hypotheticalUser(s.accountId, 'kmslab-colleague');
  const open = key && firstAllowed(s, { caller: colleague, key, context: FINANCE, identityPolicies: [] }, ['kms:Encrypt', 'kms:Decrypt']);
  const proof = learnerEvents(s).find(
    (e) =>
      e.name === 'Encrypt' && succeeded(e) && touches(e, key) && e.callerPolicyArn === role?.arn && contextHas(e, 'department', 'finance'),
  );

  return [
    condition(
      'use',
      'AppRole can Encrypt and Decrypt with the finance key when department=finance',
      canUse,
      'Both are allowed with department=finance.',
      useMessage,
    ),
    condition(
      'context-required',
      'Without department=finance in the context, AppRole is refused',
      !!key && !!caller && !leak,
      'No context, or another department, is refused.',
      () => (key && caller ? leak! : missing),
    ),
    condition(
      'nothing-else',
      'AppRole can do nothing else: no other operation, no other key',
      !!key && !!caller && !extra,
      'Every other operation on the finance key, and the HR key, is refused.',
      () => (key && caller ? extra! : missing),
    ),
    condition(
      'nobody-else',
      'Nobody else gains access to the finance key',
      !!key && !open,
      'A colleague with no IAM permissions still cannot use the key.',
      key
        ? `Anyone in the account can now call ${open} with the finance key, even without any IAM permission: a statement names "*" (everyone) instead of AppRole.`
        : missing,
    ),
    condition(
      'proved',
      'AppRole has encrypted something with department=finance',
      !!proof,
      'AppRole encrypted under the finance key with department=finance.',
      'Prove it: act as AppRole (the toolbar’s "Acting as") and Encrypt under alias/finance-data with the context department=finance.',
    ),
  ];
}

/** Lab: a role may use one key only with one encryption context, and nothing more. */
export const leastPrivilegeContextLab: LabDefinition = {
  ...catalogEntry('least-privilege-context'),
  situation: `Two keys hold departmental data: \`alias/finance-data\` and \`alias/hr-data\`, both with the default key policy (the account may delegate access through IAM). The application runs as the IAM role **AppRole**, which today has no permissions at all. An intern's user exists too, with no KMS permissions.

The finance application sends \`department=finance\` as encryption context with every request, so a policy can insist on it.`,
  goal: `- **AppRole** can call Encrypt and Decrypt with \`alias/finance-data\` when the encryption context contains \`department=finance\`;
- with any other context, or none, it is refused;
- it can do nothing else: no other operation on that key, nothing with \`alias/hr-data\`;
- nobody else gains access to the finance key (no statement for "everyone");
- AppRole has actually encrypted something with \`department=finance\`.`,
  hints: [
    'You can give the permission in the key policy (the **Keys** tab, the key’s page, Key policy) with a statement whose Principal is the role `arn:aws:iam::111122223333:role/AppRole`.',
    'Each operation is its own action: list `kms:Encrypt` and `kms:Decrypt` only. A `Condition` with `StringEquals` on `kms:EncryptionContext:department` set to `finance` makes both depend on the context.',
    `A statement that does it:

\`\`\`json
{
  "Sid": "AppRoleFinanceOnly",
  "Effect": "Allow",
  "Principal": { "AWS": "arn:aws:iam::111122223333:role/AppRole" },
  "Action": ["kms:Encrypt", "kms:Decrypt"],
  "Resource": "*",
  "Condition": { "StringEquals": { "kms:EncryptionContext:department": "finance" } }
}
\`\`\`

Add it to the statements already there, then switch "Acting as" to AppRole and Encrypt with the context.`,
  ],
  solution: {
    cli: `# Add a statement for AppRole to the finance key's policy (keep the existing statement for the account).
# Management calls take a key id or ARN, not an alias
KEY_ID=$(aws kms describe-key --key-id alias/finance-data --query KeyMetadata.KeyId --output text)
aws kms get-key-policy --key-id "$KEY_ID" --policy-name default --query Policy --output text > policy.json
# edit policy.json: add the AppRoleFinanceOnly statement
aws kms put-key-policy --key-id "$KEY_ID" --policy-name default --policy file://policy.json

# As AppRole (after aws sts assume-role):
aws kms encrypt --key-id alias/finance-data --plaintext fileb://q3.csv \\
    --encryption-context department=finance
aws kms encrypt --key-id alias/finance-data --plaintext fileb://q3.csv   # AccessDeniedException`,
    explanation: `Least privilege here has three parts: the **principal** (the role's ARN, not \`*\`), the **actions** (\`kms:Encrypt\` and \`kms:Decrypt\` only; \`kms:*\` would include key deletion and policy changes), and a **condition** on the encryption context. \`kms:EncryptionContext:department\` is the value of that pair in the request, so \`StringEquals\` with \`finance\` refuses requests without the pair or with another value.

An IAM policy on AppRole with the same actions, resource (the key ARN) and condition works as well, because the key policy trusts the account. A grant with an encryption-context constraint is a third way. Whatever the route, the checker asks the simulator's policy engine what AppRole, a colleague without permissions and everyone else could do.`,
  },
  version: 1,
  async setup({ kms }) {
    const finance = await createKeyWithAlias(kms, { alias: 'alias/finance-data', description: 'Finance department data' });
    const hr = await createKeyWithAlias(kms, { alias: 'alias/hr-data', description: 'HR department data' });
    kms.iam.createRole({ roleName: 'AppRole' });
    kms.iam.createUser({ userName: 'intern' });
    return { financeKeyId: finance.keyId, hrKeyId: hr.keyId };
  },
  check,
};
