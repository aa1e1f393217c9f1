/** Key management, aliases, tags, key policies, data keys and random bytes through the real SDK client. */
import { describe, expect, it } from 'vitest';
import {
  AlreadyExistsException,
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyPairCommand,
  GenerateDataKeyPairWithoutPlaintextCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  GenerateRandomCommand,
  GetKeyPolicyCommand,
  InvalidAliasNameException,
  ListAliasesCommand,
  ListKeyPoliciesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  MalformedPolicyDocumentException,
  NotFoundException,
  PutKeyPolicyCommand,
  ReEncryptCommand,
  TagException,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
  InvalidMarkerException,
  LimitExceededException,
  InvalidKeyUsageException,
} from '@aws-sdk/client-kms';
import { failure, setup, T0, text, utf8 } from './helpers';

describe('CreateKey / DescribeKey / ListKeys / UpdateKeyDescription', () => {
  it("creates a symmetric key with AWS's metadata", async () => {
    const { client } = setup();
    const c = client('eu-central-1');
    const md = (await c.send(new CreateKeyCommand({ Description: 'app key', Tags: [{ TagKey: 'team', TagValue: 'blue' }] }))).KeyMetadata!;
    expect(md.KeyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(md.Arn).toBe(`arn:aws:kms:eu-central-1:111122223333:key/${md.KeyId}`);
    expect(md).toMatchObject({
      AWSAccountId: '111122223333',
      Description: 'app key',
      Enabled: true,
      KeyState: 'Enabled',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
      MultiRegion: false,
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    });
    expect(md.CreationDate).toEqual(new Date(T0));
    expect(md.CurrentKeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    const d = (await c.send(new DescribeKeyCommand({ KeyId: md.Arn }))).KeyMetadata!;
    expect(d).toEqual(md);
    // The same key ID does not exist in another Region.
    const err = await failure(client('us-east-1').send(new DescribeKeyCommand({ KeyId: md.KeyId })));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.message).toBe(`Key 'arn:aws:kms:us-east-1:111122223333:key/${md.KeyId}' does not exist`);
  });

  it('NotFoundException for unknown keys, aliases and malformed key IDs', async () => {
    const { client } = setup();
    const c = client();
    const e1 = await failure(c.send(new DescribeKeyCommand({ KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' })));
    expect(e1.message).toBe("Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist");
    const e2 = await failure(c.send(new EncryptCommand({ KeyId: 'alias/missing', Plaintext: utf8('x') })));
    expect(e2).toBeInstanceOf(NotFoundException);
    expect(e2.message).toBe('Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.');
    expect(await failure(c.send(new DescribeKeyCommand({ KeyId: 'not-a-key' })))).toBeInstanceOf(NotFoundException);
  });

  it('ListKeys pages with Limit / Marker; bad markers and limits are rejected', async () => {
    const { client } = setup();
    const c = client();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await c.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!);
    const p1 = await c.send(new ListKeysCommand({ Limit: 2 }));
    expect(p1.Keys!.map((k) => k.KeyId)).toEqual(ids.slice(0, 2));
    expect(p1.Truncated).toBe(true);
    const p2 = await c.send(new ListKeysCommand({ Limit: 2, Marker: p1.NextMarker }));
    const p3 = await c.send(new ListKeysCommand({ Limit: 2, Marker: p2.NextMarker }));
    expect([...p2.Keys!, ...p3.Keys!].map((k) => k.KeyId)).toEqual(ids.slice(2));
    expect(p3.Truncated).toBe(false);
    expect(p3.NextMarker).toBeUndefined();
    expect(p1.Keys![0]!.KeyArn).toContain(':key/');
    expect(await failure(c.send(new ListKeysCommand({ Marker: 'garbage' })))).toBeInstanceOf(InvalidMarkerException);
    expect((await failure(c.send(new ListKeysCommand({ Limit: 1001 })))).name).toBe('ValidationException');
    expect((await client('ap-south-1').send(new ListKeysCommand({}))).Keys).toEqual([]);
  });

  it('UpdateKeyDescription and description length', async () => {
    const { client } = setup();
    const c = client();
    const id = (await c.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await c.send(new UpdateKeyDescriptionCommand({ KeyId: id, Description: 'new' }));
    expect((await c.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.Description).toBe('new');
    expect((await failure(c.send(new UpdateKeyDescriptionCommand({ KeyId: id, Description: 'x'.repeat(8193) })))).name).toBe(
      'ValidationException',
    );
    expect((await failure(c.send(new CreateKeyCommand({ Origin: 'EXTERNAL' })))).name).toBe('UnsupportedOperationException');
  });
});

describe('Encrypt / Decrypt / ReEncrypt limits', () => {
  it("Encrypt takes 1 to 4,096 bytes; 4,097 is AWS's ValidationException", async () => {
    const { client } = setup();
    const c = client();
    const id = (await c.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const max = await c.send(new EncryptCommand({ KeyId: id, Plaintext: new Uint8Array(4096).fill(1) }));
    expect((await c.send(new DecryptCommand({ CiphertextBlob: max.CiphertextBlob }))).Plaintext!.length).toBe(4096);
    const over = await failure(c.send(new EncryptCommand({ KeyId: id, Plaintext: new Uint8Array(4097) })));
    expect(over.name).toBe('ValidationException');
    expect(over.message).toBe(
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
    expect(over.$metadata!.httpStatusCode).toBe(400);
    const empty = await failure(c.send(new EncryptCommand({ KeyId: id, Plaintext: new Uint8Array(0) })));
    expect(empty.name).toBe('ValidationException');
  });

  it('Encrypt/Decrypt by alias name and alias ARN return the key ARN; Decrypt reports the key material ID', async () => {
    const { client } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: md.KeyId }));
    const e1 = await c.send(new EncryptCommand({ KeyId: 'alias/app', Plaintext: utf8('a') }));
    const e2 = await c.send(new EncryptCommand({ KeyId: 'arn:aws:kms:us-east-1:111122223333:alias/app', Plaintext: utf8('b') }));
    expect(e1.KeyId).toBe(md.Arn);
    expect(e2.KeyId).toBe(md.Arn);
    expect(e1.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    const d = await c.send(new DecryptCommand({ CiphertextBlob: e1.CiphertextBlob, KeyId: 'alias/app' }));
    expect(d).toMatchObject({ KeyId: md.Arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT', KeyMaterialId: md.CurrentKeyMaterialId });
  });

  it('ReEncrypt moves a ciphertext to another key and context without exposing plaintext', async () => {
    const { client } = setup();
    const c = client();
    const a = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const b = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const blob = (await c.send(new EncryptCommand({ KeyId: a.KeyId, Plaintext: utf8('secret'), EncryptionContext: { v: '1' } })))
      .CiphertextBlob!;
    const re = await c.send(
      new ReEncryptCommand({
        CiphertextBlob: blob,
        SourceEncryptionContext: { v: '1' },
        DestinationKeyId: b.KeyId,
        DestinationEncryptionContext: { v: '2' },
      }),
    );
    expect(re).toMatchObject({
      SourceKeyId: a.Arn,
      KeyId: b.Arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      SourceKeyMaterialId: a.CurrentKeyMaterialId,
      DestinationKeyMaterialId: b.CurrentKeyMaterialId,
    });
    expect((re as unknown as Record<string, unknown>).Plaintext).toBeUndefined();
    expect(text((await c.send(new DecryptCommand({ CiphertextBlob: re.CiphertextBlob, EncryptionContext: { v: '2' } }))).Plaintext)).toBe(
      'secret',
    );
    expect((await failure(c.send(new ReEncryptCommand({ CiphertextBlob: blob, DestinationKeyId: b.KeyId })))).name).toBe(
      'InvalidCiphertextException',
    );
    expect(
      (
        await failure(
          c.send(new ReEncryptCommand({ CiphertextBlob: blob, SourceEncryptionContext: { v: '1' }, DestinationKeyId: 'alias/none' })),
        )
      ).name,
    ).toBe('NotFoundException');
  });
});

describe('data keys and random bytes', () => {
  it('GenerateDataKey by KeySpec or NumberOfBytes (1–1,024), not both and not neither', async () => {
    const { client } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const k256 = await c.send(new GenerateDataKeyCommand({ KeyId: md.KeyId, KeySpec: 'AES_256', EncryptionContext: { file: 'a.txt' } }));
    expect(k256.Plaintext!.length).toBe(32);
    expect(k256.KeyId).toBe(md.Arn);
    expect(k256.KeyMaterialId).toBe(md.CurrentKeyMaterialId);
    const back = await c.send(new DecryptCommand({ CiphertextBlob: k256.CiphertextBlob, EncryptionContext: { file: 'a.txt' } }));
    expect(back.Plaintext).toEqual(k256.Plaintext);
    expect((await c.send(new GenerateDataKeyCommand({ KeyId: md.KeyId, KeySpec: 'AES_128' }))).Plaintext!.length).toBe(16);
    expect((await c.send(new GenerateDataKeyCommand({ KeyId: md.KeyId, NumberOfBytes: 1 }))).Plaintext!.length).toBe(1);
    expect((await c.send(new GenerateDataKeyCommand({ KeyId: md.KeyId, NumberOfBytes: 1024 }))).Plaintext!.length).toBe(1024);
    for (const bad of [{ NumberOfBytes: 1025 }, { NumberOfBytes: 0 }, {}, { KeySpec: 'AES_256' as const, NumberOfBytes: 32 }]) {
      const err = await failure(c.send(new GenerateDataKeyCommand({ KeyId: md.KeyId, ...bad })));
      expect(err.name, JSON.stringify(bad)).toBe('ValidationException');
    }
    const wp = await c.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: md.KeyId, KeySpec: 'AES_256' }));
    expect((wp as unknown as Record<string, unknown>).Plaintext).toBeUndefined();
    expect((await c.send(new DecryptCommand({ CiphertextBlob: wp.CiphertextBlob }))).Plaintext!.length).toBe(32);
    const rsa = (await c.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }))).KeyMetadata!;
    expect(await failure(c.send(new GenerateDataKeyCommand({ KeyId: rsa.KeyId, KeySpec: 'AES_256' })))).toBeInstanceOf(
      InvalidKeyUsageException,
    );
  });

  it('GenerateDataKeyPair: PKCS#8 private key, SPKI public key, private key encrypted under the KMS key', async () => {
    const { client } = setup();
    const c = client();
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    for (const spec of ['ECC_NIST_P256', 'RSA_2048'] as const) {
      const pair = await c.send(new GenerateDataKeyPairCommand({ KeyId: md.KeyId, KeyPairSpec: spec }));
      expect(pair.KeyPairSpec).toBe(spec);
      const alg = spec === 'RSA_2048' ? { name: 'RSA-PSS', hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: 'P-256' };
      const priv = await crypto.subtle.importKey('pkcs8', pair.PrivateKeyPlaintext! as Uint8Array<ArrayBuffer>, alg, false, ['sign']);
      const pub = await crypto.subtle.importKey('spki', pair.PublicKey! as Uint8Array<ArrayBuffer>, alg, false, ['verify']);
      const params = spec === 'RSA_2048' ? { name: 'RSA-PSS', saltLength: 32 } : { name: 'ECDSA', hash: 'SHA-256' };
      const sig = await crypto.subtle.sign(params, priv, utf8('m'));
      expect(await crypto.subtle.verify(params, pub, sig, utf8('m'))).toBe(true);
      const dec = await c.send(new DecryptCommand({ CiphertextBlob: pair.PrivateKeyCiphertextBlob }));
      expect(dec.Plaintext).toEqual(pair.PrivateKeyPlaintext);
    }
    const np = await c.send(new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: md.KeyId, KeyPairSpec: 'ECC_NIST_P384' }));
    expect((np as unknown as Record<string, unknown>).PrivateKeyPlaintext).toBeUndefined();
    expect(np.PublicKey!.length).toBeGreaterThan(90);
    // SM2 exists only in the China Regions, which KMS Lab does not simulate.
    const unsupported = await failure(c.send(new GenerateDataKeyPairCommand({ KeyId: md.KeyId, KeyPairSpec: 'SM2' })));
    expect(unsupported.name).toBe('UnsupportedOperationException');
  });

  it('GenerateRandom: 1–1,024 bytes', async () => {
    const { client } = setup();
    const c = client();
    expect((await c.send(new GenerateRandomCommand({ NumberOfBytes: 1024 }))).Plaintext!.length).toBe(1024);
    const a = (await c.send(new GenerateRandomCommand({ NumberOfBytes: 32 }))).Plaintext!;
    const b = (await c.send(new GenerateRandomCommand({ NumberOfBytes: 32 }))).Plaintext!;
    expect(a).not.toEqual(b);
    const err = await failure(c.send(new GenerateRandomCommand({ NumberOfBytes: 1025 })));
    expect(err.message).toBe(
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    );
    expect((await failure(c.send(new GenerateRandomCommand({ NumberOfBytes: 0 })))).name).toBe('ValidationException');
    expect((await failure(c.send(new GenerateRandomCommand({})))).name).toBe('ValidationException');
  });
});

describe('aliases', () => {
  it('create, list (with AWS aliases that have no key yet), update, delete', async () => {
    const { client } = setup();
    const c = client();
    const a = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const b = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    await c.send(new CreateAliasCommand({ AliasName: 'alias/app-key_1', TargetKeyId: a.Arn }));
    const list = (await c.send(new ListAliasesCommand({}))).Aliases!;
    expect(list.map((x) => x.AliasName)).toEqual([
      'alias/app-key_1',
      'alias/aws/ebs',
      'alias/aws/rds',
      'alias/aws/s3',
      'alias/aws/secretsmanager',
    ]);
    expect(list[0]).toMatchObject({ AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/app-key_1', TargetKeyId: a.KeyId });
    expect(list[1]!.TargetKeyId).toBeUndefined();
    expect((await c.send(new ListAliasesCommand({ KeyId: b.KeyId }))).Aliases).toEqual([]);
    await c.send(new UpdateAliasCommand({ AliasName: 'alias/app-key_1', TargetKeyId: b.KeyId }));
    expect((await c.send(new ListAliasesCommand({ KeyId: b.KeyId }))).Aliases!.map((x) => x.AliasName)).toEqual(['alias/app-key_1']);
    expect((await c.send(new EncryptCommand({ KeyId: 'alias/app-key_1', Plaintext: utf8('x') }))).KeyId).toBe(b.Arn);
    await c.send(new DeleteAliasCommand({ AliasName: 'alias/app-key_1' }));
    expect(await failure(c.send(new DeleteAliasCommand({ AliasName: 'alias/app-key_1' })))).toBeInstanceOf(NotFoundException);
    // Aliases are per Region.
    await c.send(new CreateAliasCommand({ AliasName: 'alias/regional', TargetKeyId: a.KeyId }));
    expect(await failure(client('us-west-2').send(new DescribeKeyCommand({ KeyId: 'alias/regional' })))).toBeInstanceOf(NotFoundException);
  });

  it('alias name rules', async () => {
    const { client } = setup();
    const c = client();
    const a = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    const noPrefix = await failure(c.send(new CreateAliasCommand({ AliasName: 'myalias', TargetKeyId: a.KeyId })));
    expect(noPrefix).toBeInstanceOf(InvalidAliasNameException);
    expect(noPrefix.message).toContain('alias/');
    expect(await failure(c.send(new CreateAliasCommand({ AliasName: 'alias/aws/mine', TargetKeyId: a.KeyId })))).toBeInstanceOf(
      InvalidAliasNameException,
    );
    const chars = await failure(c.send(new CreateAliasCommand({ AliasName: 'alias/has space', TargetKeyId: a.KeyId })));
    expect(chars.name).toBe('ValidationException');
    expect(chars.message).toContain('regular expression pattern');
    expect((await failure(c.send(new CreateAliasCommand({ AliasName: 'alias/' + 'x'.repeat(251), TargetKeyId: a.KeyId })))).name).toBe(
      'ValidationException',
    );
    await c.send(new CreateAliasCommand({ AliasName: 'alias/' + 'x'.repeat(250), TargetKeyId: a.KeyId }));
    await c.send(new CreateAliasCommand({ AliasName: 'alias/Dup', TargetKeyId: a.KeyId }));
    const dup = await failure(c.send(new CreateAliasCommand({ AliasName: 'alias/Dup', TargetKeyId: a.KeyId })));
    expect(dup).toBeInstanceOf(AlreadyExistsException);
    expect(dup.message).toBe('An alias with the name arn:aws:kms:us-east-1:111122223333:alias/Dup already exists');
    await c.send(new CreateAliasCommand({ AliasName: 'alias/dup', TargetKeyId: a.KeyId })); // case-sensitive
    // An alias can't be a TargetKeyId; an alias only moves between keys of the same type and usage.
    expect(await failure(c.send(new CreateAliasCommand({ AliasName: 'alias/x2', TargetKeyId: 'alias/Dup' })))).toBeInstanceOf(
      NotFoundException,
    );
    const hmac = (await c.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    expect((await failure(c.send(new UpdateAliasCommand({ AliasName: 'alias/Dup', TargetKeyId: hmac.KeyId })))).name).toBe(
      'ValidationException',
    );
  });
});

describe('tags', () => {
  it('TagResource adds and overwrites, UntagResource removes, ListResourceTags pages; bad tags are TagException', async () => {
    const { client } = setup();
    const c = client();
    const id = (await c.send(new CreateKeyCommand({ Tags: [{ TagKey: 'a', TagValue: '1' }] }))).KeyMetadata!.KeyId!;
    await c.send(
      new TagResourceCommand({
        KeyId: id,
        Tags: [
          { TagKey: 'a', TagValue: '2' },
          { TagKey: 'b', TagValue: '' },
        ],
      }),
    );
    expect((await c.send(new ListResourceTagsCommand({ KeyId: id }))).Tags).toEqual([
      { TagKey: 'a', TagValue: '2' },
      { TagKey: 'b', TagValue: '' },
    ]);
    const p1 = await c.send(new ListResourceTagsCommand({ KeyId: id, Limit: 1 }));
    expect(p1.Truncated).toBe(true);
    expect((await c.send(new ListResourceTagsCommand({ KeyId: id, Limit: 1, Marker: p1.NextMarker }))).Tags).toEqual([
      { TagKey: 'b', TagValue: '' },
    ]);
    await c.send(new UntagResourceCommand({ KeyId: id, TagKeys: ['a', 'zzz'] }));
    expect((await c.send(new ListResourceTagsCommand({ KeyId: id }))).Tags).toEqual([{ TagKey: 'b', TagValue: '' }]);
    for (const bad of [
      [{ TagKey: 'aws:x', TagValue: '1' }],
      [{ TagKey: '', TagValue: '1' }],
      [{ TagKey: 'k'.repeat(129), TagValue: '' }],
      [{ TagKey: 'v', TagValue: 'x'.repeat(257) }],
      [
        { TagKey: 'd', TagValue: '1' },
        { TagKey: 'd', TagValue: '2' },
      ],
    ]) {
      expect(await failure(c.send(new TagResourceCommand({ KeyId: id, Tags: bad }))), JSON.stringify(bad).slice(0, 40)).toBeInstanceOf(
        TagException,
      );
    }
    const many = Array.from({ length: 50 }, (_, i) => ({ TagKey: `t${i}`, TagValue: '' }));
    expect(await failure(c.send(new TagResourceCommand({ KeyId: id, Tags: many })))).toBeInstanceOf(LimitExceededException);
  });
});

describe('key policies (stored here, evaluated by the access layer)', () => {
  it('default policy as AWS creates it; Put/Get/List round-trip; only the name "default"', async () => {
    const { client } = setup();
    const c = client();
    const id = (await c.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const got = await c.send(new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'default' }));
    expect(got.PolicyName).toBe('default');
    expect(JSON.parse(got.Policy!)).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    expect((await c.send(new ListKeyPoliciesCommand({ KeyId: id }))).PolicyNames).toEqual(['default']);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
        { Sid: 'nobody decrypts', Effect: 'Deny', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' },
      ],
    });
    await c.send(new PutKeyPolicyCommand({ KeyId: id, PolicyName: 'default', Policy: policy }));
    expect((await c.send(new GetKeyPolicyCommand({ KeyId: id }))).Policy).toBe(policy);
    expect(await failure(c.send(new PutKeyPolicyCommand({ KeyId: id, Policy: '{not json' })))).toBeInstanceOf(
      MalformedPolicyDocumentException,
    );
    const huge = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*', Sid: 'x'.repeat(33_000) },
      ],
    });
    expect(await failure(c.send(new PutKeyPolicyCommand({ KeyId: id, Policy: huge })))).toBeInstanceOf(LimitExceededException);
    expect(await failure(c.send(new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'other' })))).toBeInstanceOf(NotFoundException);
  });
});
