import { createSeededRandom } from '@/kms';
import { scenarioInfo } from './catalog';
import {
  DAY_MS,
  apiDoc,
  blobToken,
  bytesToken,
  createClock,
  freshKms,
  messageToken,
  shortKeyId,
  textToken,
  type ScenarioClock,
  type ScenarioKms,
} from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { formatSize, fromUtf8 } from './format-bytes';
import type { KmsCallRecord, RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun, ScenarioToken } from './types';

const REGION = 'us-east-1';
const WRAPPING_ALGORITHM = 'RSAES_OAEP_SHA_256';
const WRAPPING_KEY_SPEC = 'RSA_3072';
const DEVGUIDE = 'https://docs.aws.amazon.com/kms/latest/developerguide';

const ACTORS: ScenarioActor[] = [
  { id: 'you', kind: 'user', label: 'Your key custodian', detail: 'HSM or openssl, outside AWS', column: 0, row: 0 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 0 },
  { id: 'app', kind: 'app', label: 'Your application', detail: 'encrypts with the key', column: 0, row: 1 },
];

/** The wrapping public key and import token of one GetParametersForImport call. */
interface ImportParameters {
  publicKey: Uint8Array;
  importToken: Uint8Array;
  validTo: Date;
  record: KmsCallRecord;
}

/** What every act of this scenario works with. */
interface Act {
  kms: ScenarioKms;
  clock: ScenarioClock;
  rec: Recorder;
  root: CallMeta;
  keyId: string;
  /** The custodian's own random source (seeded, so the material replays). */
  appRandom: (b: Uint8Array) => void;
  showKey: (state: string) => void;
}

/**
 * A token whose bytes come from WebCrypto's own randomness (the RSA wrapping key pair, RSA-OAEP
 * padding), which no seed controls: the same seed gives other bytes here on every run.
 */
function unseededToken(kind: ScenarioToken['kind'], label: string, bytes: Uint8Array): ScenarioToken {
  const token = bytesToken(kind, label, bytes);
  return { ...token, bytes: { ...token.bytes!, unseeded: true } };
}

/** GetParametersForImport: a new wrapping key pair and import token, valid for 24 hours. */
async function getParameters({ kms, rec, root, keyId }: Act): Promise<ImportParameters> {
  const got = await rec.call(
    kms,
    'GetParametersForImport',
    { KeyId: keyId, WrappingAlgorithm: WRAPPING_ALGORITHM, WrappingKeySpec: WRAPPING_KEY_SPEC },
    root,
  );
  const out = expectOk(got, 'GetParametersForImport');
  return { publicKey: out.PublicKey!, importToken: out.ImportToken!, validTo: out.ParametersValidTo!, record: got.record };
}

/** What the custodian does outside AWS: RSA-OAEP with SHA-256 under the wrapping public key, as `openssl pkeyutl` would. */
async function wrapMaterial(publicKey: Uint8Array, material: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('spki', publicKey as BufferSource, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, material as BufferSource));
}

/** ImportKeyMaterial with an expiry date. */
function importMaterial({ kms, rec, root, keyId }: Act, params: ImportParameters, wrapped: Uint8Array, validTo: Date) {
  return rec.call(
    kms,
    'ImportKeyMaterial',
    {
      KeyId: keyId,
      ImportToken: params.importToken,
      EncryptedKeyMaterial: wrapped,
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
      ValidTo: validTo,
    },
    root,
  );
}

/** The key's state, read with DescribeKey (a read, no randomness used). */
async function describe({ kms, rec, root, keyId }: Act) {
  const d = await rec.call(kms, 'DescribeKey', { KeyId: keyId }, root);
  return { meta: expectOk(d, 'DescribeKey').KeyMetadata!, record: d.record };
}

/** Acts 1 to 3: parameters from KMS, material made and wrapped outside AWS. */
async function prepare(act: Act, created: KmsCallRecord, createdState: string) {
  const { rec, appRandom, showKey } = act;
  showKey(`${createdState}, no material`);
  rec.step({
    id: 'create-external',
    title: 'A key with no key material',
    narration: `CreateKey with Origin EXTERNAL makes a key in the ${createdState} state: it has an id, an ARN and a policy, but no material to encrypt with. Every cryptographic call fails until you import some.`,
    moves: [
      { from: 'you', to: 'kms', token: messageToken('CreateKey Origin EXTERNAL') },
      { from: 'kms', to: 'you', token: messageToken(`${createdState} ${shortKeyId(act.keyId)}`) },
    ],
    call: created,
  });

  const params = await getParameters(act);
  const hours = Math.round((params.validTo.getTime() - act.clock.now()) / 3_600_000);
  rec.step({
    id: 'get-parameters',
    title: 'A wrapping key and an import token',
    narration: `GetParametersForImport returns a fresh ${WRAPPING_KEY_SPEC} public key (${formatSize(params.publicKey.length)} of DER) and an import token (${formatSize(params.importToken.length)}), usable for ${hours} hours. Only KMS holds the matching private key, inside its HSMs.`,
    moves: [
      { from: 'you', to: 'kms', token: messageToken(`GetParametersForImport ${WRAPPING_ALGORITHM}`) },
      { from: 'kms', to: 'you', token: unseededToken('request', 'Wrapping public key', params.publicKey) },
      { from: 'kms', to: 'you', token: bytesToken('ciphertext', 'Import token', params.importToken) },
    ],
    call: params.record,
  });

  const material = new Uint8Array(32);
  appRandom(material);
  const wrapped = await wrapMaterial(params.publicKey, material);
  rec.step({
    id: 'wrap-locally',
    title: 'Outside AWS: make and wrap 256 bits',
    narration: `Your HSM or openssl makes 256 bits of key material and encrypts it with the public key (RSA-OAEP, SHA-256), giving ${formatSize(wrapped.length)}. Keep a copy of the material: KMS will never give it back.`,
    moves: [
      { from: 'you', to: 'you', token: bytesToken('data-key', 'Key material', material) },
      { from: 'you', to: 'you', token: unseededToken('wrapped-key', 'Wrapped material', wrapped) },
    ],
    focus: ['you'],
  });
  return { params, material, wrapped };
}

/** Act 4: the import with an expiry date, then a message encrypted under the key. */
async function importAndUse(act: Act, params: ImportParameters, wrapped: Uint8Array) {
  const { kms, clock, rec, root, keyId, showKey } = act;
  const validTo = new Date(clock.now() + 30 * DAY_MS);
  const imported = await importMaterial(act, params, wrapped, validTo);
  expectOk(imported, 'ImportKeyMaterial');
  const { meta, record } = await describe(act);
  showKey(`${meta.KeyState}, material until ${validTo.toISOString().slice(0, 10)}`);
  rec.step({
    id: 'import',
    title: 'Import with an expiry date',
    narration: `ImportKeyMaterial sends the wrapped material and the token; KMS unwraps it inside its HSMs and the key is now ${meta.KeyState}. With KEY_MATERIAL_EXPIRES, KMS will delete the material on ${validTo.toISOString().slice(0, 10)}.`,
    moves: [
      { from: 'you', to: 'kms', token: unseededToken('wrapped-key', 'Wrapped material', wrapped) },
      { from: 'you', to: 'kms', token: bytesToken('ciphertext', 'Import token', params.importToken) },
      { from: 'kms', to: 'you', token: messageToken(`${meta.KeyState}, ValidTo ${validTo.toISOString().slice(0, 10)}`) },
    ],
    call: imported.record,
    moreCalls: [record],
  });

  const message = textToken('Plaintext', 'payroll-2026-01: 48 employees, 212,400.00 EUR');
  const enc = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: message.bytes!.bytes }, root);
  const blob = expectOk(enc, 'Encrypt').CiphertextBlob!;
  rec.step({
    id: 'encrypt',
    title: 'Encrypt under the imported material',
    narration: 'The application encrypts as with any KMS key: the ciphertext blob names the key and the imported material that made it.',
    moves: [
      { from: 'app', to: 'kms', token: message },
      { from: 'kms', to: 'app', token: blobToken('ciphertext', 'Ciphertext', blob) },
    ],
    call: enc.record,
  });
  return blob;
}

/** Act 5: the clock passes ValidTo; the material is gone and the ciphertext cannot be decrypted. */
async function expire(act: Act, blob: Uint8Array): Promise<void> {
  const { kms, clock, rec, root, showKey } = act;
  clock.advanceDays(31);
  const { meta, record } = await describe(act);
  showKey(`${meta.KeyState}, material deleted`);
  rec.step({
    id: 'expired',
    title: 'ValidTo passes: KMS deletes the material',
    narration: `31 days later the expiry date has passed, so KMS deleted the material and the key is back in ${meta.KeyState}. Nothing else about the key changed.`,
    moves: [
      { from: 'you', to: 'kms', token: messageToken('DescribeKey') },
      { from: 'kms', to: 'you', token: messageToken(meta.KeyState ?? '?') },
    ],
    call: record,
    focus: ['kms'],
  });

  const dec = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, root);
  if (dec.ok) throw new Error('Decrypt should fail once the imported material is deleted');
  rec.step({
    id: 'decrypt-fails',
    title: 'The ciphertext cannot be decrypted',
    narration: `Decrypt of the stored ciphertext fails with ${dec.errorName}. The data is not lost, but only the same material can open it again.`,
    moves: [
      { from: 'app', to: 'kms', token: blobToken('ciphertext', 'Ciphertext', blob) },
      { from: 'kms', to: 'app', token: messageToken(dec.errorName, 'error') },
    ],
    call: dec.record,
  });
}

/** Act 6: the same material comes back (new parameters, new token); other material is refused. */
async function reimport(act: Act, material: Uint8Array, blob: Uint8Array): Promise<void> {
  const { kms, clock, rec, root, appRandom, showKey } = act;
  const params = await getParameters(act);
  const wrapped = await wrapMaterial(params.publicKey, material);
  const imported = await importMaterial(act, params, wrapped, new Date(clock.now() + 365 * DAY_MS));
  expectOk(imported, 'ImportKeyMaterial again');
  const { meta, record } = await describe(act);
  showKey(`${meta.KeyState}, same material re-imported`);
  const dec = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, root);
  const plain = expectOk(dec, 'Decrypt after re-import').Plaintext!;
  rec.step({
    id: 'reimport',
    title: 'Re-import the same material',
    narration: `With new parameters and a new token, you wrap your saved copy again and import it: the key is ${meta.KeyState} and the old ciphertext decrypts to the original message.`,
    moves: [
      { from: 'kms', to: 'you', token: unseededToken('request', 'New wrapping public key', params.publicKey) },
      { from: 'you', to: 'kms', token: unseededToken('wrapped-key', 'Same material, wrapped again', wrapped) },
      { from: 'app', to: 'kms', token: blobToken('ciphertext', 'Ciphertext', blob) },
      { from: 'kms', to: 'app', token: textToken('Plaintext', fromUtf8(plain)) },
    ],
    call: dec.record,
    moreCalls: [params.record, imported.record, record],
  });

  const other = new Uint8Array(32);
  appRandom(other);
  const params2 = await getParameters(act);
  const wrapped2 = await wrapMaterial(params2.publicKey, other);
  const refused = await importMaterial(act, params2, wrapped2, new Date(clock.now() + 365 * DAY_MS));
  if (refused.ok) throw new Error('Importing different material should be refused');
  rec.step({
    id: 'other-material',
    title: 'Different material is refused',
    narration: `Importing any other 256 bits into this key fails with ${refused.errorName}: a KMS key is tied for good to the material first imported into it.`,
    moves: [
      { from: 'you', to: 'you', token: bytesToken('data-key', 'Other material', other) },
      { from: 'you', to: 'kms', token: unseededToken('wrapped-key', 'Other material, wrapped', wrapped2) },
      { from: 'kms', to: 'you', token: messageToken(refused.errorName, 'error') },
    ],
    call: refused.record,
    moreCalls: [params2.record],
  });
}

/** Scenario 10: imported key material, its expiry on the simulated clock, and re-import. */
async function run({ seed = 'kmslab-bring-your-own-key' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const root = { region: REGION, caller: 'account root (111122223333)' };
  const appRandom = createSeededRandom(`${seed}/app`);

  const created = await rec.call(kms, 'CreateKey', { Origin: 'EXTERNAL', Description: 'Imported material demo' }, root);
  const meta = expectOk(created, 'CreateKey').KeyMetadata!;
  const keyId = meta.KeyId!;
  const showKey = (state: string) => rec.showKeys('kms', [`KMS key ${shortKeyId(keyId)}`, state]);
  const act: Act = { kms, clock, rec, root, keyId, appRandom, showKey };

  const { params, material, wrapped } = await prepare(act, created.record, meta.KeyState ?? '?');
  const blob = await importAndUse(act, params, wrapped);
  await expire(act, blob);
  await reimport(act, material, blob);

  rec.step({
    id: 'keep-a-copy',
    title: 'Your material, your responsibility',
    narration:
      'AWS cannot recover imported material, so its only copy outside KMS is yours: lose it after an expiry or a DeleteImportedKeyMaterial and the data is gone. Wrapping with RSAES_PKCS1_V1_5 ended on 10 October 2023, and since June 2025 imported material can be rotated on demand by importing new material first.',
    focus: ['you', 'kms'],
  });

  return {
    id: 'bring-your-own-key',
    title: scenarioInfo('bring-your-own-key')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [
      'The wrapping key pair and RSA-OAEP padding come from WebCrypto’s own randomness, so the public key and wrapped material differ on every run, even for the same seed.',
    ],
    sources: [
      { label: 'AWS KMS Developer Guide: importing key material', url: `${DEVGUIDE}/importing-keys.html` },
      {
        label: 'AWS KMS Developer Guide: download the public key and import token',
        url: `${DEVGUIDE}/importing-keys-get-public-key-and-token.html`,
      },
      { label: 'AWS KMS Developer Guide: import key material', url: `${DEVGUIDE}/importing-keys-import-key-material.html` },
      apiDoc('GetParametersForImport'),
      apiDoc('ImportKeyMaterial'),
      apiDoc('DeleteImportedKeyMaterial'),
    ],
  };
}

/** Scenario 10: bring your own key material, run on a fresh seeded simulator and clock. */
export const bringYourOwnKey: ScenarioDefinition = { ...scenarioInfo('bring-your-own-key')!, run };
