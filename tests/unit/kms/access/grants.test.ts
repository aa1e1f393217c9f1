import { describe, expect, it } from 'vitest';
import {
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  ListGrantsCommand,
  RetireGrantCommand,
  RevokeGrantCommand,
} from '@aws-sdk/client-kms';
import { ACCOUNT, OTHER, allow, clientFor, failure, makeKms, rootClient, type LabKms } from './sdk-fixture';

const bytes = (s: string) => new TextEncoder().encode(s);

async function setup(kms: LabKms = makeKms()) {
  const root = rootClient(kms);
  const keyArn = (await root.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
  return { kms, root, keyArn };
}

describe('CreateGrant validation', () => {
  it('rejects operations the key type cannot do, constraints on asymmetric keys, unknown grantees and bad names', async () => {
    const { kms, root, keyArn } = await setup();
    const alice = kms.iam.createUser({ userName: 'alice' });
    const signKey = (await root.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!.Arn!;

    const sign = await failure(root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Sign'] })));
    expect(sign.name).toBe('ValidationException');
    expect(sign.message).toBe(`Grant operations Sign are not valid for ${keyArn}.`);
    expect(sign.kmsLabExplanation).toContain('SYMMETRIC_DEFAULT key with key usage ENCRYPT_DECRYPT');

    const constrained = await failure(
      root.send(
        new CreateGrantCommand({
          KeyId: signKey,
          GranteePrincipal: alice.arn,
          Operations: ['Sign'],
          Constraints: { EncryptionContextEquals: { a: 'b' } },
        }),
      ),
    );
    expect(constrained.message).toBe(`Grant constraints are not valid for ${signKey}.`);

    const ghost = await failure(
      root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: `arn:aws:iam::${ACCOUNT}:user/ghost`, Operations: ['Encrypt'] })),
    );
    expect(ghost.message).toBe(`Invalid GranteePrincipal: arn:aws:iam::${ACCOUNT}:user/ghost`);
    const notArn = await failure(root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: 'alice', Operations: ['Encrypt'] })));
    expect(notArn.name).toBe('InvalidArnException');
    const badOp = await failure(
      root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Dance' as never] })),
    );
    expect(badOp.name).toBe('ValidationException');
    expect(badOp.message).toContain('Member must satisfy enum value set');
    const badName = await failure(
      root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Encrypt'], Name: 'has space' })),
    );
    expect(badName.message).toContain('regular expression');
    const onlyCreate = await failure(
      root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['CreateGrant'] })),
    );
    expect(onlyCreate.message).toBe('Grants must not contain only the CreateGrant operation.');
    const alias = await failure(
      root.send(new CreateGrantCommand({ KeyId: 'alias/anything', GranteePrincipal: alice.arn, Operations: ['Encrypt'] })),
    );
    expect(alias.name).toBe('NotFoundException');
    expect((await root.send(new ListGrantsCommand({ KeyId: keyArn }))).Grants).toEqual([]);
  });

  it('is idempotent by Name and supports DryRun', async () => {
    const { kms, root, keyArn } = await setup();
    const alice = kms.iam.createUser({ userName: 'alice' });
    const input = { KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Encrypt' as const], Name: 'same' };
    const a = await root.send(new CreateGrantCommand(input));
    const b = await root.send(new CreateGrantCommand(input));
    expect(b.GrantId).toBe(a.GrantId);
    const c = await root.send(new CreateGrantCommand({ ...input, Operations: ['Encrypt', 'Decrypt'] }));
    expect(c.GrantId).not.toBe(a.GrantId);
    const dry = await failure(root.send(new CreateGrantCommand({ ...input, Name: 'dry', DryRun: true })));
    expect(dry.name).toBe('DryRunOperationException');
    expect((await root.send(new ListGrantsCommand({ KeyId: keyArn }))).Grants).toHaveLength(2);
  });

  it('needs kms:CreateGrant; ListGrants filters and paginates', async () => {
    const { kms, root, keyArn } = await setup();
    const alice = kms.iam.createUser({ userName: 'alice' });
    const bob = kms.iam.createUser({ userName: 'bob' });
    const denied = await failure(
      clientFor(kms, alice).send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Decrypt'] })),
    );
    expect(denied.message).toContain('kms:CreateGrant');
    for (const who of [alice, bob, alice])
      await root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: who.arn, Operations: ['Encrypt'] }));
    const page1 = await root.send(new ListGrantsCommand({ KeyId: keyArn, Limit: 2 }));
    expect(page1.Grants).toHaveLength(2);
    expect(page1.Truncated).toBe(true);
    const page2 = await root.send(new ListGrantsCommand({ KeyId: keyArn, Limit: 2, Marker: page1.NextMarker }));
    expect(page2.Grants).toHaveLength(1);
    expect(page2.Truncated).toBe(false);
    const onlyAlice = await root.send(new ListGrantsCommand({ KeyId: keyArn, GranteePrincipal: alice.arn }));
    expect(onlyAlice.Grants?.map((g) => g.GranteePrincipal)).toEqual([alice.arn, alice.arn]);
    expect(onlyAlice.Grants?.[0]?.IssuingAccount).toBe(`arn:aws:iam::${ACCOUNT}:root`);
  });
});

describe('using grants', () => {
  it('a grantee with CreateGrant can delegate only a subset of its operations, with an equally strict constraint', async () => {
    const { kms, root, keyArn } = await setup();
    const svc = kms.iam.createUser({ userName: 'svc' });
    const worker = kms.iam.createUser({ userName: 'worker' });
    await root.send(
      new CreateGrantCommand({
        KeyId: keyArn,
        GranteePrincipal: svc.arn,
        Operations: ['Encrypt', 'Decrypt', 'CreateGrant'],
        Constraints: { EncryptionContextSubset: { App: 'billing' } },
      }),
    );
    const svcClient = clientFor(kms, svc);
    const wider = await failure(
      svcClient.send(
        new CreateGrantCommand({
          KeyId: keyArn,
          GranteePrincipal: worker.arn,
          Operations: ['GenerateDataKey'],
          Constraints: { EncryptionContextSubset: { App: 'billing' } },
        }),
      ),
    );
    expect(wider.name).toBe('AccessDeniedException');
    expect(kms.audit.latest()?.accessDecision.summary).toContain('cannot create a grant for GenerateDataKey');
    const looser = await failure(
      svcClient.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: worker.arn, Operations: ['Decrypt'] })),
    );
    expect(looser.name).toBe('AccessDeniedException');
    expect(kms.audit.latest()?.accessDecision.summary).toContain('equally strict or stricter');
    const ok = await svcClient.send(
      new CreateGrantCommand({
        KeyId: keyArn,
        GranteePrincipal: worker.arn,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextEquals: { App: 'billing', Tier: 'gold' } },
      }),
    );
    expect(ok.GrantId).toBeDefined();
    const ct = (
      await root.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x'), EncryptionContext: { App: 'billing', Tier: 'gold' } }))
    ).CiphertextBlob;
    const plain = await clientFor(kms, worker).send(
      new DecryptCommand({ CiphertextBlob: ct, EncryptionContext: { App: 'billing', Tier: 'gold' } }),
    );
    expect(new TextDecoder().decode(plain.Plaintext)).toBe('x');
  });

  it('who may retire: the grantee only when the grant lists RetireGrant; the issuing account root; RevokeGrant needs kms:RevokeGrant', async () => {
    const { kms, root, keyArn } = await setup();
    const alice = kms.iam.createUser({ userName: 'alice' });
    const withRetire = await root.send(
      new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Encrypt', 'RetireGrant'] }),
    );
    await clientFor(kms, alice).send(new RetireGrantCommand({ KeyId: keyArn, GrantId: withRetire.GrantId }));
    expect(kms.audit.latest()?.accessDecision.summary).toContain('lists RetireGrant for its grantee');

    const plain = await root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Encrypt'] }));
    expect(
      (await failure(clientFor(kms, alice).send(new RevokeGrantCommand({ KeyId: keyArn, GrantId: plain.GrantId })))).message,
    ).toContain('kms:RevokeGrant');
    await root.send(new RetireGrantCommand({ KeyId: keyArn, GrantId: plain.GrantId }));
    expect(kms.audit.latest()?.accessDecision.summary).toContain('the account that created grant');

    const again = await failure(root.send(new RetireGrantCommand({ KeyId: keyArn, GrantId: plain.GrantId })));
    expect(again.name).toBe('NotFoundException');
    const malformed = await failure(root.send(new RevokeGrantCommand({ KeyId: keyArn, GrantId: 'nope' })));
    expect(malformed.name).toBe('InvalidGrantIdException');
    const retiredToken = await failure(root.send(new RetireGrantCommand({ GrantToken: withRetire.GrantToken })));
    expect(retiredToken.name).toBe('NotFoundException');
  });

  it('a grant to a principal in another account works without changing the key policy', async () => {
    const { kms, root, keyArn } = await setup();
    const partner = kms.iam.createUser({ userName: 'partner', accountId: OTHER });
    const g = await root.send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: partner.arn, Operations: ['GenerateDataKey'] }));
    const client = clientFor(kms, partner);
    const dk = await client.send(new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: 'AES_256', GrantTokens: [g.GrantToken!] }));
    expect(dk.Plaintext).toHaveLength(32);
    expect(kms.audit.latest()?.accessDecision.checks[0]?.outcome).toBe('allowed-by-grant');
    expect((await failure(client.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') })))).name).toBe('AccessDeniedException');
  });

  it('an IAM policy cannot stand in for a grant on a key whose policy does not delegate to IAM', async () => {
    const kms = makeKms();
    const admin = kms.iam.createUser({ userName: 'admin', policies: { Create: allow('kms:CreateKey', '*') } });
    const keyArn = (
      await clientFor(kms, admin).send(
        new CreateKeyCommand({
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: admin.arn }, Action: 'kms:*', Resource: '*' }],
          }),
        }),
      )
    ).KeyMetadata!.Arn!;
    const user = kms.iam.createUser({ userName: 'user', policies: { All: allow('kms:*', '*') } });
    expect((await failure(clientFor(kms, user).send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') })))).name).toBe(
      'AccessDeniedException',
    );
    await clientFor(kms, admin).send(new CreateGrantCommand({ KeyId: keyArn, GranteePrincipal: user.arn, Operations: ['Encrypt'] }));
    await clientFor(kms, user).send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') }));
    expect(kms.audit.latest()?.accessDecision.checks[0]?.outcome).toBe('allowed-by-grant');
  });
});
