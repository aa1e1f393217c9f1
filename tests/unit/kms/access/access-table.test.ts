/**
 * The access-control table from the AWS documentation's examples, through the real
 * @aws-sdk/client-kms client signing with each user's access key id. Each case asserts the decision
 * (success or AccessDeniedException with AWS's message shape) and the explanation in the audit trail.
 */
import { describe, expect, it } from 'vitest';
import {
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetKeyPolicyCommand,
  ListGrantsCommand,
  ListRetirableGrantsCommand,
  PutKeyPolicyCommand,
  RetireGrantCommand,
  RevokeGrantCommand,
} from '@aws-sdk/client-kms';
import { ACCOUNT, OTHER, REGION, allow, clientFor, failure, makeKms, rootClient, type LabKms } from './sdk-fixture';

const bytes = (s: string) => new TextEncoder().encode(s);
const deniedMessage = (who: string, action: string, key: string, tail: string) =>
  `User: ${who} is not authorized to perform: ${action} on resource: ${key} ${tail}`;

async function newKey(kms: LabKms, policy?: object, client = rootClient(kms)): Promise<string> {
  const out = await client.send(new CreateKeyCommand(policy ? { Policy: JSON.stringify(policy) } : {}));
  return out.KeyMetadata!.Arn!;
}

function lastEvent(kms: LabKms, eventName: string) {
  const event = kms.audit.list({ eventName, limit: 1 })[0];
  if (!event) throw new Error(`no ${eventName} event`);
  return event;
}

describe('access control table (SDK, per-user credentials)', () => {
  it('default key policy + IAM allow: the user can encrypt; the decision names both statements', async () => {
    const kms = makeKms();
    const keyArn = await newKey(kms);
    const alice = kms.iam.createUser({ userName: 'alice', policies: { UseKey: allow(['kms:Encrypt', 'kms:Decrypt'], keyArn) } });
    const client = clientFor(kms, alice);
    const enc = await client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('hello') }));
    expect(enc.KeyId).toBe(keyArn);
    const event = lastEvent(kms, 'Encrypt');
    expect(event.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'alice', arn: alice.arn, accessKeyId: alice.accessKeyId });
    expect(event.accessDecision.allowed).toBe(true);
    expect(event.accessDecision.checks[0]?.outcome).toBe('allowed-by-key-policy-and-iam');
    expect(event.accessDecision.checks[0]?.allowedBy).toEqual([
      'statement 1 (Sid "Enable IAM User Permissions") of the key policy',
      'statement 1 (Sid "AllowKeyUse") of identity policy "UseKey"',
    ]);

    // The same user without the IAM policy: the default key policy alone lets no user in.
    kms.iam.detachPolicy(alice.arn, 'UseKey');
    const err = await failure(client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('hello') })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(
      deniedMessage(alice.arn, 'kms:Encrypt', keyArn, 'because no identity-based policy allows the kms:Encrypt action'),
    );
    const denied = lastEvent(kms, 'Encrypt');
    expect(denied.errorCode).toBe('AccessDeniedException');
    expect(denied.errorMessage).toBe(err.message);
    expect(denied.accessDecision.summary).toContain('no identity policy of');
  });

  it('a key policy without the account statement makes IAM policies useless (even kms:*)', async () => {
    const kms = makeKms();
    const admin = kms.iam.createUser({ userName: 'KeyAdmin', policies: { CreateKeys: allow('kms:CreateKey', '*') } });
    const adminOnly = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'KeyAdminOnly', Effect: 'Allow', Principal: { AWS: admin.arn }, Action: 'kms:*', Resource: '*' }],
    };
    const keyArn = await newKey(kms, adminOnly, clientFor(kms, admin));
    const alice = kms.iam.createUser({ userName: 'alice', policies: { Everything: allow('kms:*', '*') } });
    const err = await failure(clientFor(kms, alice).send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') })));
    expect(err.message).toBe(
      deniedMessage(alice.arn, 'kms:Encrypt', keyArn, 'because no resource-based policy allows the kms:Encrypt action'),
    );
    const event = lastEvent(kms, 'Encrypt');
    expect(event.accessDecision.summary).toContain('IAM policies alone cannot give access');
    // Not even the account root: nothing in the key policy names the account.
    const rootErr = await failure(rootClient(kms).send(new DescribeKeyCommand({ KeyId: keyArn })));
    expect(rootErr.message).toContain(`User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: kms:DescribeKey`);
    // The admin named in the key policy is allowed directly, without any IAM policy for the key.
    await clientFor(kms, admin).send(new DescribeKeyCommand({ KeyId: keyArn }));
    expect(lastEvent(kms, 'DescribeKey').accessDecision.checks[0]).toMatchObject({
      outcome: 'allowed-by-key-policy',
      allowedBy: ['statement 1 (Sid "KeyAdminOnly") of the key policy'],
    });
  });

  it('Encrypt allowed but Decrypt denied for the same user', async () => {
    const kms = makeKms();
    const keyArn = await newKey(kms);
    const writer = kms.iam.createUser({ userName: 'writer', policies: { EncryptOnly: allow('kms:Encrypt', keyArn) } });
    const client = clientFor(kms, writer);
    const { CiphertextBlob } = await client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('secret') }));
    const err = await failure(client.send(new DecryptCommand({ CiphertextBlob })));
    expect(err.name).toBe('AccessDeniedException');
    expect(err.message).toBe(
      deniedMessage(writer.arn, 'kms:Decrypt', keyArn, 'because no identity-based policy allows the kms:Decrypt action'),
    );
    const event = lastEvent(kms, 'Decrypt');
    expect(event.accessDecision.checks[0]).toMatchObject({ action: 'kms:Decrypt', allowed: false, outcome: 'implicit-deny' });
    // The root can still decrypt it: the ciphertext is fine, only the permission was missing.
    const plain = await rootClient(kms).send(new DecryptCommand({ CiphertextBlob }));
    expect(new TextDecoder().decode(plain.Plaintext)).toBe('secret');
  });

  it('explicit deny beats allow, in an identity policy and in the key policy', async () => {
    const kms = makeKms();
    const bob = kms.iam.createUser({ userName: 'bob' });
    const keyArn = await newKey(kms, {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'BobUsesKey',
          Effect: 'Allow',
          Principal: { AWS: bob.arn },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
          Resource: '*',
        },
        { Sid: 'NoDataKeysForBob', Effect: 'Deny', Principal: { AWS: bob.arn }, Action: 'kms:GenerateDataKey*', Resource: '*' },
      ],
    });
    kms.iam.attachPolicy(bob.arn, 'NoDecrypt', {
      Version: '2012-10-17',
      Statement: [{ Sid: 'DenyDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' }],
    });
    const client = clientFor(kms, bob);
    const { CiphertextBlob } = await client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') }));
    expect(lastEvent(kms, 'Encrypt').accessDecision.checks[0]?.allowedBy).toEqual(['statement 2 (Sid "BobUsesKey") of the key policy']);

    const dec = await failure(client.send(new DecryptCommand({ CiphertextBlob })));
    expect(dec.message).toBe(deniedMessage(bob.arn, 'kms:Decrypt', keyArn, 'with an explicit deny in an identity-based policy'));
    expect(lastEvent(kms, 'Decrypt').accessDecision.checks[0]).toMatchObject({
      outcome: 'explicit-deny',
      deniedBy: ['statement 1 (Sid "DenyDecrypt") of identity policy "NoDecrypt"'],
    });

    const gdk = await failure(client.send(new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: 'AES_256' })));
    expect(gdk.message).toBe(deniedMessage(bob.arn, 'kms:GenerateDataKey', keyArn, 'with an explicit deny in a resource-based policy'));
    expect(lastEvent(kms, 'GenerateDataKey').accessDecision.checks[0]?.deniedBy).toEqual([
      'statement 3 (Sid "NoDataKeysForBob") of the key policy',
    ]);
  });

  it('kms:ViaService: the S3 path works, a direct call is denied', async () => {
    const kms = makeKms();
    const carol = kms.iam.createUser({ userName: 'carol' });
    const keyArn = await newKey(kms, {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'CarolOnlyThroughS3',
          Effect: 'Allow',
          Principal: { AWS: carol.arn },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:ViaService': `s3.${REGION}.amazonaws.com` } },
        },
      ],
    });
    const put = await kms.services.s3.putObject({
      region: REGION,
      accessKeyId: carol.accessKeyId,
      bucket: 'reports',
      key: 'q1.csv',
      body: bytes('a,b,c'),
      kmsKeyId: keyArn,
    });
    expect(put.ssekmsKeyId).toBe(keyArn);
    const viaS3 = lastEvent(kms, 'GenerateDataKey');
    expect(viaS3.userIdentity.invokedBy).toBe('s3.amazonaws.com');
    expect(viaS3.accessDecision.checks[0]).toMatchObject({
      outcome: 'allowed-by-key-policy',
      allowedBy: ['statement 2 (Sid "CarolOnlyThroughS3") of the key policy'],
    });
    const got = await kms.services.s3.getObject({ region: REGION, accessKeyId: carol.accessKeyId, bucket: 'reports', key: 'q1.csv' });
    expect(new TextDecoder().decode(got.body)).toBe('a,b,c');

    const direct = await failure(clientFor(kms, carol).send(new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: 'AES_256' })));
    expect(direct.message).toBe(
      deniedMessage(carol.arn, 'kms:GenerateDataKey', keyArn, 'because no identity-based policy allows the kms:GenerateDataKey action'),
    );
    const event = lastEvent(kms, 'GenerateDataKey');
    expect(event.userIdentity.invokedBy).toBeUndefined();
    expect(event.accessDecision.summary).toContain('kms:ViaService "s3.us-east-1.amazonaws.com" (the request has no such key)');
    expect(event.accessDecision.checks[0]?.notes).toEqual([
      `statement 2 (Sid "CarolOnlyThroughS3") of the key policy would allow this, but its condition is not met: StringEquals kms:ViaService "s3.${REGION}.amazonaws.com" (the request has no such key)`,
    ]);
  });

  it('encryption-context conditions: only the IT department context is allowed', async () => {
    const kms = makeKms();
    const keyArn = await newKey(kms);
    const dave = kms.iam.createUser({
      userName: 'dave',
      policies: { ItOnly: allow(['kms:Encrypt', 'kms:Decrypt'], keyArn, { StringEquals: { 'kms:EncryptionContext:Department': 'IT' } }) },
    });
    const client = clientFor(kms, dave);
    const { CiphertextBlob } = await client.send(
      new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x'), EncryptionContext: { Department: 'IT' } }),
    );
    await client.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: { Department: 'IT' } }));
    const hr = await failure(
      client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x'), EncryptionContext: { Department: 'HR' } })),
    );
    expect(hr.name).toBe('AccessDeniedException');
    expect(lastEvent(kms, 'Encrypt').accessDecision.summary).toContain(
      'StringEquals kms:EncryptionContext:Department "IT" (the request has "HR")',
    );
    const none = await failure(client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') })));
    expect(none.name).toBe('AccessDeniedException');
    expect(lastEvent(kms, 'Encrypt').requestParameters).toEqual({ keyId: keyArn });
  });

  it('grants allow exactly their operations, and stop after retire or revoke', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const keyArn = await newKey(kms);
    const app = kms.iam.createRole({ roleName: 'AppRole' });
    const janitor = kms.iam.createUser({ userName: 'janitor' });
    const grant = await root.send(
      new CreateGrantCommand({
        KeyId: keyArn,
        GranteePrincipal: app.roleArn,
        RetiringPrincipal: janitor.arn,
        Operations: ['Encrypt', 'Decrypt'],
        Constraints: { EncryptionContextSubset: { Tenant: 'acme' } },
        Name: 'app-access',
      }),
    );
    expect(grant.GrantId).toMatch(/^[0-9a-f]{64}$/);
    const appClient = clientFor(kms, app);
    const { CiphertextBlob } = await appClient.send(
      new EncryptCommand({
        KeyId: keyArn,
        Plaintext: bytes('x'),
        EncryptionContext: { tenant: 'acme', Extra: '1' },
        GrantTokens: [grant.GrantToken!],
      }),
    );
    const event = lastEvent(kms, 'Encrypt');
    expect(event.userIdentity).toMatchObject({ type: 'AssumedRole', arn: app.sessionArn });
    expect(event.accessDecision.checks[0]).toMatchObject({ outcome: 'allowed-by-grant', grantId: grant.GrantId });
    expect(event.requestParameters).not.toHaveProperty('grantTokens');

    // Not listed in the grant: denied.
    const gdk = await failure(
      appClient.send(new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: 'AES_256', EncryptionContext: { Tenant: 'acme' } })),
    );
    expect(gdk.message).toBe(
      deniedMessage(
        app.sessionArn,
        'kms:GenerateDataKey',
        keyArn,
        'because no identity-based policy allows the kms:GenerateDataKey action',
      ),
    );
    expect(lastEvent(kms, 'GenerateDataKey').accessDecision.summary).toContain('does not list GenerateDataKey');
    // Listed, but the constraint is not met (value is case-sensitive).
    await failure(appClient.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x'), EncryptionContext: { Tenant: 'ACME' } })));
    expect(lastEvent(kms, 'Encrypt').accessDecision.summary).toContain('requires EncryptionContextSubset {"Tenant":"acme"}');
    // A token the simulator never issued.
    expect((await failure(appClient.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x'), GrantTokens: ['bogus'] })))).name).toBe(
      'InvalidGrantTokenException',
    );

    const listed = await root.send(new ListGrantsCommand({ KeyId: keyArn }));
    expect(listed.Grants?.map((g) => [g.Name, g.GranteePrincipal, g.Operations])).toEqual([
      ['app-access', app.roleArn, ['Encrypt', 'Decrypt']],
    ]);
    // ListRetirableGrants is an IAM-only permission (no key policy involved): janitor needs it in IAM.
    const noList = await failure(clientFor(kms, janitor).send(new ListRetirableGrantsCommand({ RetiringPrincipal: janitor.arn })));
    expect(noList.message).toBe(
      deniedMessage(
        janitor.arn,
        'kms:ListRetirableGrants',
        '*',
        'because no identity-based policy allows the kms:ListRetirableGrants action',
      ),
    );
    kms.iam.attachPolicy(janitor.arn, 'ListRetirable', allow('kms:ListRetirableGrants', '*'));
    const retirable = await clientFor(kms, janitor).send(new ListRetirableGrantsCommand({ RetiringPrincipal: janitor.arn }));
    expect(retirable.Grants?.map((g) => g.GrantId)).toEqual([grant.GrantId]);
    expect(lastEvent(kms, 'ListRetirableGrants').accessDecision.checks[0]?.outcome).toBe('allowed-by-iam');

    // The grantee may not retire (RetireGrant is not in the grant); the retiring principal may.
    expect((await failure(appClient.send(new RetireGrantCommand({ GrantToken: grant.GrantToken })))).name).toBe('AccessDeniedException');
    await clientFor(kms, janitor).send(new RetireGrantCommand({ GrantToken: grant.GrantToken }));
    expect(lastEvent(kms, 'RetireGrant').accessDecision.summary).toContain('is the retiring principal');
    const after = await failure(appClient.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: { tenant: 'acme', Extra: '1' } })));
    expect(after.message).toContain('is not authorized to perform: kms:Decrypt');

    // A second grant, revoked by the key's administrator (root): it stops working too.
    const g2 = await root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: app.roleArn, Operations: ['DescribeKey'] }));
    await appClient.send(new DescribeKeyCommand({ KeyId: keyArn }));
    await root.send(new RevokeGrantCommand({ KeyId: keyArn, GrantId: g2.GrantId }));
    await failure(appClient.send(new DescribeKeyCommand({ KeyId: keyArn })));
    expect(lastEvent(kms, 'DescribeKey').accessDecision.allowed).toBe(false);
    expect((await root.send(new ListGrantsCommand({ KeyId: keyArn }))).Grants).toEqual([]);
  });

  it("cross-account use needs the key policy and the other account's IAM policy", async () => {
    const kms = makeKms();
    const trusting = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'AllowExternalAccount',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:DescribeKey'],
          Resource: '*',
        },
      ],
    };
    const sharedKey = await newKey(kms, trusting);
    const privateKey = await newKey(kms);
    const erin = kms.iam.createUser({ userName: 'erin', accountId: OTHER });
    expect(erin.arn).toBe(`arn:aws:iam::${OTHER}:user/erin`);
    const client = clientFor(kms, erin);

    // Key policy trusts the account, but erin's own account has not given her permission.
    const noIam = await failure(client.send(new EncryptCommand({ KeyId: sharedKey, Plaintext: bytes('x') })));
    expect(noIam.message).toBe(
      deniedMessage(erin.arn, 'kms:Encrypt', sharedKey, 'because no identity-based policy allows the kms:Encrypt action'),
    );
    expect(lastEvent(kms, 'Encrypt').accessDecision.summary).toContain('Cross-account use needs both');

    kms.iam.attachPolicy(erin.arn, 'UseSharedKeys', allow(['kms:Encrypt', 'kms:Decrypt'], `arn:aws:kms:*:${ACCOUNT}:key/*`));
    await client.send(new EncryptCommand({ KeyId: sharedKey, Plaintext: bytes('x') }));
    const ok = lastEvent(kms, 'Encrypt');
    expect(ok.accessDecision.summary).toContain('Allowed across accounts');
    expect(ok.userIdentity.accountId).toBe(OTHER);
    expect(ok.recipientAccountId).toBe(ACCOUNT);

    // IAM allows, but the private key's policy does not trust the other account.
    const noKeyPolicy = await failure(client.send(new EncryptCommand({ KeyId: privateKey, Plaintext: bytes('x') })));
    expect(noKeyPolicy.message).toBe(
      deniedMessage(erin.arn, 'kms:Encrypt', privateKey, 'because no resource-based policy allows the kms:Encrypt action'),
    );
  });
});

describe('malformed key policies', () => {
  it('give clear errors and leave the key unchanged', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const keyArn = await newKey(kms);
    const before = (await root.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))).Policy;
    const put = (Policy: string, extra: object = {}) =>
      failure(root.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy, ...extra })));

    const json = await put('{"Version": "2012-10-17", "Statement": [ { "Effect": "Allow", } ] }');
    expect(json.name).toBe('MalformedPolicyDocumentException');
    expect(json.message).toMatch(/not valid JSON|JSON/);

    const ghost = await put(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/ghost` }, Action: 'kms:*', Resource: '*' }],
      }),
    );
    expect(ghost.name).toBe('MalformedPolicyDocumentException');
    expect(ghost.message).toContain('Policy contains a statement with one or more invalid principals.');
    expect(ghost.message).toContain('user/ghost');

    const noEffect = await put(
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Principal: { AWS: ACCOUNT }, Action: 'kms:*', Resource: '*' }] }),
    );
    expect(noEffect.name).toBe('MalformedPolicyDocumentException');
    expect(noEffect.message).toMatch(/Effect/);

    const badOp = await put(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: ACCOUNT },
            Action: 'kms:*',
            Resource: '*',
            Condition: { StringEqualsX: { 'kms:ViaService': 'x' } },
          },
        ],
      }),
    );
    expect(badOp.name).toBe('MalformedPolicyDocumentException');
    expect(badOp.message).toContain('"StringEqualsX" is not a condition operator');

    const lockout = await put(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:Encrypt', Resource: '*' }],
      }),
    );
    expect(lockout.name).toBe('MalformedPolicyDocumentException');
    expect(lockout.message).toContain('The new key policy will not allow you to update the key policy in the future.');

    const big = await put(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'x'.repeat(33_000), Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:*', Resource: '*' }],
      }),
    );
    expect(big.name).toBe('LimitExceededException');

    const after = (await root.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' }))).Policy;
    expect(after).toBe(before);
    expect(kms.audit.list({ eventName: 'PutKeyPolicy', errorsOnly: true })).toHaveLength(6);

    // CreateKey with an invalid policy creates nothing.
    const keysBefore = (await kms.call('ListKeys', {}, { region: REGION })).Keys?.length;
    await failure(
      root.send(
        new CreateKeyCommand({
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:user/nobody` }, Action: 'kms:*', Resource: '*' }],
          }),
        }),
      ),
    );
    expect((await kms.call('ListKeys', {}, { region: REGION })).Keys?.length).toBe(keysBefore);

    // The lockout check can be bypassed deliberately.
    await root.send(
      new PutKeyPolicyCommand({
        KeyId: keyArn,
        PolicyName: 'default',
        BypassPolicyLockoutSafetyCheck: true,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:Encrypt', Resource: '*' }],
        }),
      }),
    );
    expect((await failure(root.send(new GetKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default' })))).name).toBe(
      'AccessDeniedException',
    );
  });
});
