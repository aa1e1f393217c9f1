/** Regions: single-Region locking and multi-Region keys (ReplicateKey, UpdatePrimaryRegion, shared rotation). */
import { describe, expect, it } from 'vitest';
import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyRotationStatusCommand,
  ListKeyRotationsCommand,
  NotFoundException,
  ReplicateKeyCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
  SignCommand,
  UpdatePrimaryRegionCommand,
  UnsupportedOperationException,
  VerifyCommand,
  DisabledException,
  GenerateMacCommand,
  VerifyMacCommand,
} from '@aws-sdk/client-kms';
import { DAY, failure, setup, text, utf8 } from './helpers';

describe('single-Region keys', () => {
  it('keys and aliases exist only in their Region; ARNs of another Region are not found', async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('us-west-2');
    const md = (await east.send(new CreateKeyCommand({}))).KeyMetadata!;
    await east.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: md.KeyId }));
    expect(await failure(west.send(new DescribeKeyCommand({ KeyId: md.KeyId })))).toBeInstanceOf(NotFoundException);
    expect(await failure(west.send(new DescribeKeyCommand({ KeyId: md.Arn })))).toBeInstanceOf(NotFoundException);
    expect(await failure(west.send(new EncryptCommand({ KeyId: 'alias/app', Plaintext: utf8('x') })))).toBeInstanceOf(NotFoundException);
    const wk = (await west.send(new CreateKeyCommand({}))).KeyMetadata!;
    await west.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: wk.KeyId })); // same name, other Region
    expect((await west.send(new EncryptCommand({ KeyId: 'alias/app', Plaintext: utf8('x') }))).KeyId).toBe(wk.Arn);
    expect(await failure(east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'us-west-2' })))).toBeInstanceOf(
      UnsupportedOperationException,
    );
  });
});

describe('multi-Region keys', () => {
  it("mrk- IDs; a replica has the same key ID and material and decrypts the primary's ciphertext", async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('eu-west-1');
    const md = (await east.send(new CreateKeyCommand({ MultiRegion: true, Description: 'global' }))).KeyMetadata!;
    expect(md.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(md.MultiRegion).toBe(true);
    expect(md.MultiRegionConfiguration).toEqual({
      MultiRegionKeyType: 'PRIMARY',
      PrimaryKey: { Arn: md.Arn, Region: 'us-east-1' },
      ReplicaKeys: [],
    });
    const rep = await east.send(
      new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'eu-west-1', Tags: [{ TagKey: 'r', TagValue: 'eu' }] }),
    );
    const rmd = rep.ReplicaKeyMetadata!;
    expect(rmd.KeyId).toBe(md.KeyId);
    expect(rmd.Arn).toBe(`arn:aws:kms:eu-west-1:111122223333:key/${md.KeyId}`);
    expect(rmd.MultiRegionConfiguration!.MultiRegionKeyType).toBe('REPLICA');
    expect(rmd.CurrentKeyMaterialId).toBe(md.CurrentKeyMaterialId);
    expect(rep.ReplicaTags).toEqual([{ TagKey: 'r', TagValue: 'eu' }]);
    expect(JSON.parse(rep.ReplicaPolicy!).Statement[0].Sid).toBe('Enable IAM User Permissions');
    const primaryView = (await east.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(primaryView.MultiRegionConfiguration!.ReplicaKeys).toEqual([{ Arn: rmd.Arn, Region: 'eu-west-1' }]);
    const blob = (await east.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('portable'), EncryptionContext: { k: 'v' } })))
      .CiphertextBlob!;
    expect(text((await west.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { k: 'v' } }))).Plaintext)).toBe('portable');
    const back = (await west.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('and back') }))).CiphertextBlob!;
    expect(text((await east.send(new DecryptCommand({ CiphertextBlob: back }))).Plaintext)).toBe('and back');
    // Not in a third Region; one replica per Region; not to its own Region.
    expect(
      (await failure(client('ap-south-1').send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { k: 'v' } })))).name,
    ).toBe('AccessDeniedException');
    expect(await failure(east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'eu-west-1' })))).toBeInstanceOf(
      AlreadyExistsException,
    );
    expect((await failure(east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'us-east-1' })))).name).toBe(
      'ValidationException',
    );
    expect(await failure(west.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'us-west-2' })))).toBeInstanceOf(
      UnsupportedOperationException,
    );
    // State is independent: disabling the replica leaves the primary usable.
    await west.send(new DisableKeyCommand({ KeyId: md.KeyId }));
    expect(await failure(west.send(new DecryptCommand({ CiphertextBlob: back })))).toBeInstanceOf(DisabledException);
    expect(text((await east.send(new DecryptCommand({ CiphertextBlob: back }))).Plaintext)).toBe('and back');
  });

  it('rotation is set on the primary and reaches replicas (automatic and on demand)', async () => {
    const { client, clock } = setup();
    const east = client('us-east-1');
    const west = client('us-west-2');
    const md = (await east.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!;
    await east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'us-west-2' }));
    expect(await failure(west.send(new EnableKeyRotationCommand({ KeyId: md.KeyId })))).toBeInstanceOf(UnsupportedOperationException);
    expect(await failure(west.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId })))).toBeInstanceOf(UnsupportedOperationException);
    await east.send(new EnableKeyRotationCommand({ KeyId: md.KeyId, RotationPeriodInDays: 100 }));
    expect((await west.send(new GetKeyRotationStatusCommand({ KeyId: md.KeyId }))).KeyRotationEnabled).toBe(true);
    clock.advance(100);
    await east.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId }));
    const e = (await east.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    const w = (await west.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(w.CurrentKeyMaterialId).toBe(e.CurrentKeyMaterialId);
    expect(e.CurrentKeyMaterialId).not.toBe(md.CurrentKeyMaterialId);
    const types = (await west.send(new ListKeyRotationsCommand({ KeyId: md.KeyId }))).Rotations!.map((r) => r.RotationType);
    expect(types).toEqual(['AUTOMATIC', 'ON_DEMAND']);
    const blob = (await west.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('new material') }))).CiphertextBlob!;
    expect(text((await east.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext)).toBe('new material');
    clock.advance(1);
  });

  it('UpdatePrimaryRegion swaps roles; the old primary becomes a replica', async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('us-west-2');
    const md = (await east.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!;
    await east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'us-west-2' }));
    expect(await failure(east.send(new UpdatePrimaryRegionCommand({ KeyId: md.KeyId, PrimaryRegion: 'ap-south-1' })))).toBeInstanceOf(
      NotFoundException,
    );
    await east.send(new UpdatePrimaryRegionCommand({ KeyId: md.KeyId, PrimaryRegion: 'us-west-2' }));
    const e = (await east.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!.MultiRegionConfiguration!;
    const w = (await west.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!.MultiRegionConfiguration!;
    expect(e.MultiRegionKeyType).toBe('REPLICA');
    expect(w.MultiRegionKeyType).toBe('PRIMARY');
    expect(e.PrimaryKey!.Region).toBe('us-west-2');
    expect(w.ReplicaKeys!.map((r) => r.Region)).toEqual(['us-east-1']);
    // Now rotation is managed from us-west-2.
    await west.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId }));
    expect(await failure(east.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId })))).toBeInstanceOf(UnsupportedOperationException);
  });

  it('a primary with replicas waits in PendingReplicaDeletion until its last replica is deleted', async () => {
    const { client, clock } = setup();
    const east = client('us-east-1');
    const west = client('us-west-2');
    const md = (await east.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!;
    await east.send(new ReplicateKeyCommand({ KeyId: md.KeyId, ReplicaRegion: 'us-west-2' }));
    const s = await east.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId, PendingWindowInDays: 7 }));
    expect(s.KeyState).toBe('PendingReplicaDeletion');
    expect(s.DeletionDate).toBeUndefined();
    const d = (await east.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(d.KeyState).toBe('PendingReplicaDeletion');
    expect(d.PendingDeletionWindowInDays).toBe(7);
    const err = await failure(east.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('x') })));
    expect(err.name).toBe('KMSInvalidStateException');
    expect(err.message).toBe(`${md.Arn} is pending replica deletion.`);
    clock.advance(60);
    expect((await east.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!.KeyState).toBe('PendingReplicaDeletion');
    await west.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId, PendingWindowInDays: 10 }));
    clock.advance(10);
    expect(await failure(west.send(new DescribeKeyCommand({ KeyId: md.KeyId })))).toBeInstanceOf(NotFoundException);
    const p = (await east.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(p.KeyState).toBe('PendingDeletion');
    expect(p.DeletionDate!.getTime()).toBe(clock.t + 7 * DAY);
    clock.advance(7);
    expect(await failure(east.send(new DescribeKeyCommand({ KeyId: md.KeyId })))).toBeInstanceOf(NotFoundException);
  });

  it('asymmetric and HMAC multi-Region replicas sign/MAC with the same material', async () => {
    const { client } = setup();
    const east = client('us-east-1');
    const west = client('us-west-2');
    const ec = (await east.send(new CreateKeyCommand({ MultiRegion: true, KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })))
      .KeyMetadata!;
    const hm = (await east.send(new CreateKeyCommand({ MultiRegion: true, KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })))
      .KeyMetadata!;
    await east.send(new ReplicateKeyCommand({ KeyId: ec.KeyId, ReplicaRegion: 'us-west-2' }));
    await east.send(new ReplicateKeyCommand({ KeyId: hm.KeyId, ReplicaRegion: 'us-west-2' }));
    const sig = (await east.send(new SignCommand({ KeyId: ec.KeyId, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }))).Signature!;
    expect(
      (await west.send(new VerifyCommand({ KeyId: ec.KeyId, Message: utf8('m'), Signature: sig, SigningAlgorithm: 'ECDSA_SHA_256' })))
        .SignatureValid,
    ).toBe(true);
    const mac = (await west.send(new GenerateMacCommand({ KeyId: hm.KeyId, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_256' }))).Mac!;
    expect(
      (await east.send(new VerifyMacCommand({ KeyId: hm.KeyId, Message: utf8('m'), Mac: mac, MacAlgorithm: 'HMAC_SHA_256' }))).MacValid,
    ).toBe(true);
  });
});
