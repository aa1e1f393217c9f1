import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { probe } from '../probe';
import { condition, fact, keyById, learnerEvents, principalNamed, succeeded, text, touches } from '../queries';
import { createKeyWithAlias, encryptText } from '../setup-helpers';
import type { LabSnapshot, SnapshotEvent } from '../snapshot';

const CONTEXT = { job: 'nightly-export' };
/** Operations a Decrypt-only grant may also list without giving the job more power over data. */
const HARMLESS = new Set(['Decrypt', 'RetireGrant', 'DescribeKey']);

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** What is wrong with a CreateGrant request for this task, or undefined when it is right. */
function grantProblem(e: SnapshotEvent): string | undefined {
  const ops = stringList(e.request?.operations);
  if (!ops.includes('Decrypt')) return `The grant lists ${ops.join(', ') || 'no operations'}, not Decrypt.`;
  const extra = ops.filter((o) => !HARMLESS.has(o));
  if (extra.length > 0) return `The grant also gives ${extra.join(', ')}: the job only needs Decrypt.`;
  const c = e.request?.constraints as Record<string, unknown> | undefined;
  const pairs = { ...(c?.encryptionContextSubset as object | undefined), ...(c?.encryptionContextEquals as object | undefined) } as Record<
    string,
    unknown
  >;
  if (pairs.job !== CONTEXT.job)
    return 'The grant has no encryption context constraint job=nightly-export, so it would let the job decrypt anything under the key. Add the constraint.';
  return undefined;
}

function check(s: LabSnapshot): LabCondition[] {
  const key = keyById(s, fact(s, 'keyId'));
  const roleArn = fact(s, 'roleArn');
  const role = principalNamed(s, 'BatchJob');
  const mine = learnerEvents(s);
  const forJob = (e: SnapshotEvent) => {
    const grantee = e.request?.granteePrincipal;
    return typeof grantee === 'string' && (grantee === roleArn || grantee.includes(':assumed-role/BatchJob/'));
  };
  const creates = mine.filter((e) => e.name === 'CreateGrant' && succeeded(e) && touches(e, key) && forJob(e));
  const good = creates.filter((e) => !grantProblem(e));
  const goodIds = new Set(good.map((e) => text(e.response?.grantId)));
  const decrypts = mine.filter(
    (e) => e.name === 'Decrypt' && succeeded(e) && touches(e, key) && !!roleArn && e.callerPolicyArn === roleArn,
  );
  const used = decrypts.find((e) => e.grantIds.some((id) => goodIds.has(id)));
  const retired = mine.find((e) => e.name === 'RetireGrant' && succeeded(e) && e.grantIds.some((id) => goodIds.has(id)));
  const revoked = mine.find((e) => e.name === 'RevokeGrant' && succeeded(e) && goodIds.has(text(e.request?.grantId)));
  const remaining = key ? s.grants.filter((g) => g.keyArn === key.arn && (g.granteePrincipal === roleArn || goodIds.has(g.grantId))) : [];
  const still = key && role?.caller ? probe(s, { caller: role.caller, action: 'kms:Decrypt', key, context: CONTEXT }) : undefined;

  let retiredMessage: string;
  if (remaining.length > 0)
    retiredMessage =
      'A grant for BatchJob still exists on the key. The job is done: retire the grant (RetireGrant with its grant token, or the key id and grant id).';
  else if (still?.allowed) retiredMessage = `The grant is gone, but BatchJob can still decrypt: ${still.explanation}`;
  else if (!retired && revoked)
    retiredMessage =
      'The grant was revoked (RevokeGrant), not retired. Revoking is how an administrator takes a grant back; when the work is done, the grant is retired (RetireGrant). Reset the lab and retire it this time.';
  else
    retiredMessage = used
      ? 'Retire the grant now that the job has run (RetireGrant).'
      : 'Create the grant, let the job use it, then retire it.';

  return [
    condition(
      'grant',
      'BatchJob got a grant for Decrypt only, constrained to job=nightly-export',
      good.length > 0,
      `Grant ${[...goodIds][0]?.slice(0, 8) ?? ''}… gives BatchJob Decrypt with the constraint job=nightly-export.`,
      creates.length > 0
        ? grantProblem(creates[creates.length - 1]!)!
        : 'No grant for BatchJob (arn:aws:iam::111122223333:role/BatchJob) was created on alias/batch-data yet. Use the key page’s Grants section.',
    ),
    condition(
      'used',
      'BatchJob decrypted the export through that grant',
      !!used,
      'BatchJob’s Decrypt was allowed by the grant.',
      decrypts.length > 0
        ? 'BatchJob decrypted, but a policy allowed it, not the grant. Give the access through the grant only.'
        : 'Act as BatchJob and Decrypt the export ciphertext with the context job=nightly-export (paste the grant token in Grant tokens to use the grant at once).',
    ),
    condition(
      'retired',
      'The grant has been retired and BatchJob has no access left',
      !!retired && remaining.length === 0 && !still?.allowed,
      'The grant was retired; BatchJob can no longer decrypt.',
      retiredMessage,
    ),
  ];
}

/** Lab: temporary Decrypt through a constrained grant, used with its token, then retired. */
export const grantBatchJobLab: LabDefinition = {
  ...catalogEntry('grant-batch-job'),
  situation: `Tonight's export job runs as the IAM role **BatchJob**. It must decrypt the export file's key, encrypted under \`alias/batch-data\` with the encryption context \`job=nightly-export\`, and then it should lose that access again. Nobody wants to edit the key policy for a one-off job: that is what grants are for.

The export's encrypted data key is below.`,
  goal: `- BatchJob holds a grant on \`alias/batch-data\` that allows **Decrypt only**, and only for the encryption context \`job=nightly-export\`;
- BatchJob has decrypted the export through that grant;
- the grant has been **retired**, and BatchJob has no access left.`,
  hints: [
    'Open `alias/batch-data` on the **Keys** tab. Its **Grants** section creates a grant: grantee the role `BatchJob`, operation Decrypt, and the encryption context constraint `job` = `nightly-export`.',
    'CreateGrant returns a grant token. A real grant can take a few minutes to reach every KMS host; passing the token in **Grant tokens** makes it usable at once (the simulator applies grants immediately, so here the token is optional, but it is the habit that matters).',
    'Act as BatchJob, Decrypt the handed-out ciphertext with the context `job` = `nightly-export`, then (as root) choose **RetireGrant** in the Operations tab and give the grant token, or the key id and grant id.',
  ],
  solution: {
    cli: `# CreateGrant takes a key id or ARN, not an alias
aws kms create-grant --key-id <key id of alias/batch-data> \\
    --grantee-principal arn:aws:iam::111122223333:role/BatchJob \\
    --operations Decrypt \\
    --constraints EncryptionContextSubset={job=nightly-export} \\
    --retiring-principal arn:aws:iam::111122223333:role/BatchJob
# -> GrantId and GrantToken

# As BatchJob, at once, with the token:
aws kms decrypt --ciphertext-blob fileb://export-key.enc \\
    --encryption-context job=nightly-export --grant-tokens <grant-token>

# When the job is done (BatchJob as retiring principal, or the account):
aws kms retire-grant --grant-token <grant-token>`,
    explanation: `A grant gives one principal a list of operations on one key, without touching any policy, and can only allow, never deny. The encryption context constraint (\`EncryptionContextSubset\` or \`EncryptionContextEquals\`) narrows it further: BatchJob can decrypt the nightly export's data key and nothing else encrypted under the key.

Grants are eventually consistent (usually within five minutes); the grant token returned by CreateGrant makes the grant usable immediately. **Retiring** is how the grant's user (or its retiring principal) ends it when the work is done; **revoking** is how an administrator takes it back. Both delete the grant; the audit trail keeps the record of which it was.`,
  },
  version: 1,
  async setup({ kms }) {
    const key = await createKeyWithAlias(kms, { alias: 'alias/batch-data', description: 'Batch export data keys' });
    const role = kms.iam.createRole({ roleName: 'BatchJob' });
    const ciphertext = await encryptText(kms, key.keyId, 'export data key 7f3a', CONTEXT);
    return { keyId: key.keyId, roleArn: role.roleArn, ciphertext };
  },
  handouts: (facts) => [
    { label: 'The export’s encrypted data key', value: facts.ciphertext ?? '', kind: 'base64' },
    { label: 'Its encryption context', value: JSON.stringify(CONTEXT), kind: 'json' },
  ],
  check,
};
