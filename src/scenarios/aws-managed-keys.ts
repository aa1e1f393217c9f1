import { scenarioInfo } from './catalog';
import {
  apiDoc,
  blobToken,
  bytesToken,
  createClock,
  freshKms,
  messageToken,
  shortKeyId,
  textToken,
  type KeyMetadata,
  type ScenarioKms,
} from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { summarizeRecord } from './summarize';
import { utf8 } from './format-bytes';
import type { KmsCallRecord, RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun, ScenarioToken } from './types';

const REGION = 'us-east-1';
const ACCOUNT = '111122223333';

const ACTORS: ScenarioActor[] = [
  { id: 'app', kind: 'app', label: 'Your application', detail: 'uploads files to S3', column: 0, row: 0 },
  { id: 's3', kind: 'service', label: 'Amazon S3', detail: 'bucket with SSE-KMS', column: 1, row: 0 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 1 },
];

/** What S3 stored for an object: the AES-GCM output as nonce | ciphertext+tag, parts labelled. */
function storedObject(item: { iv: Uint8Array; ciphertext: Uint8Array }): ScenarioToken {
  const bytes = new Uint8Array(item.iv.length + item.ciphertext.length);
  bytes.set(item.iv, 0);
  bytes.set(item.ciphertext, item.iv.length);
  const body = item.ciphertext.length - 16;
  return bytesToken('ciphertext', 'Encrypted object', bytes, [
    { name: 'Nonce', offset: 0, length: item.iv.length, description: 'AES-GCM nonce S3 chose for this object.' },
    {
      name: 'Ciphertext',
      offset: item.iv.length,
      length: body,
      description: 'The object encrypted by S3 with the data key (AES-256-GCM).',
    },
    { name: 'Tag', offset: item.iv.length + body, length: 16, description: 'AES-GCM authentication tag.' },
  ]);
}

/**
 * The call S3 made to KMS on the caller's behalf, rebuilt from the audit trail (which names the
 * operation, the service and why it was allowed) and from what S3 stored.
 */
function serviceCall(
  audit: { latest(): unknown },
  item: { kmsKeyArn: string; encryptionContext: Record<string, string>; encryptedDataKey: Uint8Array },
): KmsCallRecord {
  const event = audit.latest() as { eventName: string; awsRegion: string; accessDecision?: { summary?: string } } | undefined;
  return {
    operation: event?.eventName ?? 'GenerateDataKey',
    permission: 'kms:GenerateDataKey',
    docUrl: apiDoc('GenerateDataKey').url,
    description: 'Returns a data key in plaintext and encrypted under the KMS key.',
    region: event?.awsRegion ?? REGION,
    caller: `Amazon S3 for account root (${ACCOUNT}), via s3.${REGION}.amazonaws.com`,
    input: { KeyId: item.kmsKeyArn, KeySpec: 'AES_256', EncryptionContext: item.encryptionContext },
    outcome: {
      ok: true,
      output: summarizeRecord({ KeyId: item.kmsKeyArn, CiphertextBlob: item.encryptedDataKey, Plaintext: new Uint8Array(32) }),
    },
    ...(event?.accessDecision?.summary ? { decision: event.accessDecision.summary } : {}),
  };
}

/** What every act of this scenario works with: the simulator, the recorder and the root caller. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
}

const BODY = 'quarter,revenue\nQ1,1200\nQ2,1350\n';

/** Act 1: the account has no aws/s3 key before S3 first needs one. */
async function noKeyYet({ kms, rec, root }: Act): Promise<void> {
  const before = await rec.call(kms, 'ListAliases', {}, root);
  const aliasesBefore = expectOk(before, 'ListAliases').Aliases ?? [];
  const hadS3 = aliasesBefore.some((a) => a.AliasName === 'alias/aws/s3' && a.TargetKeyId);
  rec.showKeys('kms', ['no keys yet']);
  rec.step({
    id: 'no-key-yet',
    title: 'No aws/s3 key yet',
    narration: `ListAliases shows ${hadS3 ? 'an' : 'no'} aws/s3 key in this account. AWS managed keys are created only when a service first needs one.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('ListAliases') },
      { from: 'kms', to: 'app', token: messageToken(`${aliasesBefore.length} aliases`) },
    ],
    call: before.record,
  });
}

/** Act 2: S3 creates aws/s3 on the first upload, encrypts the object and keeps the encrypted key. */
async function firstUpload({ kms, rec, root }: Act): Promise<KeyMetadata> {
  const put = await kms.services.s3.putObject({ region: REGION, bucket: 'example-reports', key: 'q1.csv', body: utf8(BODY) });
  const item = put.item;
  const gdkCall = serviceCall(kms.audit, item);
  const describe = await rec.call(kms, 'DescribeKey', { KeyId: 'alias/aws/s3' }, root);
  const awsKey = expectOk(describe, 'DescribeKey aws/s3').KeyMetadata!;
  rec.showKeys('kms', [`aws/s3 ${shortKeyId(awsKey.KeyId!)}`, 'managed by AWS']);
  rec.step({
    id: 'put-object',
    title: 'S3 asks KMS for a data key',
    narration:
      'The application uploads an object to a bucket with SSE-KMS and names no key. S3 calls GenerateDataKey on your behalf, and KMS creates the AWS managed key aws/s3 at that moment.',
    moves: [
      { from: 'app', to: 's3', token: textToken('Object', BODY) },
      { from: 's3', to: 'kms', token: messageToken('GenerateDataKey aws/s3') },
      { from: 'kms', to: 's3', token: blobToken('wrapped-key', 'Encrypted data key', item.encryptedDataKey) },
    ],
    call: gdkCall,
  });

  rec.step({
    id: 's3-encrypts',
    title: 'S3 encrypts and keeps the encrypted key',
    narration: 'S3 encrypts the object with the plaintext data key, discards that key, and stores the encrypted data key with the object.',
    moves: [
      { from: 's3', to: 's3', token: storedObject(item) },
      { from: 's3', to: 's3', token: blobToken('wrapped-key', 'Encrypted data key', item.encryptedDataKey) },
    ],
    focus: ['s3'],
  });

  rec.step({
    id: 'describe',
    title: 'KeyManager: AWS',
    narration: `DescribeKey on alias/aws/s3 shows KeyManager ${awsKey.KeyManager}: the key lives in your account, but AWS manages it for S3.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('DescribeKey alias/aws/s3') },
      { from: 'kms', to: 'app', token: messageToken(`KeyManager ${awsKey.KeyManager}`) },
    ],
    call: describe.record,
  });

  return awsKey;
}

/** Act 3: what you may read of aws/s3 (its policy) and what you may not do with it. */
async function limitsOfManagedKey({ kms, rec, root }: Act, awsKey: KeyMetadata): Promise<void> {
  const policy = await rec.call(kms, 'GetKeyPolicy', { KeyId: awsKey.KeyId!, PolicyName: 'default' }, root);
  const policyText = expectOk(policy, 'GetKeyPolicy aws/s3').Policy!;
  rec.step({
    id: 'policy',
    title: 'Its policy: only through S3',
    narration:
      'You may read its key policy: any principal in the account may use the key, but only through S3 (kms:ViaService) and only from this account (kms:CallerAccount).',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('GetKeyPolicy') },
      {
        from: 'kms',
        to: 'app',
        token: {
          kind: 'request',
          label: 'Key policy',
          bytes: { bytes: utf8(JSON.stringify(JSON.parse(policyText), null, 2)), parts: [], text: true },
        },
      },
    ],
    call: policy.record,
  });

  const direct = await rec.call(kms, 'Encrypt', { KeyId: 'alias/aws/s3', Plaintext: utf8('not through S3') }, root);
  if (direct.ok) throw new Error('Direct use of aws/s3 should be denied');
  rec.step({
    id: 'direct-use-denied',
    title: 'Direct use is refused',
    narration: `Calling Encrypt with aws/s3 directly, not through S3, fails with ${direct.errorName}: the policy's kms:ViaService condition does not match.`,
    moves: [
      { from: 'app', to: 'kms', token: textToken('Plaintext', 'not through S3') },
      { from: 'kms', to: 'app', token: messageToken(direct.errorName, 'error') },
    ],
    call: direct.record,
  });

  const putPolicy = await rec.call(kms, 'PutKeyPolicy', { KeyId: awsKey.KeyId!, PolicyName: 'default', Policy: policyText }, root);
  if (putPolicy.ok) throw new Error('Changing an AWS managed key policy should fail');
  rec.step({
    id: 'cannot-change-policy',
    title: 'You cannot change its policy',
    narration: `PutKeyPolicy on aws/s3 fails with ${putPolicy.errorName}. You cannot edit the policy of an AWS managed key.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('PutKeyPolicy aws/s3') },
      { from: 'kms', to: 'app', token: messageToken(putPolicy.errorName, 'error') },
    ],
    call: putPolicy.record,
  });

  const del = await rec.call(kms, 'ScheduleKeyDeletion', { KeyId: awsKey.KeyId!, PendingWindowInDays: 7 }, root);
  if (del.ok) throw new Error('Deleting an AWS managed key should fail');
  rec.step({
    id: 'cannot-delete',
    title: 'You cannot delete or disable it',
    narration: `ScheduleKeyDeletion fails with ${del.errorName}. AWS managed keys cannot be deleted, disabled or rotated on demand.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('ScheduleKeyDeletion aws/s3') },
      { from: 'kms', to: 'app', token: messageToken(del.errorName, 'error') },
    ],
    call: del.record,
  });

  const rot = await rec.call(kms, 'GetKeyRotationStatus', { KeyId: awsKey.KeyId! }, root);
  const rotOut = expectOk(rot, 'GetKeyRotationStatus aws/s3');
  rec.step({
    id: 'rotation',
    title: 'It rotates every year, automatically',
    narration: `GetKeyRotationStatus reads ${String(rotOut.KeyRotationEnabled)}: AWS rotates AWS managed keys every year (every three years before May 2022), and you cannot change that.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('GetKeyRotationStatus') },
      { from: 'kms', to: 'app', token: messageToken(`KeyRotationEnabled ${String(rotOut.KeyRotationEnabled)}`) },
    ],
    call: rot.record,
  });
}

/** Act 4: the same upload under a customer managed key. */
async function customerManaged({ kms, rec, root }: Act, awsKey: KeyMetadata): Promise<void> {
  const created = await rec.call(kms, 'CreateKey', { Description: 'Reports bucket key' }, root);
  const cmk = expectOk(created, 'CreateKey').KeyMetadata!;
  const put2 = await kms.services.s3.putObject({
    region: REGION,
    bucket: 'example-reports',
    key: 'q2.csv',
    body: utf8(BODY),
    kmsKeyId: cmk.KeyId!,
  });
  rec.showKeys('kms', [`aws/s3 ${shortKeyId(awsKey.KeyId!)}`, 'managed by AWS', `your key ${shortKeyId(cmk.KeyId!)}`, 'managed by you']);
  rec.step({
    id: 'customer-managed',
    title: 'A customer managed key instead',
    narration:
      'Named in the upload, a customer managed key is used by S3 the same way, but you control its policy, rotation, disabling and deletion. It costs $1 a month; aws/s3 has no monthly fee.',
    moves: [
      { from: 'app', to: 's3', token: textToken('Object', BODY) },
      { from: 's3', to: 'kms', token: messageToken(`GenerateDataKey ${shortKeyId(cmk.KeyId!)}`) },
      { from: 'kms', to: 's3', token: blobToken('wrapped-key', 'Encrypted data key', put2.item.encryptedDataKey) },
    ],
    call: serviceCall(kms.audit, put2.item),
    moreCalls: [created.record],
  });
}

/** Scenario 7: S3 creates and uses aws/s3 on your behalf; what you can and cannot change about it. */
async function run({ seed = 'kmslab-aws-managed-keys' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const act: Act = {
    kms: freshKms(seed, clock),
    rec: new Recorder(ACTORS),
    root: { region: REGION, caller: `account root (${ACCOUNT})`, explain: true },
  };
  await noKeyYet(act);
  const awsKey = await firstUpload(act);
  await limitsOfManagedKey(act, awsKey);
  await customerManaged(act, awsKey);

  return {
    id: 'aws-managed-keys',
    title: scenarioInfo('aws-managed-keys')!.title,
    seed,
    actors: ACTORS,
    steps: act.rec.steps,
    caveats: [],
    sources: [
      {
        label: 'AWS KMS Developer Guide: AWS managed keys',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk',
      },
      { label: 'Amazon S3: using SSE-KMS', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html' },
      {
        label: 'AWS KMS Developer Guide: kms:ViaService',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service',
      },
      { label: 'AWS KMS pricing', url: 'https://aws.amazon.com/kms/pricing/' },
      apiDoc('GetKeyRotationStatus'),
    ],
  };
}

/** Scenario 7: AWS managed (aws/s3) versus customer managed keys, run on a fresh seeded simulator. */
export const awsManagedKeys: ScenarioDefinition = { ...scenarioInfo('aws-managed-keys')!, run };
