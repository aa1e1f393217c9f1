/** Key states, deletion and rotation driven by the injected clock, and AWS managed keys. */
import { describe, expect, it } from 'vitest';
import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  DisabledException,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetKeyRotationStatusCommand,
  KMSInvalidStateException,
  ListAliasesCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  NotFoundException,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
  SignCommand,
  TagResourceCommand,
  UpdateKeyDescriptionCommand,
  GetPublicKeyCommand,
  GenerateMacCommand,
  LimitExceededException,
  UnsupportedOperationException,
  GetKeyPolicyCommand,
  PutKeyPolicyCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-kms';
import { DAY, failure, setup, T0, text, utf8 } from './helpers';

describe('key states', () => {
  it('Disabled: crypto ops fail with DisabledException "<arn> is disabled."; management still works; EnableKey restores', async () => {
    const { client } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const blob = (await c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('x') }))).CiphertextBlob!;
    await c.send(new DisableKeyCommand({ KeyId: md.KeyId }));
    const d = (await c.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(d.KeyState).toBe('Disabled');
    expect(d.Enabled).toBe(false);
    for (const send of [
      () => c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('x') })),
      () => c.send(new DecryptCommand({ CiphertextBlob: blob })),
      () => c.send(new GenerateDataKeyCommand({ KeyId: md.KeyId, KeySpec: 'AES_256' })),
      () => c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId })),
    ]) {
      const err = await failure(send());
      expect(err).toBeInstanceOf(DisabledException);
      expect(err.message).toBe(`${md.Arn} is disabled.`);
    }
    await c.send(new UpdateKeyDescriptionCommand({ KeyId: md.KeyId, Description: 'still manageable' }));
    await c.send(new TagResourceCommand({ KeyId: md.KeyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] }));
    await c.send(new CreateAliasCommand({ AliasName: 'alias/disabled-ok', TargetKeyId: md.KeyId }));
    await c.send(new EnableKeyCommand({ KeyId: md.KeyId }));
    expect(text((await c.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext)).toBe('x');
  });

  it('Disabled asymmetric and HMAC keys cannot sign, give public keys or MAC', async () => {
    const { client } = setup();
    const c = client();
    const ec = (await c.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const hm = (await c.send(new CreateKeyCommand({ KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    await c.send(new DisableKeyCommand({ KeyId: ec.KeyId }));
    await c.send(new DisableKeyCommand({ KeyId: hm.KeyId }));
    expect(
      await failure(c.send(new SignCommand({ KeyId: ec.KeyId, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }))),
    ).toBeInstanceOf(DisabledException);
    expect(await failure(c.send(new GetPublicKeyCommand({ KeyId: ec.KeyId })))).toBeInstanceOf(DisabledException);
    expect(
      await failure(c.send(new GenerateMacCommand({ KeyId: hm.KeyId, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_384' }))),
    ).toBeInstanceOf(DisabledException);
  });

  it('PendingDeletion: 7–30 day window (default 30), KMSInvalidStateException, CancelKeyDeletion leaves the key Disabled', async () => {
    const { client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    for (const w of [6, 31]) {
      const err = await failure(c.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId, PendingWindowInDays: w })));
      expect(err.name, String(w)).toBe('ValidationException');
    }
    expect(await failure(c.send(new ScheduleKeyDeletionCommand({ KeyId: 'alias/x' })))).toBeInstanceOf(NotFoundException);
    const s = await c.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId }));
    expect(s).toMatchObject({ KeyId: md.Arn, KeyState: 'PendingDeletion', PendingWindowInDays: 30 });
    expect(s.DeletionDate).toEqual(new Date(T0 + 30 * DAY));
    const d = (await c.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(d.KeyState).toBe('PendingDeletion');
    expect(d.DeletionDate).toEqual(new Date(T0 + 30 * DAY));
    const enc = await failure(c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('x') })));
    expect(enc).toBeInstanceOf(KMSInvalidStateException);
    expect(enc.message).toBe(`${md.Arn} is pending deletion.`);
    for (const send of [
      () => c.send(new EnableKeyCommand({ KeyId: md.KeyId })),
      () => c.send(new DisableKeyCommand({ KeyId: md.KeyId })),
      () => c.send(new TagResourceCommand({ KeyId: md.KeyId, Tags: [{ TagKey: 'a', TagValue: 'b' }] })),
      () => c.send(new CreateAliasCommand({ AliasName: 'alias/late', TargetKeyId: md.KeyId })),
      () => c.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId })),
    ])
      expect(await failure(send())).toBeInstanceOf(KMSInvalidStateException);
    // Still readable.
    await c.send(new GetKeyPolicyCommand({ KeyId: md.KeyId }));
    clock.advance(29);
    const cancelled = await c.send(new CancelKeyDeletionCommand({ KeyId: md.KeyId }));
    expect(cancelled.KeyId).toBe(md.Arn);
    expect((await c.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!.KeyState).toBe('Disabled');
    const notPending = await failure(c.send(new CancelKeyDeletionCommand({ KeyId: md.KeyId })));
    expect(notPending).toBeInstanceOf(KMSInvalidStateException);
    expect(notPending.message).toBe(`${md.Arn} is not pending deletion.`);
  });

  it('when the clock passes the deletion date the key, its aliases and its material are gone', async () => {
    const { client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new CreateAliasCommand({ AliasName: 'alias/doomed', TargetKeyId: md.KeyId }));
    const blob = (await c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('lost') }))).CiphertextBlob!;
    await c.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId, PendingWindowInDays: 7 }));
    clock.advance(7);
    clock.t -= 1;
    expect((await c.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!.KeyState).toBe('PendingDeletion');
    clock.t += 1;
    expect(await failure(c.send(new DescribeKeyCommand({ KeyId: md.KeyId })))).toBeInstanceOf(NotFoundException);
    expect((await c.send(new ListKeysCommand({}))).Keys).toEqual([]);
    expect((await c.send(new ListAliasesCommand({}))).Aliases!.map((a) => a.AliasName)).not.toContain('alias/doomed');
    const err = await failure(c.send(new DecryptCommand({ CiphertextBlob: blob })));
    expect(err.name).toBe('AccessDeniedException');
  });
});

describe('rotation', () => {
  it('automatic rotation happens when the clock passes the date; old ciphertexts still decrypt', async () => {
    const { client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    expect((await c.send(new GetKeyRotationStatusCommand({ KeyId: md.KeyId }))).KeyRotationEnabled).toBe(false);
    for (const bad of [89, 2561])
      expect((await failure(c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId, RotationPeriodInDays: bad })))).name).toBe(
        'ValidationException',
      );
    await c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId, RotationPeriodInDays: 90 }));
    const st = await c.send(new GetKeyRotationStatusCommand({ KeyId: md.KeyId }));
    expect(st).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 90, KeyId: md.Arn });
    expect(st.NextRotationDate).toEqual(new Date(T0 + 90 * DAY));
    const old = (await c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('v1') }))).CiphertextBlob!;
    clock.advance(89);
    expect((await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId }))).Rotations).toEqual([]);
    clock.advance(1);
    const rotations = (await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId }))).Rotations!;
    expect(rotations).toHaveLength(1);
    expect(rotations[0]).toMatchObject({ RotationType: 'AUTOMATIC', KeyMaterialState: 'CURRENT' });
    expect(rotations[0]!.RotationDate).toEqual(new Date(T0 + 90 * DAY));
    const now = (await c.send(new DescribeKeyCommand({ KeyId: md.KeyId }))).KeyMetadata!;
    expect(now.CurrentKeyMaterialId).toBe(rotations[0]!.KeyMaterialId);
    expect(now.CurrentKeyMaterialId).not.toBe(md.CurrentKeyMaterialId);
    expect(now.KeyId).toBe(md.KeyId);
    const fresh = await c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8('v2') }));
    const d1 = await c.send(new DecryptCommand({ CiphertextBlob: old }));
    const d2 = await c.send(new DecryptCommand({ CiphertextBlob: fresh.CiphertextBlob }));
    expect([text(d1.Plaintext), d1.KeyMaterialId]).toEqual(['v1', md.CurrentKeyMaterialId]);
    expect([text(d2.Plaintext), d2.KeyMaterialId]).toEqual(['v2', now.CurrentKeyMaterialId]);
    // A long jump rotates once per missed period, each on its date.
    clock.advance(365);
    const all = (await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }))).Rotations!;
    expect(all.map((r) => r.RotationDate?.getTime())).toEqual([undefined, ...[90, 180, 270, 360, 450].map((dd) => T0 + dd * DAY)]);
    expect(all.filter((r) => r.KeyMaterialState === 'CURRENT')).toHaveLength(1);
    await c.send(new DisableKeyRotationCommand({ KeyId: md.KeyId }));
    clock.advance(1000);
    expect((await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId }))).Rotations).toHaveLength(5);
    expect(text((await c.send(new DecryptCommand({ CiphertextBlob: old }))).Plaintext)).toBe('v1');
  });

  it('a disabled key does not rotate; it rotates once when enabled again', async () => {
    const { client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId }));
    await c.send(new DisableKeyCommand({ KeyId: md.KeyId }));
    clock.advance(800);
    expect((await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId }))).Rotations).toEqual([]);
    await c.send(new EnableKeyCommand({ KeyId: md.KeyId }));
    const r = (await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId }))).Rotations!;
    expect(r).toHaveLength(1);
    expect(r[0]!.RotationDate).toEqual(new Date(T0 + 800 * DAY));
  });

  it('pending deletion reads rotation status false; cancelling restores it', async () => {
    const { client } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId }));
    await c.send(new ScheduleKeyDeletionCommand({ KeyId: md.KeyId }));
    expect((await c.send(new GetKeyRotationStatusCommand({ KeyId: md.KeyId }))).KeyRotationEnabled).toBe(false);
    await c.send(new CancelKeyDeletionCommand({ KeyId: md.KeyId }));
    expect((await c.send(new GetKeyRotationStatusCommand({ KeyId: md.KeyId }))).KeyRotationEnabled).toBe(true);
  });

  it('RotateKeyOnDemand: immediate, recorded as ON_DEMAND, at most 25 times per key', async () => {
    const { client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const blobs = [];
    for (let i = 0; i < 25; i++) {
      blobs.push((await c.send(new EncryptCommand({ KeyId: md.KeyId, Plaintext: utf8(`v${i}`) }))).CiphertextBlob!);
      expect((await c.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId }))).KeyId).toBe(md.Arn);
      clock.advance(1);
    }
    const err = await failure(c.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId })));
    expect(err).toBeInstanceOf(LimitExceededException);
    const rot = await c.send(new ListKeyRotationsCommand({ KeyId: md.KeyId, Limit: 10 }));
    expect(rot.Rotations!.every((r) => r.RotationType === 'ON_DEMAND')).toBe(true);
    expect(rot.Truncated).toBe(true);
    for (let i = 0; i < 25; i++) expect(text((await c.send(new DecryptCommand({ CiphertextBlob: blobs[i] }))).Plaintext)).toBe(`v${i}`);
    const status = await c.send(new GetKeyRotationStatusCommand({ KeyId: md.KeyId }));
    expect(status.OnDemandRotationStartDate).toEqual(new Date(T0 + 24 * DAY));
  });

  it('on-demand rotation within 20 minutes of an automatic one is a ConflictException', async () => {
    const { client, clock } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new EnableKeyRotationCommand({ KeyId: md.KeyId, RotationPeriodInDays: 90 }));
    clock.t += 90 * DAY - 10 * 60_000;
    expect((await failure(c.send(new RotateKeyOnDemandCommand({ KeyId: md.KeyId })))).name).toBe('ConflictException');
  });

  it('asymmetric and HMAC keys cannot be rotated', async () => {
    const { client } = setup();
    const c = client();
    const rsa = (await c.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const hm = (await c.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    for (const id of [rsa.KeyId, hm.KeyId]) {
      expect(await failure(c.send(new EnableKeyRotationCommand({ KeyId: id })))).toBeInstanceOf(UnsupportedOperationException);
      expect(await failure(c.send(new RotateKeyOnDemandCommand({ KeyId: id })))).toBeInstanceOf(UnsupportedOperationException);
      expect(await failure(c.send(new GetKeyRotationStatusCommand({ KeyId: id })))).toBeInstanceOf(UnsupportedOperationException);
    }
  });
});

describe('AWS managed keys and simulated services', () => {
  it('S3, EBS, RDS and Secrets Manager create alias/aws/<service> keys on first use and reuse them', async () => {
    const { kms, client } = setup();
    const c = client();
    const region = 'us-east-1';
    expect((await c.send(new ListKeysCommand({}))).Keys).toEqual([]);
    const put = await kms.services.s3.putObject({ region, bucket: 'b', key: 'k.txt', body: utf8('object data') });
    const got = await kms.services.s3.getObject({ region, bucket: 'b', key: 'k.txt' });
    expect(text(got.body)).toBe('object data');
    await kms.services.s3.putObject({ region, bucket: 'b', key: 'k2', body: utf8('2') });
    const vol = await kms.services.ebs.createVolume({ region });
    expect(text((await kms.services.ebs.readVolume({ region, volumeId: vol.volumeId })).data)).toContain(vol.volumeId);
    await kms.services.rds.createDbInstance({ region, dbInstanceIdentifier: 'db1' });
    const secret = await kms.services.secretsmanager.createSecret({ region, name: 'pw', secretString: 'hunter2' });
    expect((await kms.services.secretsmanager.getSecretValue({ region, name: 'pw' })).secretString).toBe('hunter2');
    expect(secret.arn).toMatch(/^arn:aws:secretsmanager:us-east-1:111122223333:secret:pw-[0-9a-f]{6}$/);
    const keys = (await c.send(new ListKeysCommand({}))).Keys!;
    expect(keys).toHaveLength(4);
    const aliases = (await c.send(new ListAliasesCommand({}))).Aliases!;
    for (const name of ['alias/aws/s3', 'alias/aws/ebs', 'alias/aws/rds', 'alias/aws/secretsmanager']) {
      expect(aliases.find((a) => a.AliasName === name)?.TargetKeyId, name).toBeDefined();
    }
    const s3 = (await c.send(new DescribeKeyCommand({ KeyId: 'alias/aws/s3' }))).KeyMetadata!;
    expect(put.ssekmsKeyId).toBe(s3.Arn);
    expect(s3).toMatchObject({
      KeyManager: 'AWS',
      KeyState: 'Enabled',
      Description: 'Default key that protects my S3 objects when no other key is defined',
    });
    const policy = JSON.parse((await c.send(new GetKeyPolicyCommand({ KeyId: s3.KeyId }))).Policy!);
    expect(policy.Statement[0].Condition.StringEquals).toEqual({
      'kms:CallerAccount': '111122223333',
      'kms:ViaService': 's3.us-east-1.amazonaws.com',
    });
    // Rotated every year, automatically.
    const st = await c.send(new GetKeyRotationStatusCommand({ KeyId: s3.KeyId }));
    expect(st).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
  });

  it('AWS managed keys cannot be disabled, deleted, re-policied, re-aliased or have rotation changed', async () => {
    const { kms, client } = setup();
    const c = client();
    await kms.services.s3.putObject({ region: 'us-east-1', bucket: 'b', key: 'k', body: utf8('x') });
    const s3 = (await c.send(new DescribeKeyCommand({ KeyId: 'alias/aws/s3' }))).KeyMetadata!;
    const policy = (await c.send(new GetKeyPolicyCommand({ KeyId: s3.KeyId }))).Policy!;
    for (const send of [
      () => c.send(new DisableKeyCommand({ KeyId: s3.KeyId })),
      () => c.send(new ScheduleKeyDeletionCommand({ KeyId: s3.KeyId })),
      () => c.send(new PutKeyPolicyCommand({ KeyId: s3.KeyId, Policy: policy })),
      () => c.send(new EnableKeyRotationCommand({ KeyId: s3.KeyId })),
      () => c.send(new DisableKeyRotationCommand({ KeyId: s3.KeyId })),
      () => c.send(new RotateKeyOnDemandCommand({ KeyId: s3.KeyId })),
      () => c.send(new CreateAliasCommand({ AliasName: 'alias/mine', TargetKeyId: s3.KeyId })),
    ]) {
      expect((await failure(send())).name).toBe('AccessDeniedException');
    }
    const mine = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new CreateAliasCommand({ AliasName: 'alias/mine', TargetKeyId: mine.KeyId }));
    expect((await failure(c.send(new UpdateAliasCommand({ AliasName: 'alias/mine', TargetKeyId: s3.KeyId })))).name).toBe(
      'AccessDeniedException',
    );
  });

  it('a customer managed key can be chosen instead; its ciphertexts stay with the service', async () => {
    const { kms, client } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const put = await kms.services.s3.putObject({ region: 'us-east-1', bucket: 'b', key: 'k', body: utf8('x'), kmsKeyId: md.KeyId });
    expect(put.ssekmsKeyId).toBe(md.Arn);
    expect(put.item.encryptionContext).toEqual({ 'aws:s3:arn': 'arn:aws:s3:::b/k' });
    await c.send(new DisableKeyCommand({ KeyId: md.KeyId }));
    expect((await failure(kms.services.s3.getObject({ region: 'us-east-1', bucket: 'b', key: 'k' }))).name).toBe('DisabledException');
  });
});
