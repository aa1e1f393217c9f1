import { describe, expect, it } from 'vitest';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  ReEncryptCommand,
} from '@aws-sdk/client-kms';
import { ACCOUNT, REGION, allow, clientFor, failure, makeKms, rootClient } from './sdk-fixture';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('AWS managed keys and simulated services', () => {
  it('a user can use aws/s3 through S3 but never directly (kms:ViaService + kms:CallerAccount)', async () => {
    const kms = makeKms();
    const frank = kms.iam.createUser({ userName: 'frank', policies: { Kms: allow('kms:*', '*') } });
    await kms.services.s3.putObject({ region: REGION, accessKeyId: frank.accessKeyId, bucket: 'b', key: 'k', body: bytes('data') });
    const viaS3 = kms.audit.list({ eventName: 'GenerateDataKey', limit: 1 })[0]!;
    expect(viaS3.userIdentity).toMatchObject({ userName: 'frank', invokedBy: 's3.amazonaws.com' });
    expect(viaS3.accessDecision.checks[0]?.allowedBy[0]).toMatch(/^statement 1 \(Sid "Allow access through S3/);
    const managedArn = viaS3.resources![0]!.ARN;

    // Even with kms:* in IAM, a direct call is denied: the policy only allows use through S3.
    const direct = await failure(clientFor(kms, frank).send(new GenerateDataKeyCommand({ KeyId: managedArn, KeySpec: 'AES_256' })));
    expect(direct.name).toBe('AccessDeniedException');
    expect(kms.audit.latest()?.accessDecision.summary).toMatch(
      /StringEquals kms:ViaService "s3\.us-east-1\.amazonaws\.com" \(the request has no such key\)/,
    );

    // Another account's user gets nothing through S3 either (kms:CallerAccount).
    const outsider = kms.iam.createUser({ userName: 'outsider', accountId: '444455556666', policies: { Kms: allow('kms:*', '*') } });
    const item = kms.services.s3.items.get('b/k')!;
    const err = await failure(
      clientFor(kms, outsider).send(
        new DecryptCommand({ CiphertextBlob: item.encryptedDataKey, EncryptionContext: item.encryptionContext }),
      ),
    );
    expect(err.name).toBe('AccessDeniedException');
  });
});

describe('multi-resource operations', () => {
  it('CreateAlias needs IAM permission on the alias and key-policy permission on the key', async () => {
    const kms = makeKms();
    const keyArn = (await rootClient(kms).send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    const ops = kms.iam.createUser({ userName: 'ops', policies: { KeyOnly: allow('kms:CreateAlias', keyArn) } });
    const client = clientFor(kms, ops);
    const aliasArn = `arn:aws:kms:${REGION}:${ACCOUNT}:alias/reports`;
    const err = await failure(client.send(new CreateAliasCommand({ AliasName: 'alias/reports', TargetKeyId: keyArn })));
    expect(err.message).toBe(
      `User: ${ops.arn} is not authorized to perform: kms:CreateAlias on resource: ${aliasArn} because no identity-based policy allows the kms:CreateAlias action`,
    );
    kms.iam.attachPolicy(ops.arn, 'Alias', allow('kms:CreateAlias', `arn:aws:kms:${REGION}:${ACCOUNT}:alias/*`));
    await client.send(new CreateAliasCommand({ AliasName: 'alias/reports', TargetKeyId: keyArn }));
    const checks = kms.audit.latest()!.accessDecision.checks;
    expect(checks.map((c) => [c.resource, c.outcome]).sort()).toEqual(
      [
        [aliasArn, 'allowed-by-iam'],
        [keyArn, 'allowed-by-key-policy-and-iam'],
      ].sort(),
    );
  });

  it('ReEncrypt checks kms:ReEncryptFrom on the source and kms:ReEncryptTo on the destination', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const a = (await root.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    const b = (await root.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    const ct = (await root.send(new EncryptCommand({ KeyId: a, Plaintext: bytes('move me') }))).CiphertextBlob;
    const mover = kms.iam.createUser({ userName: 'mover', policies: { From: allow('kms:ReEncryptFrom', a) } });
    const client = clientFor(kms, mover);
    const err = await failure(client.send(new ReEncryptCommand({ CiphertextBlob: ct, DestinationKeyId: b })));
    expect(err.message).toContain(`kms:ReEncryptTo on resource: ${b}`);
    kms.iam.attachPolicy(mover.arn, 'To', allow('kms:ReEncrypt*', b));
    const out = await client.send(new ReEncryptCommand({ CiphertextBlob: ct, DestinationKeyId: b }));
    expect(out.KeyId).toBe(b);
    expect(kms.audit.latest()!.accessDecision.checks.map((c) => c.action)).toEqual(['kms:ReEncryptFrom', 'kms:ReEncryptTo']);
  });
});

describe('every operation goes through the authorizer and the audit trail', () => {
  it('a principal with no permissions is denied every key operation, and every call is logged', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const keyArn = (await root.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    const ct = (await root.send(new EncryptCommand({ KeyId: keyArn, Plaintext: bytes('x') }))).CiphertextBlob!;
    const nobody = kms.iam.createUser({ userName: 'nobody' });
    const inputs: Record<string, Record<string, unknown>> = {
      CancelKeyDeletion: { KeyId: keyArn },
      CreateAlias: { AliasName: 'alias/x', TargetKeyId: keyArn },
      CreateGrant: { KeyId: keyArn, GranteePrincipal: nobody.arn, Operations: ['Encrypt'] },
      CreateKey: {},
      Decrypt: { CiphertextBlob: ct },
      DescribeKey: { KeyId: keyArn },
      DisableKey: { KeyId: keyArn },
      DisableKeyRotation: { KeyId: keyArn },
      EnableKey: { KeyId: keyArn },
      EnableKeyRotation: { KeyId: keyArn },
      Encrypt: { KeyId: keyArn, Plaintext: bytes('x') },
      GenerateDataKey: { KeyId: keyArn, KeySpec: 'AES_256' },
      GenerateDataKeyWithoutPlaintext: { KeyId: keyArn, KeySpec: 'AES_256' },
      GenerateRandom: { NumberOfBytes: 16 },
      GetKeyPolicy: { KeyId: keyArn, PolicyName: 'default' },
      GetKeyRotationStatus: { KeyId: keyArn },
      ListAliases: {},
      ListGrants: { KeyId: keyArn },
      ListKeyPolicies: { KeyId: keyArn },
      ListKeyRotations: { KeyId: keyArn },
      ListKeys: {},
      ListResourceTags: { KeyId: keyArn },
      ListRetirableGrants: { RetiringPrincipal: nobody.arn },
      PutKeyPolicy: {
        KeyId: keyArn,
        PolicyName: 'default',
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:*', Resource: '*' }],
        }),
      },
      ReEncrypt: { CiphertextBlob: ct, DestinationKeyId: keyArn },
      RotateKeyOnDemand: { KeyId: keyArn },
      ScheduleKeyDeletion: { KeyId: keyArn, PendingWindowInDays: 7 },
      TagResource: { KeyId: keyArn, Tags: [{ TagKey: 'a', TagValue: 'b' }] },
      UntagResource: { KeyId: keyArn, TagKeys: ['a'] },
      UpdateKeyDescription: { KeyId: keyArn, Description: 'd' },
    };
    for (const [op, input] of Object.entries(inputs)) {
      expect(kms.operations.has(op), op).toBe(true);
      const before = kms.audit.size;
      const err = await failure(kms.callRaw(op, input, { region: REGION, accessKeyId: nobody.accessKeyId }));
      expect([op, err.name]).toEqual([op, 'AccessDeniedException']);
      expect(err.message, op).toMatch(
        new RegExp(
          `^User: ${nobody.arn} is not authorized to perform: kms:\\w+ on resource: \\S+ because no (identity|resource)-based policy allows the kms:\\w+ action$`,
        ),
      );
      expect(kms.audit.size, op).toBe(before + 1);
      const event = kms.audit.latest()!;
      expect(event.eventName).toBe(op);
      expect(event.accessDecision.allowed).toBe(false);
      expect(event.accessDecision.checks.length, op).toBeGreaterThan(0);
    }
    // The key is untouched by all those denied calls.
    const md = await kms.call('DescribeKey', { KeyId: keyArn }, { region: REGION });
    expect(md.KeyMetadata?.KeyState).toBe('Enabled');
    expect(md.KeyMetadata?.Description).toBe('');
  });
});
