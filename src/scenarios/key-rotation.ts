import { parseCiphertextBlob } from '@/kms';
import { scenarioInfo } from './catalog';
import {
  apiDoc,
  blobToken,
  createClock,
  freshKms,
  messageToken,
  shortKeyId,
  textToken,
  type KeyMetadata,
  type ScenarioClock,
  type ScenarioKms,
} from './helpers';
import { Recorder, expectOk, type CallMeta } from './recorder';
import { fromUtf8 } from './format-bytes';
import type { KmsCallRecord, RunOptions, ScenarioActor, ScenarioDefinition, ScenarioRun } from './types';

const REGION = 'us-east-1';

const ACTORS: ScenarioActor[] = [
  { id: 'app', kind: 'app', label: 'Your application', detail: 'customer managed key', column: 0, row: 0 },
  { id: 'kms', kind: 'kms', label: 'AWS KMS', region: REGION, column: 1, row: 0 },
  { id: 'db', kind: 'storage', label: 'Database', detail: 'old ciphertext stays as is', column: 0, row: 1 },
];

/** The key material id inside a blob, shortened for the diagram. */
function materialOf(blob: Uint8Array): string {
  const id = parseCiphertextBlob(blob).header?.keyMaterialId ?? '';
  return id.slice(0, 8);
}

/** What every act of this scenario works with: the simulator, its clock, the recorder, the key and its materials so far. */
interface Act {
  kms: ScenarioKms;
  clock: ScenarioClock;
  rec: Recorder;
  root: CallMeta;
  keyId: string;
  materials: string[];
  showMaterials: () => void;
}

/** Act 1: rotation is enabled on the new key, and ciphertext A is made with its first material. */
async function firstMaterial(
  { kms, rec, root, keyId, materials, showMaterials }: Act,
  created: { record: KmsCallRecord },
  createdMeta: KeyMetadata,
): Promise<Uint8Array> {
  const enabled = await rec.call(kms, 'EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 365 }, root);
  expectOk(enabled, 'EnableKeyRotation');

  const first = textToken('Plaintext', 'invoice-2026-0001: 1,250.00 EUR');
  const encA = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: first.bytes!.bytes }, root);
  const blobA = expectOk(encA, 'Encrypt A').CiphertextBlob!;
  materials.push((createdMeta.CurrentKeyMaterialId ?? '').slice(0, 8) || materialOf(blobA));
  showMaterials();
  rec.step({
    id: 'create-key',
    title: 'A customer managed key with rotation on',
    narration:
      'The application creates a key and enables automatic rotation every 365 days. Rotation is off by default for customer managed keys.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('CreateKey') },
      { from: 'app', to: 'kms', token: messageToken('EnableKeyRotation 365 days') },
    ],
    call: enabled.record,
    moreCalls: [created.record],
  });

  rec.step({
    id: 'encrypt-before',
    title: 'Encrypt with the first key material',
    narration: `The ciphertext blob records which key material made it: material ${materials[0]}. The application stores the blob.`,
    moves: [
      { from: 'app', to: 'kms', token: first },
      { from: 'kms', to: 'app', token: blobToken('ciphertext', 'Ciphertext A', blobA) },
      { from: 'app', to: 'db', token: blobToken('ciphertext', 'Ciphertext A', blobA) },
    ],
    call: encA.record,
  });
  return blobA;
}

/** Act 2: a year later the key has new material; new ciphertext uses it, old ciphertext still decrypts. */
async function afterAYear({ kms, clock, rec, root, keyId, materials, showMaterials }: Act, blobA: Uint8Array): Promise<void> {
  clock.advanceDays(366);
  const rotations = await rec.call(kms, 'ListKeyRotations', { KeyId: keyId }, root);
  const rotationList = expectOk(rotations, 'ListKeyRotations').Rotations ?? [];
  materials.push((rotationList[0]?.KeyMaterialId ?? '?').slice(0, 8));
  showMaterials();
  rec.step({
    id: 'year-passes',
    title: 'A year later, KMS rotates the key',
    narration: `366 days pass. ListKeyRotations shows ${rotationList.length} automatic rotation: KMS created new key material and kept the old one.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('ListKeyRotations') },
      { from: 'kms', to: 'app', token: messageToken(`${rotationList.length} rotation (${rotationList[0]?.RotationType ?? 'none'})`) },
    ],
    call: rotations.record,
    focus: ['kms'],
  });

  const second = textToken('Plaintext', 'invoice-2027-0001: 980.00 EUR');
  const encC = await rec.call(kms, 'Encrypt', { KeyId: keyId, Plaintext: second.bytes!.bytes }, root);
  const outC = expectOk(encC, 'Encrypt B');
  const blobB = outC.CiphertextBlob!;
  rec.step({
    id: 'encrypt-after',
    title: 'Same key id, new material',
    narration: `Encrypt with the same key id now uses material ${materialOf(blobB)}. The key id, ARN, alias and policies did not change, so the application changes nothing.`,
    moves: [
      { from: 'app', to: 'kms', token: second },
      { from: 'kms', to: 'app', token: blobToken('ciphertext', 'Ciphertext B', blobB) },
    ],
    call: encC.record,
  });

  const decA = await rec.call(kms, 'Decrypt', { CiphertextBlob: blobA }, root);
  const plainA = expectOk(decA, 'Decrypt A').Plaintext!;
  rec.step({
    id: 'decrypt-old',
    title: 'Old ciphertext still decrypts',
    narration:
      'Ciphertext A, made before the rotation, decrypts as before: KMS picks the old material from the blob. Rotation did not re-encrypt any stored data.',
    moves: [
      { from: 'db', to: 'app', token: blobToken('ciphertext', 'Ciphertext A', blobA) },
      { from: 'app', to: 'kms', token: blobToken('ciphertext', 'Ciphertext A', blobA) },
      { from: 'kms', to: 'app', token: textToken('Plaintext', fromUtf8(plainA)) },
    ],
    call: decA.record,
  });
}

/** Act 3: rotation on demand, and the shortest rotation period KMS accepts. */
async function onDemandAndPeriod({ kms, rec, root, keyId, materials, showMaterials }: Act): Promise<void> {
  const onDemand = await rec.call(kms, 'RotateKeyOnDemand', { KeyId: keyId }, root);
  expectOk(onDemand, 'RotateKeyOnDemand');
  // A read-only look (no randomness used) so the diagram can name the new material.
  const after = await rec.call(kms, 'ListKeyRotations', { KeyId: keyId }, root);
  const current = (expectOk(after, 'ListKeyRotations').Rotations ?? []).find((r) => r.KeyMaterialState === 'CURRENT');
  materials.push((current?.KeyMaterialId ?? '?').slice(0, 8));
  showMaterials();
  rec.step({
    id: 'on-demand',
    title: 'Rotate on demand',
    narration:
      'RotateKeyOnDemand creates new material at once, without changing the automatic schedule. A key can be rotated on demand at most 25 times.',
    moves: [
      { from: 'app', to: 'kms', token: messageToken('RotateKeyOnDemand') },
      { from: 'kms', to: 'app', token: messageToken(`KeyId ${shortKeyId(keyId)}`) },
    ],
    call: onDemand.record,
    moreCalls: [after.record],
  });

  const tooShort = await rec.call(kms, 'EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 30 }, root);
  if (tooShort.ok) throw new Error('A 30-day rotation period should be rejected');
  rec.step({
    id: 'period-rules',
    title: 'Rotation periods: 90 to 2,560 days',
    narration: `A 30-day period is refused with ${tooShort.errorName}: customer managed keys rotate every 90 to 2,560 days (365 by default). AWS managed keys always rotate every year and you cannot change that.`,
    moves: [
      { from: 'app', to: 'kms', token: messageToken('EnableKeyRotation 30 days') },
      { from: 'kms', to: 'app', token: messageToken(tooShort.errorName, 'error') },
    ],
    call: tooShort.record,
  });
}

/** Scenario 4: rotation changes key material, not the key id; old ciphertext still decrypts. */
async function run({ seed = 'kmslab-key-rotation' }: RunOptions = {}): Promise<ScenarioRun> {
  const clock = createClock();
  const kms = freshKms(seed, clock);
  const rec = new Recorder(ACTORS);
  const root = { region: REGION, caller: 'account root (111122223333)' };

  const created = await rec.call(kms, 'CreateKey', { Description: 'Rotation demo' }, root);
  const createdMeta = expectOk(created, 'CreateKey').KeyMetadata!;
  const keyId = createdMeta.KeyId!;
  const materials: string[] = [];
  const showMaterials = () =>
    rec.showKeys('kms', [
      `KMS key ${shortKeyId(keyId)}`,
      ...materials.map((m, i) => `material v${i + 1} ${m}${i === materials.length - 1 ? ' (current)' : ''}`),
    ]);
  const act: Act = { kms, clock, rec, root, keyId, materials, showMaterials };

  const blobA = await firstMaterial(act, created, createdMeta);
  await afterAYear(act, blobA);
  await onDemandAndPeriod(act);

  return {
    id: 'key-rotation',
    title: scenarioInfo('key-rotation')!.title,
    seed,
    actors: ACTORS,
    steps: rec.steps,
    caveats: [],
    sources: [
      { label: 'AWS KMS Developer Guide: rotating keys', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html' },
      apiDoc('EnableKeyRotation'),
      apiDoc('RotateKeyOnDemand'),
      apiDoc('ListKeyRotations'),
    ],
  };
}

/** Scenario 4: automatic and on-demand rotation on a simulated clock, run on a fresh seeded simulator. */
export const keyRotation: ScenarioDefinition = { ...scenarioInfo('key-rotation')!, run };
