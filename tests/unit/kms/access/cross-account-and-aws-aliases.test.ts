/**
 * Two AWS behaviours through the real SDK: only the operations AWS documents as "Cross-account use: Yes"
 * reach another account's key (even with kms:* on both sides), and DescribeKey on a predefined AWS
 * alias with no key yet creates the AWS managed key, which cannot then be used directly.
 */
import { describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EncryptCommand,
  GetKeyPolicyCommand,
  ListAliasesCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { ACCOUNT, OTHER, allow, clientFor, failure, makeKms, rootClient } from './sdk-fixture';

const kmsStar = (accounts: string[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'All', Effect: 'Allow', Principal: { AWS: accounts.map((a) => `arn:aws:iam::${a}:root`) }, Action: 'kms:*', Resource: '*' },
    ],
  });

describe('cross-account operations', () => {
  it('kms:* on both sides: Encrypt and DescribeKey work across accounts, DisableKey and the other management operations do not', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const keyArn = (await root.send(new CreateKeyCommand({ Policy: kmsStar([ACCOUNT, OTHER]) }))).KeyMetadata!.Arn!;
    const partner = clientFor(kms, kms.iam.createUser({ userName: 'partner', accountId: OTHER, policies: { All: allow('kms:*', '*') } }));

    expect((await partner.send(new DescribeKeyCommand({ KeyId: keyArn }))).KeyMetadata!.Arn).toBe(keyArn);
    expect((await partner.send(new EncryptCommand({ KeyId: keyArn, Plaintext: new Uint8Array([1]) }))).KeyId).toBe(keyArn);

    for (const cmd of [
      new DisableKeyCommand({ KeyId: keyArn }),
      new ScheduleKeyDeletionCommand({ KeyId: keyArn }),
      new GetKeyPolicyCommand({ KeyId: keyArn }),
      new PutKeyPolicyCommand({ KeyId: keyArn, Policy: kmsStar([OTHER]) }),
    ]) {
      const err = await failure(partner.send(cmd as never));
      expect([err.name, err.message]).toEqual(['NotFoundException', `Key '${keyArn}' does not exist`]);
      expect(err.kmsLabExplanation).toContain('cannot be used across accounts');
    }
    // Nothing changed: the key is still enabled, in its own account's view.
    expect((await root.send(new DescribeKeyCommand({ KeyId: keyArn }))).KeyMetadata!.KeyState).toBe('Enabled');
    await root.send(new DisableKeyCommand({ KeyId: keyArn }));
    expect((await root.send(new DescribeKeyCommand({ KeyId: keyArn }))).KeyMetadata!.KeyState).toBe('Disabled');
  });
});

describe('predefined AWS aliases', () => {
  it('DescribeKey on alias/aws/s3 with no key yet creates the AWS managed key; using it directly is denied', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const before = (await root.send(new ListAliasesCommand({}))).Aliases!.find((a) => a.AliasName === 'alias/aws/s3')!;
    expect(before.TargetKeyId).toBeUndefined();

    const md = (await root.send(new DescribeKeyCommand({ KeyId: 'alias/aws/s3' }))).KeyMetadata!;
    expect(md.KeyManager).toBe('AWS');
    expect(md.Description).toBe('Default key that protects my S3 objects when no other key is defined');
    const after = (await root.send(new ListAliasesCommand({}))).Aliases!.find((a) => a.AliasName === 'alias/aws/s3')!;
    expect(after.TargetKeyId).toBe(md.KeyId);
    // The same key on a second call, by alias ARN too.
    const again = await root.send(new DescribeKeyCommand({ KeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3` }));
    expect(again.KeyMetadata!.KeyId).toBe(md.KeyId);

    const dev = clientFor(kms, kms.iam.createUser({ userName: 'dev', policies: { All: allow('kms:*', '*') } }));
    for (const client of [root, dev]) {
      const err = await failure(client.send(new EncryptCommand({ KeyId: 'alias/aws/s3', Plaintext: new Uint8Array([1]) })));
      expect(err.name).toBe('AccessDeniedException');
    }
    // An alias that is not predefined is still simply not found.
    const none = await failure(root.send(new DescribeKeyCommand({ KeyId: 'alias/aws/nosuchservice' })));
    expect([none.name, none.message]).toEqual([
      'NotFoundException',
      `Alias arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/nosuchservice is not found.`,
    ]);
  });
});
