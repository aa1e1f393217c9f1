import { scenarioInfo } from './catalog';
import { apiDoc, blobToken, createClock, freshKms, messageToken, shortKeyId, textToken, type ScenarioKms } from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { utf8 } from './format-bytes';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun, ScenarioToken } from './types';

const REGION = 'us-east-1';
const OWNER = '111122223333';
/** The simulator's second account (`SECOND_ACCOUNT_ID` in the access layer), as in AWS's own examples. */
const OTHER = '444455556666';

const ACTORS: ScenarioActor[] = [
  { id: 'owner', kind: 'user', label: 'Key owner', detail: `account ${OWNER} (root)`, column: 0, row: 0 },
  { id: 'erin', kind: 'user', label: 'erin', detail: `account ${OTHER}; IAM allows the key`, column: 0, row: 1 },
  { id: 'frank', kind: 'user', label: 'frank', detail: `account ${OTHER}; no IAM policy`, column: 0, row: 2 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 1 },
];

function jsonToken(label: string, value: unknown): ScenarioToken {
  return { kind: 'request', label, bytes: { bytes: utf8(JSON.stringify(value, null, 2)), parts: [], text: true } };
}

/** What every act of this scenario works with: the simulator, the recorder and the key owner's root. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
}

/** The shared key's ids. */
interface SharedKey {
  keyId: string;
  keyArn: string;
}

/** Act 1: the owner account creates a key whose default policy trusts only itself. */
async function ownerKey({ kms, rec, root }: Act): Promise<SharedKey> {
  const created = await rec.call(kms, 'CreateKey', { Description: 'Shared reports key' }, root);
  const keyArn = expectOk(created, 'CreateKey').KeyMetadata!.Arn!;
  const keyId = expectOk(created, 'CreateKey').KeyMetadata!.KeyId!;
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, `key policy: trusts ${OWNER} only`]);
  rec.step({
    id: 'create-key',
    title: 'A key in the owner account',
    narration: `The owner creates a key in account ${OWNER}. Its default key policy trusts only that account, so principals in any other account cannot use it yet.`,
    moves: [
      { from: 'owner', to: 'kms', token: messageToken('CreateKey') },
      { from: 'kms', to: 'owner', token: messageToken(`KeyArn …${keyId.slice(0, 8)}…`) },
    ],
    call: created.record,
  });
  return { keyId, keyArn };
}

/** The users of the other account: erin (an IAM policy for the key) and frank (none), and the report they encrypt. */
function otherAccount(kms: ScenarioKms, keyArn: string) {
  const identityPolicy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: keyArn }],
  };
  const erin = kms.iam.createUser({ userName: 'erin', accountId: OTHER, policies: { UseSharedKey: identityPolicy } });
  const frank = kms.iam.createUser({ userName: 'frank', accountId: OTHER });
  const asErin = { region: REGION, caller: `IAM user erin (${OTHER})`, accessKeyId: erin.accessKeyId, explain: true };
  const asFrank = { region: REGION, caller: `IAM user frank (${OTHER})`, accessKeyId: frank.accessKeyId, explain: true };
  const report = textToken('Plaintext', 'Q4 revenue report');
  return { asErin, asFrank, report };
}

type OtherAccount = ReturnType<typeof otherAccount>;

/** Act 2: an IAM policy alone is not enough across accounts, until the key policy trusts the other account. */
async function shareKeyPolicy({ kms, rec, root }: Act, { keyId, keyArn }: SharedKey, { asErin, report }: OtherAccount): Promise<void> {
  const denied = await rec.call(kms, 'Encrypt', { KeyId: keyArn, Plaintext: report.bytes!.bytes }, asErin);
  if (denied.ok) throw new Error('erin must need the key policy too');
  rec.step({
    id: 'iam-alone-denied',
    title: 'IAM alone is not enough',
    narration: `erin's own account gives her an IAM policy that allows kms:Encrypt on the key's ARN, yet KMS refuses (${denied.errorName}): the key policy does not trust her account.`,
    moves: [
      { from: 'erin', to: 'kms', token: report },
      { from: 'kms', to: 'erin', token: messageToken(denied.errorName, 'error') },
    ],
    call: denied.record,
  });

  const policyText = expectOk(await rec.call(kms, 'GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' }, root), 'GetKeyPolicy').Policy!;
  const policy = JSON.parse(policyText) as { Statement: object[] };
  const shared = {
    ...policy,
    Statement: [
      ...policy.Statement,
      {
        Sid: 'AllowUseFromWorkloadAccount',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
        Action: ['kms:Encrypt', 'kms:Decrypt'],
        Resource: '*',
      },
    ],
  };
  const put = await rec.call(kms, 'PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(shared) }, root);
  expectOk(put, 'PutKeyPolicy');
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, `key policy: trusts ${OWNER} and ${OTHER}`]);
  rec.step({
    id: 'key-policy-trusts-account',
    title: 'The key policy trusts the other account',
    narration: `The owner adds a statement that allows account ${OTHER} to use the key for Encrypt and Decrypt. It names the account, so that account's administrators decide which of their principals may, through IAM.`,
    moves: [
      { from: 'owner', to: 'kms', token: jsonToken('New statement', shared.Statement.at(-1)) },
      { from: 'kms', to: 'owner', token: messageToken('PutKeyPolicy OK') },
    ],
    call: put.record,
  });
}

/** Act 3: with both policies erin encrypts and decrypts; frank, with no IAM policy, still may not. */
async function sharedUse({ kms, rec }: Act, { keyArn }: SharedKey, { asErin, asFrank, report }: OtherAccount): Promise<void> {
  const allowed = await rec.call(kms, 'Encrypt', { KeyId: keyArn, Plaintext: report.bytes!.bytes }, asErin);
  const blob = expectOk(allowed, 'Encrypt as erin').CiphertextBlob!;
  rec.step({
    id: 'both-allow',
    title: 'Key policy and IAM policy: allowed',
    narration:
      "Now both sides agree: the key policy trusts erin's account and her IAM policy allows the action. She names the key by its full ARN, since another account's key id or alias would not resolve in hers.",
    moves: [
      { from: 'erin', to: 'kms', token: report },
      { from: 'kms', to: 'erin', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
    ],
    call: allowed.record,
  });

  const frankDenied = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, asFrank);
  if (frankDenied.ok) throw new Error('frank must need an IAM policy');
  rec.step({
    id: 'no-iam-denied',
    title: 'Key policy alone is not enough either',
    narration: `frank is in the trusted account but has no IAM policy for the key, so his Decrypt fails (${frankDenied.errorName}). Across accounts, the key policy and the caller's IAM policy must both allow.`,
    moves: [
      { from: 'frank', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms', to: 'frank', token: messageToken(frankDenied.errorName, 'error') },
    ],
    call: frankDenied.record,
  });

  const decrypted = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, asErin);
  const plain = expectOk(decrypted, 'Decrypt as erin').Plaintext!;
  rec.step({
    id: 'erin-decrypts',
    title: 'erin decrypts across accounts',
    narration:
      'erin decrypts the report. The ciphertext names the key, and the same two policies allow kms:Decrypt, so KMS returns the plaintext to a caller in the other account.',
    moves: [
      { from: 'erin', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms', to: 'erin', token: textToken('Plaintext', new TextDecoder().decode(plain)) },
    ],
    call: decrypted.record,
  });
}

/** Scenario 8: a key used from another account needs the key policy and that account's IAM policy. */
async function run({ seed = 'kmslab-cross-account' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const act: Act = { kms, rec, root: { region: REGION, caller: `account root (${OWNER})`, explain: true } };

  const key = await ownerKey(act);
  const other = otherAccount(kms, key.keyArn);
  await shareKeyPolicy(act, key, other);
  await sharedUse(act, key, other);

  return {
    id: 'cross-account',
    title: scenarioInfo('cross-account')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      {
        label: 'AWS KMS Developer Guide: allowing users in other accounts to use a KMS key',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
      },
      {
        label: 'IAM policy evaluation logic: cross-account requests',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
      },
      apiDoc('PutKeyPolicy'),
    ],
  };
}

/** Scenario 8: cross-account use of a key (key policy plus IAM policy, and the denial when either is missing). */
export const crossAccount: ScenarioDefinition = { ...scenarioInfo('cross-account')!, run };
