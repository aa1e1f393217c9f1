import { CreateGrantCommand, DecryptCommand, RetireGrantCommand, RevokeGrantCommand, type GrantOperation } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, bytesOf, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const CONTEXT = { job: 'nightly-export' };

async function grantAndUse(lab: Awaited<ReturnType<typeof startLab>>, operations: GrantOperation[], constrained = true) {
  const grant = await lab.client().send(
    new CreateGrantCommand({
      KeyId: lab.facts.keyId,
      GranteePrincipal: lab.facts.roleArn,
      Operations: operations,
      ...(constrained ? { Constraints: { EncryptionContextSubset: CONTEXT } } : {}),
    }),
  );
  await lab
    .client(lab.keyOf('BatchJob'))
    .send(
      new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT, GrantTokens: [grant.GrantToken!] }),
    );
  return grant;
}

describe('lab grant-batch-job', () => {
  it('passes a constrained Decrypt grant, used with its token, then retired', async () => {
    const lab = await startLab('grant-batch-job');
    const grant = await grantAndUse(lab, ['Decrypt']);
    await lab.client().send(new RetireGrantCommand({ GrantToken: grant.GrantToken }));
    expect(
      await failsWith(
        lab
          .client(lab.keyOf('BatchJob'))
          .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT })),
      ),
    ).toBe('AccessDeniedException');
    expectAllHeld(await lab.check());
  });

  it('fails a grant without the encryption context constraint', async () => {
    const lab = await startLab('grant-batch-job');
    const grant = await grantAndUse(lab, ['Decrypt'], false);
    await lab.client().send(new RetireGrantCommand({ GrantToken: grant.GrantToken }));
    const c = conditionOf(await lab.check(), 'grant');
    expect(c.held).toBe(false);
    expect(c.message).toContain('no encryption context constraint');
    expect(conditionOf(await lab.check(), 'used').held).toBe(false);
  });

  it('fails a grant that also lets the job encrypt and create grants', async () => {
    const lab = await startLab('grant-batch-job');
    await grantAndUse(lab, ['Decrypt', 'Encrypt', 'CreateGrant']);
    const c = conditionOf(await lab.check(), 'grant');
    expect(c.message).toContain('also gives Encrypt, CreateGrant');
  });

  it('fails a grant that is still there, and one that was revoked instead of retired', async () => {
    const lab = await startLab('grant-batch-job');
    const grant = await grantAndUse(lab, ['Decrypt']);
    let result = await lab.check();
    expect(conditionOf(result, 'used').held).toBe(true);
    expect(conditionOf(result, 'retired').message).toContain('still exists');
    await lab.client().send(new RevokeGrantCommand({ KeyId: lab.facts.keyId, GrantId: grant.GrantId }));
    result = await lab.check();
    expect(conditionOf(result, 'retired').held).toBe(false);
    expect(conditionOf(result, 'retired').message).toContain('revoked');
  });

  it('fails access given by the key policy instead of a grant', async () => {
    const lab = await startLab('grant-batch-job');
    await addStatements(lab.client(), lab.facts.keyId!, {
      Effect: 'Allow',
      Principal: { AWS: lab.facts.roleArn },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    await lab
      .client(lab.keyOf('BatchJob'))
      .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: CONTEXT }));
    const result = await lab.check();
    expect(conditionOf(result, 'grant').held).toBe(false);
    expect(conditionOf(result, 'used').message).toContain('a policy allowed it, not the grant');
  });
});
