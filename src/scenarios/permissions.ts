import { scenarioInfo } from './catalog';
import { apiDoc, blobToken, createClock, freshKms, messageToken, shortKeyId, textToken, type ScenarioKms } from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { utf8 } from './format-bytes';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun, ScenarioToken } from './types';

const REGION = 'us-east-1';
const ACCOUNT = '111122223333';

const ACTORS: ScenarioActor[] = [
  { id: 'admin', kind: 'user', label: 'Key administrator', detail: 'account root', column: 0, row: 0 },
  { id: 'alice', kind: 'user', label: 'alice', detail: 'IAM: Allow kms:Encrypt', column: 0, row: 1 },
  { id: 'bob', kind: 'user', label: 'bob', detail: 'IAM: Allow kms:*, Deny kms:Decrypt', column: 0, row: 2 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 1 },
];

function policyToken(label: string, json: string): ScenarioToken {
  return { kind: 'request', label, bytes: { bytes: utf8(json), parts: [], text: true } };
}

/** What every act of this scenario works with: the simulator, the recorder and the account root. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
}

/** Act 1: a new key and its default key policy, which lets IAM policies in the account count. */
async function defaultKeyPolicy({ kms, rec, root }: Act): Promise<{ keyId: string; keyArn: string }> {
  const created = await rec.call(kms, 'CreateKey', { Description: 'Payroll key' }, root);
  const meta = expectOk(created, 'CreateKey').KeyMetadata!;
  const keyId = meta.KeyId!;
  const keyArn = meta.Arn!;
  const policy = await rec.call(kms, 'GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' }, root);
  const policyText = expectOk(policy, 'GetKeyPolicy').Policy!;
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, 'key policy: default (trusts the account)']);
  rec.step({
    id: 'default-key-policy',
    title: 'The default key policy trusts the account',
    narration:
      'A key created without a policy gets the default key policy. Its one statement gives the account (arn:aws:iam::111122223333:root) kms:*, which lets IAM policies in the account grant access to the key.',
    moves: [
      { from: 'admin', to: 'kms', token: messageToken('CreateKey, GetKeyPolicy') },
      { from: 'kms', to: 'admin', token: policyToken('Key policy', JSON.stringify(JSON.parse(policyText), null, 2)) },
    ],
    call: policy.record,
    moreCalls: [created.record],
  });
  return { keyId, keyArn };
}

/** Two IAM users: alice (allowed kms:Encrypt on the key) and bob (kms:*, but Decrypt denied). */
function createUsers(kms: ScenarioKms, keyArn: string) {
  const alice = kms.iam.createUser({
    userName: 'alice',
    policies: { EncryptPayroll: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: keyArn }] } },
  });
  const bob = kms.iam.createUser({
    userName: 'bob',
    policies: {
      KmsPowerUser: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] },
      NoDecrypt: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }] },
    },
  });
  const asAlice = { region: REGION, caller: 'IAM user alice', accessKeyId: alice.accessKeyId, explain: true };
  const asBob = { region: REGION, caller: 'IAM user bob', accessKeyId: bob.accessKeyId, explain: true };
  return { alice, bob, asAlice, asBob };
}

type Users = ReturnType<typeof createUsers>;

/** Act 2: what IAM alone allows: alice encrypts but may not decrypt; bob encrypts, and his explicit deny wins. */
async function iamDecisions({ kms, rec }: Act, keyArn: string, { asAlice, asBob }: Users) {
  const salary = textToken('Plaintext', 'salary: 72,000');
  const aliceEnc = await rec.call(kms, 'Encrypt', { KeyId: keyArn, Plaintext: salary.bytes!.bytes }, asAlice);
  const blob = expectOk(aliceEnc, 'Encrypt as alice').CiphertextBlob!;
  rec.step({
    id: 'alice-encrypt',
    title: 'alice may encrypt',
    narration:
      "alice's IAM policy allows kms:Encrypt on this key, and the key policy lets IAM policies count, so her Encrypt call is allowed.",
    moves: [
      { from: 'alice', to: 'kms', token: salary },
      { from: 'kms', to: 'alice', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
    ],
    call: aliceEnc.record,
  });

  const aliceDec = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, asAlice);
  if (aliceDec.ok) throw new Error('alice should not be able to decrypt yet');
  rec.step({
    id: 'alice-decrypt-denied',
    title: 'alice may not decrypt',
    narration: `Her Decrypt call fails with ${aliceDec.errorName}: no policy statement allows kms:Decrypt for her, and anything not allowed is denied (an implicit deny).`,
    moves: [
      { from: 'alice', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms', to: 'alice', token: messageToken(aliceDec.errorName, 'error') },
    ],
    call: aliceDec.record,
  });

  const bobEnc = await rec.call(kms, 'Encrypt', { KeyId: keyArn, Plaintext: salary.bytes!.bytes }, asBob);
  const bobBlob = expectOk(bobEnc, 'Encrypt as bob').CiphertextBlob!;
  rec.step({
    id: 'bob-encrypt',
    title: 'bob may use kms:*',
    narration: "bob's IAM policy allows every KMS action on every key, so his Encrypt call succeeds.",
    moves: [
      { from: 'bob', to: 'kms', token: salary },
      { from: 'kms', to: 'bob', token: blobToken('ciphertext', 'CiphertextBlob', bobBlob) },
    ],
    call: bobEnc.record,
  });

  const bobDec = await rec.call(kms, 'Decrypt', { CiphertextBlob: bobBlob }, asBob);
  if (bobDec.ok) throw new Error('bob should be denied by the explicit deny');
  rec.step({
    id: 'bob-explicit-deny',
    title: 'An explicit deny wins',
    narration: `bob also has a policy that denies kms:Decrypt. An explicit deny overrides every allow, so his Decrypt fails with ${bobDec.errorName}.`,
    moves: [
      { from: 'bob', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', bobBlob) },
      { from: 'kms', to: 'bob', token: messageToken(bobDec.errorName, 'error') },
    ],
    call: bobDec.record,
  });
  return { blob, bobBlob };
}

/** Act 3: a grant lets alice decrypt, but cannot beat bob's explicit deny. */
async function grantDecisions({ kms, rec, root }: Act, keyId: string, users: Users, blobs: { blob: Uint8Array; bobBlob: Uint8Array }) {
  const { alice, bob, asAlice, asBob } = users;
  const { blob, bobBlob } = blobs;
  const grant = await rec.call(kms, 'CreateGrant', { KeyId: keyId, GranteePrincipal: alice.arn, Operations: ['Decrypt'] }, root);
  const grantOut = expectOk(grant, 'CreateGrant');
  rec.showKeys('kms', [
    `KMS key ${shortKeyId(keyId)}`,
    'key policy: default (trusts the account)',
    `grant ${grantOut.GrantId!.slice(0, 8)}…: alice may Decrypt`,
  ]);
  rec.step({
    id: 'grant',
    title: 'A grant lets alice decrypt',
    narration:
      'The administrator creates a grant that allows alice to call Decrypt with this key. A grant adds a permission for one principal without editing any policy, and can be retired or revoked later.',
    moves: [
      { from: 'admin', to: 'kms', token: messageToken('CreateGrant alice: Decrypt') },
      { from: 'kms', to: 'admin', token: messageToken(`GrantId ${grantOut.GrantId!.slice(0, 8)}…`) },
    ],
    call: grant.record,
  });

  const aliceDec2 = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, asAlice);
  const plain = expectOk(aliceDec2, 'Decrypt as alice with grant').Plaintext!;
  rec.step({
    id: 'alice-decrypt-grant',
    title: 'Now alice can decrypt',
    narration: 'The same Decrypt call from alice now succeeds: the grant allows it.',
    moves: [
      { from: 'alice', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms', to: 'alice', token: textToken('Plaintext', new TextDecoder().decode(plain)) },
    ],
    call: aliceDec2.record,
  });

  const bobGrant = await rec.call(kms, 'CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'] }, root);
  expectOk(bobGrant, 'CreateGrant bob');
  const bobDec2 = await rec.call(kms, 'Decrypt', { CiphertextBlob: bobBlob }, asBob);
  if (bobDec2.ok) throw new Error('A grant must not override an explicit deny');
  rec.step({
    id: 'grant-vs-deny',
    title: 'A grant cannot beat an explicit deny',
    narration: `Even with a Decrypt grant, bob is still refused (${bobDec2.errorName}): the explicit deny in his IAM policy overrides the grant's allow.`,
    moves: [
      { from: 'admin', to: 'kms', token: messageToken('CreateGrant bob: Decrypt') },
      { from: 'bob', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', bobBlob) },
      { from: 'kms', to: 'bob', token: messageToken(bobDec2.errorName, 'error') },
    ],
    call: bobDec2.record,
    moreCalls: [bobGrant.record],
  });
}

/** Scenario 6: key policy, IAM policies, explicit deny and grants, with each decision explained. */
async function run({ seed = 'kmslab-permissions' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const root = { region: REGION, caller: `account root (${ACCOUNT})`, explain: true };
  const act: Act = { kms, rec, root };

  const { keyId, keyArn } = await defaultKeyPolicy(act);
  const users = createUsers(kms, keyArn);
  const blobs = await iamDecisions(act, keyArn, users);
  await grantDecisions(act, keyId, users, blobs);

  return {
    id: 'permissions',
    title: scenarioInfo('permissions')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      {
        label: 'AWS KMS Developer Guide: default key policy',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
      },
      {
        label: 'AWS KMS Developer Guide: IAM policies with KMS',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html',
      },
      { label: 'AWS KMS Developer Guide: grants', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grants.html' },
      {
        label: 'IAM policy evaluation logic',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
      },
      apiDoc('CreateGrant'),
    ],
  };
}

/** Scenario 6: key policy, IAM policies, explicit deny and grants, each decision explained by the simulator. */
export const permissions: ScenarioDefinition = { ...scenarioInfo('permissions')!, run };
