import { scenarioInfo } from './catalog';
import { apiDoc, blobToken, bytesToken, createClock, freshKms, messageToken, shortKeyId, textToken, type ScenarioKms } from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { utf8 } from './format-bytes';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun } from './types';

const REGION = 'us-east-1';
const ACCOUNT = '111122223333';

const ACTORS: ScenarioActor[] = [
  { id: 'admin', kind: 'user', label: 'Key administrator', detail: 'account root', column: 0, row: 0 },
  { id: 'job', kind: 'user', label: 'batch-job', detail: 'IAM user, no KMS policy', column: 0, row: 1 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 0 },
];

/** What every act of this scenario works with: the simulator, the recorder and the caller. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
}

/** Act 1: a key and a record encrypted under it; the key has no grants yet. */
async function keyAndRecord({ kms, rec, root }: Act): Promise<{ keyId: string; blob: Uint8Array }> {
  const created = await rec.call(kms, 'CreateKey', { Description: 'Payroll batches' }, root);
  const keyId = expectOk(created, 'CreateKey').KeyMetadata!.KeyId!;
  const record = textToken('Plaintext', 'batch 2026-01: 412 payslips');
  const encrypted = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: record.bytes!.bytes }, root);
  const blob = expectOk(encrypted, 'Encrypt').CiphertextBlob!;
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, 'grants: none']);
  rec.step({
    id: 'encrypt',
    title: 'The administrator encrypts a batch',
    narration:
      'The administrator creates a key and encrypts a payroll batch with it. Nothing in the key policy or in IAM lets batch-job use the key.',
    moves: [
      { from: 'admin', to: 'kms', token: record },
      { from: 'kms', to: 'admin', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
    ],
    call: encrypted.record,
    moreCalls: [created.record],
  });
  return { keyId, blob };
}

/** Act 2: the batch job is denied, then a grant (and its grant token) lets it decrypt at once. */
async function grantDecrypt({ kms, rec, root }: Act, keyId: string, blob: Uint8Array) {
  const job = kms.iam.createUser({ userName: 'batch-job' });
  const asJob = { region: REGION, caller: 'IAM user batch-job', accessKeyId: job.accessKeyId, explain: true };
  const denied = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, asJob);
  if (denied.ok) throw new Error('batch-job must be denied before the grant');
  rec.step({
    id: 'denied',
    title: 'batch-job may not decrypt',
    narration: `batch-job calls Decrypt and is refused (${denied.errorName}): no policy allows it, and nothing not allowed is permitted.`,
    moves: [
      { from: 'job', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms', to: 'job', token: messageToken(denied.errorName, 'error') },
    ],
    call: denied.record,
  });

  const grant = await rec.call(
    kms,
    'CreateGrant',
    { KeyId: keyId, GranteePrincipal: job.arn, RetiringPrincipal: job.arn, Operations: ['Decrypt'], Name: 'payroll-batch-2026-01' },
    root,
  );
  const { GrantId: grantId, GrantToken: grantToken } = expectOk(grant, 'CreateGrant');
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, `grant ${grantId!.slice(0, 8)}…: batch-job may Decrypt`]);
  rec.step({
    id: 'create-grant',
    title: 'CreateGrant: Decrypt for batch-job',
    narration:
      'The administrator creates a grant that lets batch-job call Decrypt with this key and names batch-job as the principal who may retire it. No policy changes; KMS returns a grant id and a grant token.',
    moves: [
      { from: 'admin', to: 'kms', token: messageToken('CreateGrant batch-job: Decrypt') },
      { from: 'kms', to: 'admin', token: bytesToken('request', 'GrantToken', utf8(grantToken!)) },
    ],
    call: grant.record,
  });

  rec.step({
    id: 'hand-over-token',
    title: 'The token goes to batch-job',
    narration:
      'A new grant can take a short while to take effect everywhere in KMS (eventual consistency). The grant token lets batch-job use the grant at once, so the administrator passes it on with the job.',
    moves: [{ from: 'admin', to: 'job', token: bytesToken('request', 'GrantToken', utf8(grantToken!)) }],
  });

  const used = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob, GrantTokens: [grantToken!] }, asJob);
  const plain = expectOk(used, 'Decrypt with grant token').Plaintext!;
  rec.step({
    id: 'decrypt-with-token',
    title: 'Decrypt with the grant token',
    narration: 'batch-job calls Decrypt with the grant token in GrantTokens. The grant allows the call, and KMS returns the plaintext.',
    moves: [
      { from: 'job', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob + GrantToken', blob) },
      { from: 'kms', to: 'job', token: textToken('Plaintext', new TextDecoder().decode(plain)) },
    ],
    call: used.record,
  });
  return { asJob, grantId: grantId!, grantToken: grantToken! };
}

type Granted = Awaited<ReturnType<typeof grantDecrypt>>;

/** Act 3: the job retires its grant, and the same call is denied again. */
async function retire({ kms, rec }: Act, keyId: string, blob: Uint8Array, { asJob, grantId, grantToken }: Granted): Promise<void> {
  const retired = await rec.call(kms, 'RetireGrant', { KeyId: keyId, GrantId: grantId }, asJob);
  expectOk(retired, 'RetireGrant');
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, 'grants: none']);
  rec.step({
    id: 'retire',
    title: 'batch-job retires the grant',
    narration:
      'Its work done, batch-job retires the grant. It may, because the grant names it as the retiring principal; retiring is how a grantee gives back access it no longer needs.',
    moves: [
      { from: 'job', to: 'kms', token: messageToken(`RetireGrant ${grantId.slice(0, 8)}…`) },
      { from: 'kms', to: 'job', token: messageToken('RetireGrant OK') },
    ],
    call: retired.record,
  });

  const after = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob, GrantTokens: [grantToken] }, asJob);
  if (after.ok) throw new Error('a retired grant must not allow Decrypt');
  rec.step({
    id: 'after-retire',
    title: 'The grant is gone',
    narration: `The same Decrypt call now fails (${after.errorName}). Keeping a token does not keep access: once a grant is retired or revoked, its token allows nothing.`,
    moves: [
      { from: 'job', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob + GrantToken', blob) },
      { from: 'kms', to: 'job', token: messageToken(after.errorName, 'error') },
    ],
    call: after.record,
  });
}

/** Scenario 9: a grant is created, used with its grant token, and retired. */
async function run({ seed = 'kmslab-grants' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const act: Act = { kms, rec, root: { region: REGION, caller: `account root (${ACCOUNT})`, explain: true } };

  const { keyId, blob } = await keyAndRecord(act);
  const granted = await grantDecrypt(act, keyId, blob);
  await retire(act, keyId, blob, granted);

  return {
    id: 'grants',
    title: scenarioInfo('grants')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: ['The simulator applies a new grant at once; in AWS it can take a short while, which is what the grant token is for.'],
    sources: [
      { label: 'AWS KMS Developer Guide: grants', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grants.html' },
      {
        label: 'AWS KMS Developer Guide: using a grant token',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/using-grant-token.html',
      },
      {
        label: 'AWS KMS Developer Guide: retiring and revoking grants',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html',
      },
      apiDoc('CreateGrant'),
      apiDoc('RetireGrant'),
    ],
  };
}

/** Scenario 9: grants, created, used with a grant token and retired. */
export const grants: ScenarioDefinition = { ...scenarioInfo('grants')!, run };
