import { createSeededRandom } from '@/kms';
import { scenarioInfo } from './catalog';
import { apiDoc, blobToken, bytesToken, createClock, freshKms, localEncrypt, messageToken, shortKeyId, type ScenarioKms } from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun } from './types';

const REGION = 'us-east-1';
/** Encrypt's documented maximum plaintext for symmetric keys. */
export const ENCRYPT_LIMIT = 4096;

const ACTORS: ScenarioActor[] = [
  { id: 'app', kind: 'app', label: 'Your application', detail: 'has a 4,097-byte document', column: 0, row: 0 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 0 },
  { id: 'db', kind: 'storage', label: 'Storage', column: 0, row: 1 },
];

/** Printable, recognisable filler so the byte view shows text, not noise. */
function document(length: number): Uint8Array {
  const line = 'Quarterly report, confidential. ';
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = line.charCodeAt(i % line.length);
  return out;
}

/** What every act of this scenario works with: the simulator, the recorder and the caller, and the application's own random source. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  root: CallMeta;
  appRandom: (bytes: Uint8Array) => void;
}

/** Act 1: Encrypt takes 4,096 bytes of plaintext and refuses 4,097. */
async function theLimit({ kms, rec, root }: Act): Promise<{ keyId: string; tooBig: Uint8Array }> {
  const created = await rec.call(kms, 'CreateKey', { Description: '4 KB limit demo' }, root);
  const keyId = expectOk(created, 'CreateKey').KeyMetadata!.KeyId!;
  rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, 'material v1']);
  rec.step({
    id: 'create-key',
    title: 'Create a KMS key',
    narration: 'The application creates a symmetric KMS key to protect its documents.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('CreateKey') },
      { from: 'kms', to: 'app', token: messageToken(`KeyId ${shortKeyId(keyId)}`) },
    ],
    call: created.record,
  });

  const exact = document(ENCRYPT_LIMIT);
  const ok = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: exact }, root);
  const okBlob = expectOk(ok, 'Encrypt 4096').CiphertextBlob!;
  rec.step({
    id: 'encrypt-4096',
    title: '4,096 bytes: accepted',
    narration:
      'Encrypt takes between 1 and 4,096 bytes of plaintext, so a 4,096-byte document is accepted and comes back as a ciphertext blob.',
    moves: [
      { from: 'app', to: 'kms', token: { ...bytesToken('plaintext', 'Plaintext', exact), bytes: { bytes: exact, parts: [], text: true } } },
      { from: 'kms', to: 'app', token: blobToken('ciphertext', 'CiphertextBlob', okBlob) },
    ],
    call: ok.record,
  });

  const tooBig = document(ENCRYPT_LIMIT + 1);
  const failed = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: tooBig }, root);
  if (failed.ok) throw new Error('Encrypt with 4,097 bytes should fail');
  rec.step({
    id: 'encrypt-4097',
    title: '4,097 bytes: rejected',
    narration: `One byte more and KMS rejects the request with ${failed.errorName}: the plaintext must be at most 4,096 bytes.`,
    moves: [
      {
        from: 'app',
        to: 'kms',
        token: { ...bytesToken('plaintext', 'Plaintext', tooBig), bytes: { bytes: tooBig, parts: [], text: true } },
      },
      { from: 'kms', to: 'app', token: messageToken(failed.errorName, 'error') },
    ],
    call: failed.record,
  });

  rec.step({
    id: 'why',
    title: 'Why the limit exists',
    narration:
      'Encrypt sends the whole plaintext to KMS over the network and into its HSMs, which suits small secrets such as passwords and keys. For anything larger, KMS expects envelope encryption: encrypt the data locally with a data key.',
    focus: ['kms'],
  });
  return { keyId, tooBig };
}

/** Act 2: envelope encryption instead: a data key from KMS encrypts the large document locally. */
async function envelopeInstead({ kms, rec, root, appRandom }: Act, keyId: string, tooBig: Uint8Array): Promise<void> {
  const gdk = await rec.call(kms, 'GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, root);
  const dk = expectOk(gdk, 'GenerateDataKey');
  rec.step({
    id: 'generate-data-key',
    title: 'Ask for a data key instead',
    narration:
      'GenerateDataKey returns a fresh 256-bit data key twice: in plaintext for local use, and encrypted under the KMS key for storage.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('GenerateDataKey AES_256') },
      { from: 'kms', to: 'app', token: bytesToken('data-key', 'Data key', dk.Plaintext!) },
      { from: 'kms', to: 'app', token: blobToken('wrapped-key', 'Encrypted data key', dk.CiphertextBlob!) },
    ],
    call: gdk.record,
  });

  const sealed = await localEncrypt(dk.Plaintext!, tooBig, appRandom);
  rec.step({
    id: 'encrypt-locally',
    title: 'Encrypt the 4,097 bytes locally',
    narration:
      'The application encrypts the whole document itself with AES-256-GCM under the data key; there is no size limit because KMS is not involved.',
    moves: [{ from: 'app', to: 'app', token: bytesToken('ciphertext', 'Ciphertext', sealed.bytes, sealed.parts) }],
    focus: ['app'],
  });

  rec.step({
    id: 'store',
    title: 'Store the ciphertext and the encrypted key',
    narration: 'The application stores the encrypted document together with the encrypted data key and throws the plaintext data key away.',
    moves: [
      { from: 'app', to: 'db', token: bytesToken('ciphertext', 'Ciphertext', sealed.bytes, sealed.parts) },
      { from: 'app', to: 'db', token: blobToken('wrapped-key', 'Encrypted data key', dk.CiphertextBlob!) },
    ],
  });
}

/** Scenario 2: Encrypt takes at most 4,096 bytes; 4,097 fails, and envelope encryption is the way out. */
async function run({ seed = 'kmslab-four-kb-limit' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const act: Act = {
    kms,
    rec,
    root: { region: REGION, caller: 'account root (111122223333)' },
    appRandom: createSeededRandom(`${seed}/app`),
  };

  const { keyId, tooBig } = await theLimit(act);
  await envelopeInstead(act, keyId, tooBig);

  return {
    id: 'four-kb-limit',
    title: scenarioInfo('four-kb-limit')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      apiDoc('Encrypt'),
      {
        label: 'AWS KMS cryptographic details: Encrypt',
        url: 'https://docs.aws.amazon.com/kms/latest/cryptographic-details/encrypt-operation.html',
      },
      apiDoc('GenerateDataKey'),
    ],
  };
}

/** Scenario 2: the 4,096-byte Encrypt limit and the envelope way out, run on a fresh seeded simulator. */
export const fourKbLimit: ScenarioDefinition = { ...scenarioInfo('four-kb-limit')!, run };
