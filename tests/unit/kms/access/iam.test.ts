import { describe, expect, it } from 'vitest';
import { CreateKeyCommand, DescribeKeyCommand, EncryptCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { type IamError, rootAccessKeyIdFor } from '@/kms/access';
import { ACCOUNT, OTHER, makeIam } from './helpers';
import { clientFor, failure, makeKms, REGION, allow } from './sdk-fixture';

describe('simulated IAM', () => {
  it('creates users and roles with distinct access keys and resolves them', () => {
    const iam = makeIam();
    const alice = iam.createUser({ userName: 'alice' });
    const role = iam.createRole({ roleName: 'Deployer', sessionName: 'ci' });
    expect(alice).toMatchObject({ arn: `arn:aws:iam::${ACCOUNT}:user/alice`, accountId: ACCOUNT });
    expect(alice.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(alice.secretAccessKey).toHaveLength(40);
    expect(role.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(role.roleArn).toBe(`arn:aws:iam::${ACCOUNT}:role/Deployer`);
    expect(role.sessionArn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/ci`);
    expect(iam.resolveAccessKey(alice.accessKeyId)).toMatchObject({ type: 'IAMUser', name: 'alice', policyArn: alice.arn });
    expect(iam.resolveAccessKey(role.accessKeyId)).toMatchObject({ type: 'AssumedRole', arn: role.sessionArn, policyArn: role.roleArn });
    expect(iam.resolveAccessKey('AKIAKMSLABROOT0000001')).toMatchObject({ type: 'Root', accountId: ACCOUNT });
    expect(iam.resolveAccessKey(rootAccessKeyIdFor(OTHER))).toMatchObject({ type: 'Root', accountId: OTHER });
    expect(iam.resolveAccessKey('AKIAUNKNOWN')).toBeUndefined();
    expect(iam.principalExists(role.sessionArn)).toBe(true);
    expect(iam.principalExists(`arn:aws:iam::${ACCOUNT}:user/bob`)).toBe(false);
    expect(iam.credentialsFor(alice.arn)).toEqual(alice);
    expect(iam.credentialsFor(role.roleArn).accessKeyId).toBe(role.accessKeyId);
    expect(iam.credentialsFor(`arn:aws:iam::${OTHER}:root`).accessKeyId).toBe(rootAccessKeyIdFor(OTHER));
    const second = iam.createAccessKey(alice.arn);
    expect(second.accessKeyId).not.toBe(alice.accessKeyId);
    expect(iam.resolveAccessKey(second.accessKeyId)?.arn).toBe(alice.arn);
  });

  it('explains bad input: duplicate names, unknown accounts, invalid names, malformed identity policies', () => {
    const iam = makeIam();
    iam.createUser({ userName: 'alice' });
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as IamError;
      }
      throw new Error('expected an error');
    };
    expect(thrown(() => iam.createUser({ userName: 'alice' }))).toMatchObject({ name: 'EntityAlreadyExists' });
    expect(thrown(() => iam.createUser({ userName: 'x', accountId: '999999999999' })).message).toContain(
      'Account 999999999999 is not simulated',
    );
    expect(thrown(() => iam.createUser({ userName: 'has space' })).name).toBe('ValidationError');
    const bad = thrown(() =>
      iam.attachPolicy(`arn:aws:iam::${ACCOUNT}:user/alice`, 'p', {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'kms:*' }],
      }),
    );
    expect(bad.name).toBe('MalformedPolicyDocument');
    expect(bad.message).toContain('"Resource" is missing');
    expect(thrown(() => iam.attachPolicy(`arn:aws:iam::${ACCOUNT}:user/nobody`, 'p', {})).name).toBe('NoSuchEntity');
    // Nothing was attached by the failed call.
    expect(iam.listPolicies(`arn:aws:iam::${ACCOUNT}:user/alice`)).toEqual([]);
  });

  it('attachPolicy replaces a policy of the same name; detachPolicy removes it; deleteIdentity revokes keys', () => {
    const iam = makeIam();
    const alice = iam.createUser({ userName: 'alice' });
    iam.attachPolicy(alice.arn, 'p', allow('kms:Encrypt', '*'));
    iam.attachPolicy(alice.arn, 'p', allow('kms:Decrypt', '*'));
    expect(iam.listPolicies(alice.arn)).toHaveLength(1);
    expect(iam.listPolicies(alice.arn)[0]?.document).toContain('kms:Decrypt');
    iam.detachPolicy(alice.arn, 'p');
    expect(iam.listPolicies(alice.arn)).toEqual([]);
    iam.deleteIdentity(alice.arn);
    expect(iam.resolveAccessKey(alice.accessKeyId)).toBeUndefined();
  });

  it('second-account principals call KMS through the SDK; their keys live in their account', async () => {
    const kms = makeKms();
    const otherRoot = kms.iam.rootCredentials(OTHER);
    const client = clientFor(kms, otherRoot);
    const created = await client.send(new CreateKeyCommand({}));
    expect(created.KeyMetadata?.AWSAccountId).toBe(OTHER);
    expect(created.KeyMetadata?.Arn).toMatch(new RegExp(`^arn:aws:kms:${REGION}:${OTHER}:key/`));
    // The main account's root does not see it in ListKeys and cannot use it (its policy trusts only 444455556666).
    const mainKeys = await kms.call('ListKeys', {}, { region: REGION });
    expect(mainKeys.Keys?.some((k) => k.KeyArn === created.KeyMetadata?.Arn)).toBe(false);
    const err = await failure(
      kms.call('Encrypt', { KeyId: created.KeyMetadata!.Arn!, Plaintext: new Uint8Array([1]) }, { region: REGION }),
    );
    expect(err.message).toContain(`because no resource-based policy allows the kms:Encrypt action`);
    const listed = await client.send(new ListKeysCommand({}));
    expect(listed.Keys).toHaveLength(1);
  });

  it('users need an IAM permission for account-level actions such as CreateKey', async () => {
    const kms = makeKms();
    const user = kms.iam.createUser({ userName: 'builder' });
    const client = clientFor(kms, user);
    const err = await failure(client.send(new CreateKeyCommand({})));
    expect(err.message).toBe(
      `User: ${user.arn} is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action`,
    );
    kms.iam.attachPolicy(user.arn, 'Create', allow('kms:CreateKey', '*'));
    const key = await client.send(new CreateKeyCommand({}));
    // The creator has no special rights: the default policy delegates to IAM, and builder may only CreateKey.
    const use = await failure(client.send(new EncryptCommand({ KeyId: key.KeyMetadata!.Arn!, Plaintext: new Uint8Array([1]) })));
    expect(use.message).toContain('because no identity-based policy allows the kms:Encrypt action');
    const describe = await failure(client.send(new DescribeKeyCommand({ KeyId: key.KeyMetadata!.Arn! })));
    expect(describe.name).toBe('AccessDeniedException');
  });
});
