/**
 * On-demand rotation of imported key material (June 2025) and imported multi-Region keys (rotation
 * since November 2025): new material waits as PENDING_ROTATION, RotateKeyOnDemand makes it current,
 * every associated material must be imported for the key to be usable, and ListKeyRotations reports
 * each material as the API Reference describes.
 */
import * as K from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { parseCiphertextBlob } from '@/kms';
import { failure, setup, text, utf8 } from '../helpers';
import { DAY, T0, externalKey, importMaterial, material } from './helpers';

type Client = K.KMSClient;
const rotations = async (c: Client, id: string, all = true) =>
  (await c.send(new K.ListKeyRotationsCommand({ KeyId: id, IncludeKeyMaterial: all ? 'ALL_KEY_MATERIAL' : 'ROTATIONS_ONLY' }))).Rotations!;
const describeKey = async (c: Client, id: string) => (await c.send(new K.DescribeKeyCommand({ KeyId: id }))).KeyMetadata!;
const encrypt = async (c: Client, id: string, s: string) =>
  (await c.send(new K.EncryptCommand({ KeyId: id, Plaintext: utf8(s) }))).CiphertextBlob!;
const decrypt = async (c: Client, blob: Uint8Array) => text((await c.send(new K.DecryptCommand({ CiphertextBlob: blob }))).Plaintext);

describe('on-demand rotation of imported material', { timeout: 60_000 }, () => {
  it('new material waits PENDING_ROTATION, becomes CURRENT on RotateKeyOnDemand; old ciphertexts still decrypt', async () => {
    const { client, clock } = setup();
    const c = client();
    const id = await externalKey(c);
    const a = material();
    const b = material();
    const idA = (await importMaterial(c, id, a, { KeyMaterialDescription: 'first material' })).KeyMaterialId!;
    const c1 = await encrypt(c, id, 'under A');
    const idB = (await importMaterial(c, id, b, { ImportType: 'NEW_KEY_MATERIAL', ValidTo: new Date(T0 + 30 * DAY) })).KeyMaterialId!;
    expect(idB).not.toBe(idA);
    // Still encrypting with A until the rotation.
    expect(parseCiphertextBlob(await encrypt(c, id, 'x')).header!.keyMaterialId).toBe(idA);
    expect(await rotations(c, id)).toEqual([
      {
        KeyId: expect.stringContaining(id),
        KeyMaterialId: idA,
        KeyMaterialDescription: 'first material',
        ImportState: 'IMPORTED',
        KeyMaterialState: 'CURRENT',
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      },
      {
        KeyId: expect.stringContaining(id),
        KeyMaterialId: idB,
        ImportState: 'IMPORTED',
        KeyMaterialState: 'PENDING_ROTATION',
        ExpirationModel: 'KEY_MATERIAL_EXPIRES',
        ValidTo: new Date(T0 + 30 * DAY),
      },
    ]);
    expect(await rotations(c, id, false)).toEqual([]);

    clock.advance(1);
    await c.send(new K.RotateKeyOnDemandCommand({ KeyId: id }));
    const c2 = await encrypt(c, id, 'under B');
    expect(parseCiphertextBlob(c2).header!.keyMaterialId).toBe(idB);
    expect((await describeKey(c, id)).CurrentKeyMaterialId).toBe(idB);
    expect([await decrypt(c, c1), await decrypt(c, c2)]).toEqual(['under A', 'under B']);
    const done = await rotations(c, id, false);
    expect(done).toEqual([
      expect.objectContaining({
        KeyMaterialId: idB,
        KeyMaterialState: 'CURRENT',
        RotationDate: new Date(T0 + DAY),
        RotationType: 'ON_DEMAND',
      }),
    ]);
    expect((await rotations(c, id)).map((r) => [r.KeyMaterialId, r.KeyMaterialState])).toEqual([
      [idA, 'NON_CURRENT'],
      [idB, 'CURRENT'],
    ]);
    // DescribeKey's ValidTo is the earliest expiry among the associated materials.
    expect((await describeKey(c, id)).ValidTo).toEqual(new Date(T0 + 30 * DAY));
  });

  it('RotateKeyOnDemand without material pending rotation is refused; automatic rotation never applies', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    await importMaterial(c, id, material());
    const err = await failure(c.send(new K.RotateKeyOnDemandCommand({ KeyId: id })));
    expect(err.name).toBe('KMSInvalidStateException');
    expect((err as { kmsLabExplanation?: string }).kmsLabExplanation).toMatch(/NEW_KEY_MATERIAL/);
    expect((await failure(c.send(new K.EnableKeyRotationCommand({ KeyId: id })))).name).toBe('UnsupportedOperationException');
  });

  it('every associated material must be imported: deleting the non-current one makes the key PendingImport', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const a = material();
    const idA = (await importMaterial(c, id, a)).KeyMaterialId!;
    const c1 = await encrypt(c, id, 'A');
    await importMaterial(c, id, material(), { ImportType: 'NEW_KEY_MATERIAL' });
    await c.send(new K.RotateKeyOnDemandCommand({ KeyId: id }));
    const c2 = await encrypt(c, id, 'B');
    expect((await c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: id, KeyMaterialId: idA }))).KeyMaterialId).toBe(idA);
    expect((await describeKey(c, id)).KeyState).toBe('PendingImport');
    for (const blob of [c1, c2])
      expect((await failure(c.send(new K.DecryptCommand({ CiphertextBlob: blob })))).name).toBe('KMSInvalidStateException');
    expect((await rotations(c, id))[0]).toEqual({
      KeyId: expect.stringContaining(id),
      KeyMaterialId: idA,
      ImportState: 'PENDING_IMPORT',
      KeyMaterialState: 'NON_CURRENT',
    });
    // Re-import A, naming it: existing material (the default once material was imported).
    await importMaterial(c, id, a, { KeyMaterialId: idA });
    expect([await decrypt(c, c1), await decrypt(c, c2)]).toEqual(['A', 'B']);
  });

  it('ImportType and KeyMaterialId rules: NEW must be new, EXISTING must be associated and match KeyMaterialId', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    const a = material();
    const idA = (await importMaterial(c, id, a)).KeyMaterialId!;
    expect((await failure(importMaterial(c, id, a, { ImportType: 'NEW_KEY_MATERIAL' }))).name).toBe('IncorrectKeyMaterialException');
    expect((await failure(importMaterial(c, id, material(), { ImportType: 'EXISTING_KEY_MATERIAL' }))).name).toBe(
      'IncorrectKeyMaterialException',
    );
    expect((await failure(importMaterial(c, id, a, { KeyMaterialId: 'f'.repeat(64) }))).name).toBe('IncorrectKeyMaterialException');
    expect((await failure(importMaterial(c, id, material(), { ImportType: 'NEW_KEY_MATERIAL', KeyMaterialId: idA }))).name).toBe(
      'ValidationException',
    );
    expect((await failure(importMaterial(c, id, a, { KeyMaterialDescription: 'bad*chars' }))).name).toBe('ValidationException');
  });

  it('staged material can be deleted and replaced by other material; the key stays Enabled', async () => {
    const { client } = setup();
    const c = client();
    const id = await externalKey(c);
    await importMaterial(c, id, material());
    const staged = (await importMaterial(c, id, material(), { ImportType: 'NEW_KEY_MATERIAL' })).KeyMaterialId!;
    await c.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: id, KeyMaterialId: staged }));
    expect((await describeKey(c, id)).KeyState).toBe('Enabled');
    expect(await rotations(c, id)).toHaveLength(1);
    const other = (await importMaterial(c, id, material(), { ImportType: 'NEW_KEY_MATERIAL' })).KeyMaterialId!;
    await c.send(new K.RotateKeyOnDemandCommand({ KeyId: id }));
    expect((await describeKey(c, id)).CurrentKeyMaterialId).toBe(other);
  });
});

describe('multi-Region keys with imported material', { timeout: 60_000 }, () => {
  it('replicas start PendingImport and need the same material; then ciphertexts move between Regions', async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const id = await externalKey(east, { MultiRegion: true });
    const a = material();
    const idA = (await importMaterial(east, id, a)).KeyMaterialId!;
    const replica = await east.send(new K.ReplicateKeyCommand({ KeyId: id, ReplicaRegion: 'eu-west-1' }));
    expect(replica.ReplicaKeyMetadata).toMatchObject({ KeyState: 'PendingImport', Origin: 'EXTERNAL', CurrentKeyMaterialId: idA });
    const blob = await encrypt(east, id, 'from us-east-1');
    expect((await failure(west.send(new K.DecryptCommand({ CiphertextBlob: blob })))).name).toBe('KMSInvalidStateException');
    expect((await failure(importMaterial(west, id, material()))).name).toBe('IncorrectKeyMaterialException');
    // The same material has the same key material ID in every Region (same key ID).
    expect((await importMaterial(west, id, a)).KeyMaterialId).toBe(idA);
    expect(await decrypt(west, blob)).toBe('from us-east-1');
  });

  it('rotation: new material goes to the primary, then to every replica, then RotateKeyOnDemand on the primary rotates all', async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const id = await externalKey(east, { MultiRegion: true });
    const a = material();
    const b = material();
    await importMaterial(east, id, a);
    await east.send(new K.ReplicateKeyCommand({ KeyId: id, ReplicaRegion: 'eu-west-1' }));
    await importMaterial(west, id, a);
    const unsupported = await failure(importMaterial(west, id, b, { ImportType: 'NEW_KEY_MATERIAL' }));
    expect(unsupported.name).toBe('UnsupportedOperationException');
    const idB = (await importMaterial(east, id, b, { ImportType: 'NEW_KEY_MATERIAL' })).KeyMaterialId!;
    const staged = (r: K.RotationsListEntry[]) => r.find((x) => x.KeyMaterialId === idB);
    expect(staged(await rotations(east, id))).toMatchObject({
      KeyMaterialState: 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION',
      ImportState: 'IMPORTED',
    });
    expect(staged(await rotations(west, id))).toMatchObject({ ImportState: 'PENDING_IMPORT' });
    expect((await failure(east.send(new K.RotateKeyOnDemandCommand({ KeyId: id })))).name).toBe('KMSInvalidStateException');
    await importMaterial(west, id, b, { ImportType: 'EXISTING_KEY_MATERIAL' });
    expect(staged(await rotations(east, id))).toMatchObject({ KeyMaterialState: 'PENDING_ROTATION' });
    await east.send(new K.RotateKeyOnDemandCommand({ KeyId: id }));
    expect((await describeKey(west, id)).CurrentKeyMaterialId).toBe(idB);
    const fromWest = await encrypt(west, id, 'B in eu-west-1');
    expect(parseCiphertextBlob(fromWest).header!.keyMaterialId).toBe(idB);
    expect(await decrypt(east, fromWest)).toBe('B in eu-west-1');
  });

  it("deleting the primary's staged material deletes it in the replicas; deleting a replica's material changes only the replica", async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const id = await externalKey(east, { MultiRegion: true });
    const a = material();
    await importMaterial(east, id, a);
    await east.send(new K.ReplicateKeyCommand({ KeyId: id, ReplicaRegion: 'eu-west-1' }));
    await importMaterial(west, id, a);
    const idB = (await importMaterial(east, id, material(), { ImportType: 'NEW_KEY_MATERIAL' })).KeyMaterialId!;
    await east.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: id, KeyMaterialId: idB }));
    expect(await rotations(west, id)).toHaveLength(1);
    await west.send(new K.DeleteImportedKeyMaterialCommand({ KeyId: id }));
    expect((await describeKey(west, id)).KeyState).toBe('PendingImport');
    expect((await describeKey(east, id)).KeyState).toBe('Enabled');
  });
});
