import { createSeededRandom } from '@/kms';
import { scenarioInfo } from './catalog';
import {
  apiDoc,
  blobToken,
  bytesToken,
  createClock,
  freshKms,
  localDecrypt,
  localEncrypt,
  messageToken,
  shortKeyId,
  textToken,
  type ScenarioKms,
} from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { fromUtf8, groupThousands, sameBytes, utf8 } from './format-bytes';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun } from './types';

const REGION = 'us-east-1';

const ACTORS: ScenarioActor[] = [
  { id: 'app', kind: 'app', label: 'Your application', detail: 'encrypts files locally', column: 0, row: 0 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 0 },
  { id: 'store', kind: 'storage', label: 'Object storage', detail: 'ciphertext + encrypted key', column: 0, row: 1 },
];

/** A medical-record-like document, long enough that Encrypt could not take it. */
function record(): string {
  const entry = 'patient: A. Example; visit: 2026-01-15; notes: routine check, all clear. ';
  return entry.repeat(80); // 5,840 bytes
}

/** What every act of this scenario works with: the simulator, the recorder, the caller and the application's own random source. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
  appRandom: (bytes: Uint8Array) => void;
}

/** A data key as GenerateDataKey returned it: plaintext to use now, encrypted to store. */
interface DataKey {
  dataKey: Uint8Array;
  wrapped: Uint8Array;
}

/** Act 1: one KMS key, and a data key generated under it. */
async function generateDataKey({ kms, rec, root }: Act): Promise<DataKey> {
  const created = await rec.call(kms, 'CreateKey', { Description: 'Envelope encryption demo' }, root);
  const keyId = expectOk(created, 'CreateKey').KeyMetadata!.KeyId!;
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, 'the only key KMS stores']);
  rec.step({
    id: 'create-key',
    title: 'Create a KMS key',
    narration: 'The application creates a KMS key. It will never see this key: it uses it only to wrap and unwrap data keys.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('CreateKey') },
      { from: 'kms', to: 'app', token: messageToken(`KeyId ${shortKeyId(keyId)}`) },
    ],
    call: created.record,
  });

  const gdk = await rec.call(
    kms,
    'GenerateDataKey',
    { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { file: 'records/0001' } },
    root,
  );
  const dk = expectOk(gdk, 'GenerateDataKey');
  const dataKey = dk.Plaintext!;
  const wrapped = dk.CiphertextBlob!;
  rec.step({
    id: 'generate-data-key',
    title: 'GenerateDataKey: two copies of one key',
    narration:
      'KMS generates a 256-bit data key and returns it twice: as plaintext for the application to use now, and encrypted under the KMS key for storage.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('GenerateDataKey AES_256') },
      { from: 'kms', to: 'app', token: bytesToken('data-key', 'Data key', dataKey) },
      { from: 'kms', to: 'app', token: blobToken('wrapped-key', 'Encrypted data key', wrapped) },
    ],
    call: gdk.record,
  });
  return { dataKey, wrapped };
}

/** Act 2: the application encrypts locally, drops the plaintext key and stores both ciphertexts; KMS still holds one key. */
async function encryptLocally({ kms, rec, root, appRandom }: Act, { dataKey, wrapped }: DataKey): Promise<Sealed> {
  const text = record();
  const sealed = await localEncrypt(dataKey, utf8(text), appRandom);
  rec.step({
    id: 'encrypt-locally',
    title: 'Encrypt the data locally',
    narration: `The application encrypts the ${groupThousands(utf8(text).length)}-byte record itself with AES-256-GCM and the plaintext data key; the data never goes to KMS.`,
    moves: [
      { from: 'app', to: 'app', token: textToken('Plaintext', text) },
      { from: 'app', to: 'app', token: bytesToken('ciphertext', 'Ciphertext', sealed.bytes, sealed.parts) },
    ],
    focus: ['app'],
  });

  rec.step({
    id: 'discard-key',
    title: 'Throw the plaintext data key away',
    narration:
      'As soon as it has encrypted the data, the application erases the plaintext data key from memory. Only the encrypted copy remains.',
    moves: [{ from: 'app', to: 'app', token: blobToken('wrapped-key', 'Encrypted data key', wrapped) }],
    focus: ['app'],
  });

  rec.step({
    id: 'store',
    title: 'Store the encrypted key with the data',
    narration:
      'The encrypted data key is stored next to the ciphertext, like a letter and its sealed envelope. Neither is useful without KMS.',
    moves: [
      { from: 'app', to: 'store', token: bytesToken('ciphertext', 'Ciphertext', sealed.bytes, sealed.parts) },
      { from: 'app', to: 'store', token: blobToken('wrapped-key', 'Encrypted data key', wrapped) },
    ],
  });

  const listed = await rec.call(kms, 'ListKeys', {}, root);
  const keyCount = expectOk(listed, 'ListKeys').Keys?.length ?? 0;
  rec.step({
    id: 'kms-keeps-nothing',
    title: 'KMS does not keep the data key',
    narration: `ListKeys still shows ${keyCount} key: KMS never stores or tracks data keys, so keeping the encrypted data key safe is the application's job.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('ListKeys') },
      { from: 'kms', to: 'app', token: messageToken(`${keyCount} key`) },
    ],
    call: listed.record,
  });

  rec.step({
    id: 'read-back',
    title: 'Read the data and its key back',
    narration: 'To read the record, the application fetches the ciphertext and the encrypted data key from storage.',
    moves: [
      { from: 'store', to: 'app', token: bytesToken('ciphertext', 'Ciphertext', sealed.bytes, sealed.parts) },
      { from: 'store', to: 'app', token: blobToken('wrapped-key', 'Encrypted data key', wrapped) },
    ],
  });
  return sealed;
}

type Sealed = Awaited<ReturnType<typeof localEncrypt>>;

/** Act 3: to read, the application has KMS decrypt only the data key, then decrypts the record itself. */
async function decryptLater({ kms, rec, root }: Act, { dataKey, wrapped }: DataKey, sealed: Sealed): Promise<void> {
  const dec = await rec.call(kms, 'Decrypt', { CiphertextBlob: wrapped, EncryptionContext: { file: 'records/0001' } }, root);
  const unwrapped = expectOk(dec, 'Decrypt data key').Plaintext!;
  if (!sameBytes(unwrapped, dataKey)) throw new Error('Decrypt returned a different data key');
  rec.step({
    id: 'decrypt-data-key',
    title: 'Decrypt the data key',
    narration:
      'The application sends only the small encrypted data key (and the same encryption context) to Decrypt, and gets the plaintext data key back.',
    moves: [
      { from: 'app', to: 'kms', token: blobToken('wrapped-key', 'Encrypted data key', wrapped) },
      { from: 'kms', to: 'app', token: bytesToken('data-key', 'Data key', unwrapped) },
    ],
    call: dec.record,
  });

  const opened = await localDecrypt(unwrapped, sealed.bytes);
  rec.step({
    id: 'decrypt-locally',
    title: 'Decrypt the data locally',
    narration: 'With the data key the application decrypts the record itself, then discards the key again.',
    moves: [{ from: 'app', to: 'app', token: textToken('Plaintext', fromUtf8(opened)) }],
    focus: ['app'],
  });
}

/** Scenario 3: envelope encryption with GenerateDataKey, local AES-GCM and Decrypt of the data key. */
async function run({ seed = 'kmslab-envelope-encryption' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const act: Act = {
    kms: freshKms(seed, clock),
    rec: new Recorder(ACTORS),
    root: { region: REGION, caller: 'account root (111122223333)' },
    appRandom: createSeededRandom(`${seed}/app`),
  };
  const rec = act.rec;

  const key = await generateDataKey(act);
  const sealed = await encryptLocally(act, key);
  await decryptLater(act, key, sealed);

  return {
    id: 'envelope-encryption',
    title: scenarioInfo('envelope-encryption')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      apiDoc('GenerateDataKey'),
      apiDoc('Decrypt'),
      {
        label: 'AWS KMS concepts: envelope encryption',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping',
      },
      { label: 'AWS KMS concepts: data keys', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html' },
    ],
  };
}

/** Scenario 3: envelope encryption with a data key, run on a fresh seeded simulator. */
export const envelopeEncryption: ScenarioDefinition = { ...scenarioInfo('envelope-encryption')!, run };
