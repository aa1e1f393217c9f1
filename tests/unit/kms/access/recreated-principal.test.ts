/**
 * A key policy names users and roles by ARN, but AWS binds it to their unique IDs when the policy is
 * saved: delete the user, create one with the same name, and the policy no longer applies to it
 * (IAM User Guide, "AWS JSON policy elements: Principal"). Driven through the real SDK.
 */
import { describe, expect, it } from 'vitest';
import { CreateKeyCommand, EncryptCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { createKms } from '@/kms/create-kms';
import { createAccessLayer, type AuditTrail, type Iam } from '@/kms/access';
import { createSeededRandom } from '@/kms/random';
import { createMemoryStore } from '@/kms/store/memory-store';
import type { KmsStore } from '@/kms/store/types';
import { ACCOUNT, clientFor, failure, rootClient } from './sdk-fixture';

function makeKms(store: KmsStore = createMemoryStore()) {
  let t = Date.UTC(2026, 0, 15, 9, 30);
  return createKms<Iam, AuditTrail>({
    access: (core) => createAccessLayer(core),
    now: () => (t += 1000),
    random: createSeededRandom('recreated'),
    store,
  });
}

const policyFor = (userArn: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      { Sid: 'App', Effect: 'Allow', Principal: { AWS: userArn }, Action: 'kms:Encrypt', Resource: '*' },
    ],
  });

describe('a key policy and a user deleted and created again', () => {
  it('no longer applies to the new user, says why, and applies again once the policy is saved anew', async () => {
    const store = createMemoryStore();
    const kms = makeKms(store);
    const app = kms.iam.createUser({ userName: 'app' });
    const { KeyMetadata } = await rootClient(kms).send(new CreateKeyCommand({ Policy: policyFor(app.arn) }));
    const encrypt = (creds: { accessKeyId: string; secretAccessKey: string }) =>
      clientFor(kms, creds).send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId!, Plaintext: new Uint8Array([1, 2, 3]) }));
    await expect(encrypt(app)).resolves.toMatchObject({ KeyId: KeyMetadata!.Arn });

    kms.iam.deleteIdentity(app.arn);
    const again = kms.iam.createUser({ userName: 'app' });
    expect(again.arn).toBe(app.arn);
    const denied = await failure(encrypt(again));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toBe(
      `User: ${app.arn} is not authorized to perform: kms:Encrypt on resource: ${KeyMetadata!.Arn} because no identity-based policy allows the kms:Encrypt action`,
    );
    const explanation = kms.audit.latest()!.accessDecision.checks[0]!.explanation;
    expect(explanation).toMatch(
      new RegExp(`names ${app.arn}, but it was saved when that name belonged to an earlier user \\(unique ID AIDA[A-Z2-7]{17}\\)`),
    );
    expect(explanation).toContain('save the key policy again (PutKeyPolicy)');

    // The binding survives a reload of the simulator from its store.
    await kms.flush();
    const reloaded = makeKms(store);
    await reloaded.ready();
    const againAfterReload = reloaded.iam.credentialsFor(app.arn);
    const deniedAfterReload = await failure(
      clientFor(reloaded, againAfterReload).send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId!, Plaintext: new Uint8Array([1]) })),
    );
    expect(deniedAfterReload.name).toBe('AccessDeniedException');

    // Saving the same policy text again binds it to the user that exists now.
    await rootClient(kms).send(new PutKeyPolicyCommand({ KeyId: KeyMetadata!.KeyId!, Policy: policyFor(app.arn) }));
    await expect(encrypt(again)).resolves.toMatchObject({ KeyId: KeyMetadata!.Arn });
  });

  it('a Deny naming the old user does not follow the name to the new one either', async () => {
    const kms = makeKms();
    const old = kms.iam.createUser({
      userName: 'temp',
      policies: { Use: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }] } },
    });
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        { Sid: 'NotTemp', Effect: 'Deny', Principal: { AWS: old.arn }, Action: 'kms:Encrypt', Resource: '*' },
      ],
    });
    const { KeyMetadata } = await rootClient(kms).send(new CreateKeyCommand({ Policy: policy }));
    const send = (creds: { accessKeyId: string; secretAccessKey: string }) =>
      clientFor(kms, creds).send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId!, Plaintext: new Uint8Array([7]) }));
    expect((await failure(send(old))).message).toContain('with an explicit deny in a resource-based policy');
    kms.iam.deleteIdentity(old.arn);
    const fresh = kms.iam.createUser({
      userName: 'temp',
      policies: { Use: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }] } },
    });
    await expect(send(fresh)).resolves.toMatchObject({ KeyId: KeyMetadata!.Arn });
  });
});
