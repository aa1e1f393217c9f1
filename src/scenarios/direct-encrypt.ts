import { scenarioInfo } from './catalog';
import { apiDoc, blobToken, createClock, freshKms, messageToken, shortKeyId, textToken, type ScenarioKms } from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { fromUtf8 } from './format-bytes';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun } from './types';

const REGION = 'us-east-1';
const SECRET = 'db-password: correct-horse-battery-staple';

const ACTORS: ScenarioActor[] = [
  { id: 'app', kind: 'app', label: 'Your application', detail: 'runs as the account root here', column: 0, row: 0 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 0 },
  { id: 'db', kind: 'storage', label: 'Database', detail: 'stores only ciphertext', column: 0, row: 1 },
  { id: 'reporter', kind: 'user', label: 'reporting-app', detail: 'IAM user: kms:Encrypt only', column: 1, row: 1 },
];

/** What every act of this scenario works with: the simulator, the recorder and the caller. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
}

/** Act 1: a key, and a short secret encrypted directly under it: what the ciphertext blob holds. */
async function encryptDirectly({ kms, rec, root }: Act): Promise<{ keyId: string; blob: Uint8Array }> {
  const created = await rec.call(kms, 'CreateKey', { Description: 'Direct encryption demo' }, root);
  const keyId = expectOk(created, 'CreateKey').KeyMetadata!.KeyId!;
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, 'material v1 (256-bit AES)']);
  rec.step({
    id: 'create-key',
    title: 'Create a KMS key',
    narration:
      'The application asks KMS for a new symmetric key. KMS generates the key material inside its HSMs and returns only the key id.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('CreateKey') },
      { from: 'kms', to: 'app', token: messageToken(`KeyId ${shortKeyId(keyId)}`) },
    ],
    call: created.record,
  });

  const plaintext = textToken('Plaintext', SECRET);
  const encrypted = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: plaintext.bytes!.bytes }, root);
  const blob = expectOk(encrypted, 'Encrypt').CiphertextBlob!;
  rec.step({
    id: 'encrypt',
    title: 'Encrypt a small secret',
    narration: `The application sends ${plaintext.bytes!.bytes.length} bytes and the key id to Encrypt, which accepts up to 4,096 bytes. KMS encrypts inside the HSM boundary and returns a ciphertext blob; the key never leaves.`,
    moves: [
      { from: 'app', to: 'kms', token: plaintext },
      { from: 'kms', to: 'app', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
    ],
    call: encrypted.record,
  });

  rec.step({
    id: 'store',
    title: 'Store only the ciphertext',
    narration:
      'The application keeps the ciphertext blob in its database and forgets the plaintext. The blob names the key that made it, so nothing else needs storing.',
    moves: [{ from: 'app', to: 'db', token: blobToken('ciphertext', 'CiphertextBlob', blob) }],
  });

  rec.step({
    id: 'read-back',
    title: 'Read the ciphertext back',
    narration: 'Later, the application reads the blob back from the database when it needs the secret.',
    moves: [{ from: 'db', to: 'app', token: blobToken('ciphertext', 'CiphertextBlob', blob) }],
  });
  return { keyId, blob };
}

/** Act 2: Decrypt needs no key id: the blob names its key. */
async function decryptIt({ kms, rec, root }: Act, blob: Uint8Array): Promise<void> {
  const decrypted = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, root);
  const recovered = expectOk(decrypted, 'Decrypt');
  if (fromUtf8(recovered.Plaintext!) !== SECRET) throw new Error('Decrypt returned different bytes');
  rec.step({
    id: 'decrypt',
    title: 'Decrypt needs no key id',
    narration:
      'The application sends only the ciphertext blob to Decrypt. KMS reads the key reference from the blob, decrypts with that key and returns the original plaintext.',
    moves: [
      { from: 'app', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms', to: 'app', token: textToken('Plaintext', fromUtf8(recovered.Plaintext!)) },
    ],
    call: decrypted.record,
  });
}

/** Act 3: an encrypt-only caller may encrypt but not decrypt. */
async function encryptOnlyCaller({ kms, rec }: Act, keyId: string): Promise<void> {
  // A second caller whose IAM policy allows kms:Encrypt but not kms:Decrypt.
  const reporter = kms.iam.createUser({
    userName: 'reporting-app',
    policies: {
      EncryptOnly: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: `arn:aws:kms:${REGION}:111122223333:key/${keyId}` }],
      },
    },
  });
  const asReporter = { region: REGION, caller: 'IAM user reporting-app', accessKeyId: reporter.accessKeyId };
  const reportSecret = textToken('Plaintext', 'report-signing-salt: 7f3a');
  const repEncrypt = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: reportSecret.bytes!.bytes }, asReporter);
  const repBlob = expectOk(repEncrypt, 'Encrypt as reporting-app').CiphertextBlob!;
  rec.step({
    id: 'encrypt-only-user',
    title: 'Another caller may only encrypt',
    narration: 'The IAM user reporting-app has a policy that allows kms:Encrypt on this key, so its Encrypt call succeeds.',
    moves: [
      { from: 'reporter', to: 'kms', token: reportSecret },
      { from: 'kms', to: 'reporter', token: blobToken('ciphertext', 'CiphertextBlob', repBlob) },
    ],
    call: repEncrypt.record,
  });

  const repDecrypt = await rec.call(kms, 'Decrypt', { CiphertextBlob: repBlob }, asReporter);
  if (repDecrypt.ok) throw new Error('Decrypt should be denied for an encrypt-only caller');
  rec.step({
    id: 'decrypt-denied',
    title: 'Decrypt is a separate permission',
    narration:
      'The same user calls Decrypt on its own ciphertext and is refused: kms:Decrypt is a separate permission that nothing grants it.',
    moves: [
      { from: 'reporter', to: 'kms', token: blobToken('ciphertext', 'CiphertextBlob', repBlob) },
      { from: 'kms', to: 'reporter', token: messageToken(repDecrypt.errorName, 'error') },
    ],
    call: repDecrypt.record,
  });
}

/** Scenario 1: Encrypt and Decrypt with a KMS key directly (small secrets, up to 4,096 bytes). */
async function run({ seed = 'kmslab-direct-encrypt' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const act: Act = { kms, rec, root: { region: REGION, caller: 'account root (111122223333)' } };

  const { keyId, blob } = await encryptDirectly(act);
  await decryptIt(act, blob);
  await encryptOnlyCaller(act, keyId);

  return {
    id: 'direct-encrypt',
    title: scenarioInfo('direct-encrypt')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      apiDoc('Encrypt'),
      apiDoc('Decrypt'),
      {
        label: 'AWS KMS permissions reference',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html',
      },
    ],
  };
}

/** Scenario 1: Encrypt and Decrypt with a KMS key directly, run on a fresh seeded simulator. */
export const directEncrypt: ScenarioDefinition = { ...scenarioInfo('direct-encrypt')!, run };
