import { scenarioInfo } from './catalog';
import { apiDoc, blobToken, createClock, freshKms, messageToken, shortKeyId, textToken, type ScenarioKms } from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { fromUtf8 } from './format-bytes';
import type { RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun, ScenarioToken } from './types';

const EAST = 'us-east-1';
const WEST = 'eu-west-1';

const ACTORS: ScenarioActor[] = [
  { id: 'app', kind: 'app', label: 'Your application', detail: `runs in ${EAST} and ${WEST}`, column: 0, row: 0.5 },
  { id: 'kms-east', kind: 'kms', label: 'AWS KMS', region: EAST, column: 1, row: 0 },
  { id: 'kms-west', kind: 'kms', label: 'AWS KMS', region: WEST, column: 1, row: 1 },
];

/** What every act of this scenario works with: the simulator, the recorder, a caller per Region and the keys each Region's KMS shows. */
interface Act {
  kms: ScenarioKms;
  rec: Recorder;
  east: CallMeta;
  west: CallMeta;
  eastKeys: string[];
  westKeys: string[];
  show: () => void;
}

/** Act 1: a single-Region key encrypts in us-east-1; its ciphertext cannot be decrypted in eu-west-1. */
async function singleRegionKey({ kms, rec, east, west, eastKeys, show }: Act, secret: ScenarioToken): Promise<void> {
  const single = await rec.call(kms, 'CreateKey', { Description: 'Single-Region key' }, east);
  const singleId = expectOk(single, 'CreateKey single').KeyMetadata!.KeyId!;
  eastKeys.push(`single-Region ${shortKeyId(singleId)}`);
  show();
  rec.step({
    id: 'create-single',
    title: 'A single-Region key in us-east-1',
    narration: 'The application creates an ordinary KMS key in us-east-1. Like every KMS key, it exists in exactly one Region.',
    moves: [
      { from: 'app', to: 'kms-east', token: messageToken('CreateKey') },
      { from: 'kms-east', to: 'app', token: messageToken(`KeyId ${shortKeyId(singleId)}`) },
    ],
    call: single.record,
  });

  const enc = await rec.call(kms, 'Encrypt', { KeyId: singleId, Plaintext: secret.bytes!.bytes }, east);
  const blob = expectOk(enc, 'Encrypt east').CiphertextBlob!;
  rec.step({
    id: 'encrypt-east',
    title: 'Encrypt in us-east-1',
    narration: 'The application encrypts a secret with the key in us-east-1 and gets a ciphertext blob back.',
    moves: [
      { from: 'app', to: 'kms-east', token: secret },
      { from: 'kms-east', to: 'app', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
    ],
    call: enc.record,
  });

  const fail = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob }, west);
  if (fail.ok) throw new Error('Decrypting a single-Region ciphertext in another Region should fail');
  rec.step({
    id: 'decrypt-west-fails',
    title: 'eu-west-1 cannot decrypt it',
    narration: `Sent to KMS in eu-west-1, the same blob fails with ${fail.errorName}: that Region has no key with this id, and key material never leaves its Region.`,
    moves: [
      { from: 'app', to: 'kms-west', token: blobToken('ciphertext', 'CiphertextBlob', blob) },
      { from: 'kms-west', to: 'app', token: messageToken(fail.errorName, 'error') },
    ],
    call: fail.record,
  });
}

/** Act 2: a multi-Region key and its replica share id and material, so either Region decrypts. */
async function multiRegionKey({ kms, rec, east, west, eastKeys, westKeys, show }: Act, secret: ScenarioToken): Promise<string> {
  const mrk = await rec.call(kms, 'CreateKey', { Description: 'Multi-Region key', MultiRegion: true }, east);
  const mrkId = expectOk(mrk, 'CreateKey MRK').KeyMetadata!.KeyId!;
  eastKeys.push(`multi-Region ${shortKeyId(mrkId)} (primary)`);
  show();
  rec.step({
    id: 'create-mrk',
    title: 'A multi-Region primary key',
    narration:
      'Now the application creates a multi-Region key in us-east-1. Its id starts with mrk-, and it must be multi-Region from creation: an existing key cannot be converted.',
    moves: [
      { from: 'app', to: 'kms-east', token: messageToken('CreateKey MultiRegion=true') },
      { from: 'kms-east', to: 'app', token: messageToken(`KeyId ${shortKeyId(mrkId)}`) },
    ],
    call: mrk.record,
  });

  const rep = await rec.call(kms, 'ReplicateKey', { KeyId: mrkId, ReplicaRegion: WEST }, east);
  const replica = expectOk(rep, 'ReplicateKey').ReplicaKeyMetadata!;
  westKeys.push(`multi-Region ${shortKeyId(replica.KeyId!)} (replica)`);
  show();
  rec.step({
    id: 'replicate',
    title: 'Replicate it to eu-west-1',
    narration: `ReplicateKey creates a replica in eu-west-1 with the same key id (${shortKeyId(replica.KeyId!)}) and the same key material, which KMS copies between Regions under encryption.`,
    moves: [
      { from: 'app', to: 'kms-east', token: messageToken(`ReplicateKey → ${WEST}`) },
      { from: 'kms-east', to: 'kms-west', token: { kind: 'wrapped-key', label: 'Key material, encrypted in transit' } },
    ],
    call: rep.record,
  });

  const enc2 = await rec.call(kms, 'Encrypt', { KeyId: mrkId, Plaintext: secret.bytes!.bytes }, east);
  const blob2 = expectOk(enc2, 'Encrypt MRK').CiphertextBlob!;
  rec.step({
    id: 'encrypt-mrk',
    title: 'Encrypt with the multi-Region key',
    narration: 'The application encrypts the secret with the multi-Region key in us-east-1.',
    moves: [
      { from: 'app', to: 'kms-east', token: secret },
      { from: 'kms-east', to: 'app', token: blobToken('ciphertext', 'CiphertextBlob', blob2) },
    ],
    call: enc2.record,
  });

  const dec2 = await rec.call(kms, 'Decrypt', { CiphertextBlob: blob2 }, west);
  const out2 = expectOk(dec2, 'Decrypt MRK west');
  rec.step({
    id: 'decrypt-mrk-west',
    title: 'eu-west-1 decrypts it',
    narration:
      'The replica in eu-west-1 decrypts the blob without calling us-east-1, because it holds the same key material under the same key id.',
    moves: [
      { from: 'app', to: 'kms-west', token: blobToken('ciphertext', 'CiphertextBlob', blob2) },
      { from: 'kms-west', to: 'app', token: textToken('Plaintext', fromUtf8(out2.Plaintext!)) },
    ],
    call: dec2.record,
  });
  return mrkId;
}

/** Act 3: aliases are regional: alias/orders exists only where it was created. */
async function regionalAlias({ kms, rec, east, west, eastKeys, show }: Act, mrkId: string, secret: ScenarioToken): Promise<void> {
  const alias = await rec.call(kms, 'CreateAlias', { AliasName: 'alias/orders', TargetKeyId: mrkId }, east);
  expectOk(alias, 'CreateAlias');
  eastKeys.push('alias/orders → mrk key');
  show();
  rec.step({
    id: 'alias-east',
    title: 'An alias in us-east-1',
    narration: 'The application names the key alias/orders in us-east-1 so its code can refer to the alias instead of the key id.',
    moves: [{ from: 'app', to: 'kms-east', token: messageToken('CreateAlias alias/orders') }],
    call: alias.record,
  });

  const aliasWest = await rec.call(kms, 'Encrypt', { KeyId: 'alias/orders', Plaintext: secret.bytes!.bytes }, west);
  if (aliasWest.ok) throw new Error('An alias should not exist in another Region');
  rec.step({
    id: 'alias-west-fails',
    title: 'Aliases are regional',
    narration: `Encrypt with alias/orders in eu-west-1 fails with ${aliasWest.errorName}: an alias exists only in the Region where it was created, even for a multi-Region key.`,
    moves: [
      { from: 'app', to: 'kms-west', token: secret },
      { from: 'kms-west', to: 'app', token: messageToken(aliasWest.errorName, 'error') },
    ],
    call: aliasWest.record,
  });
}

/** Scenario 5: keys are regional; multi-Region keys share id and material; aliases are regional. */
async function run({ seed = 'kmslab-regions' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const eastKeys: string[] = [];
  const westKeys: string[] = [];
  const act: Act = {
    kms,
    rec,
    east: { region: EAST, caller: 'account root (111122223333)' },
    west: { region: WEST, caller: 'account root (111122223333)' },
    eastKeys,
    westKeys,
    show: () => {
      rec.showKeys('kms-east', [...eastKeys]);
      rec.showKeys('kms-west', westKeys.length ? [...westKeys] : ['no keys yet']);
    },
  };
  const secret = textToken('Plaintext', 'order-signing-secret: 42c1');

  await singleRegionKey(act, secret);
  const mrkId = await multiRegionKey(act, secret);
  await regionalAlias(act, mrkId, secret);

  return {
    id: 'regions',
    title: scenarioInfo('regions')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      {
        label: 'AWS KMS Developer Guide: multi-Region keys',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
      },
      apiDoc('ReplicateKey'),
      { label: 'AWS KMS Developer Guide: aliases', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html' },
    ],
  };
}

/** Scenario 5: single-Region keys, multi-Region replicas and regional aliases, run on a fresh seeded simulator. */
export const regions: ScenarioDefinition = { ...scenarioInfo('regions')!, run };
