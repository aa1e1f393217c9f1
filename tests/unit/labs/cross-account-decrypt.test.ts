import { DecryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, bytesOf, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const PARTNER_ROOT = 'arn:aws:iam::444455556666:root';

async function partnerUser(lab: Awaited<ReturnType<typeof startLab>>, actions: string | string[] = 'kms:Decrypt') {
  return lab.ws.kms.iam.createUser({
    userName: 'analyst',
    accountId: '444455556666',
    policies: { Reports: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: lab.facts.keyArn }] } },
  });
}

describe('lab cross-account-decrypt', () => {
  it('passes both halves, Decrypt only, and a partner Decrypt through the SDK', async () => {
    const lab = await startLab('cross-account-decrypt');
    await addStatements(lab.client(), lab.facts.keyId!, {
      Sid: 'PartnerDecrypt',
      Effect: 'Allow',
      Principal: { AWS: PARTNER_ROOT },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    const analyst = await partnerUser(lab);
    const out = await lab
      .client(analyst.accessKeyId)
      .send(
        new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: { report: 'q3' }, KeyId: lab.facts.keyArn }),
      );
    expect(new TextDecoder().decode(out.Plaintext)).toContain('Q3 revenue');
    expectAllHeld(await lab.check());
  });

  it('says which half is missing when only the IAM side is done', async () => {
    const lab = await startLab('cross-account-decrypt');
    const analyst = await partnerUser(lab);
    expect(
      await failsWith(
        lab
          .client(analyst.accessKeyId)
          .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: { report: 'q3' } })),
      ),
    ).toBe('AccessDeniedException');
    const c = conditionOf(await lab.check(), 'partner-allowed');
    expect(c.held).toBe(false);
    expect(c.message).toContain('analyst in 444455556666 is refused');
    expect(c.message).toContain('key policy');
    expect(conditionOf(await lab.check(), 'partner-decrypted').held).toBe(false);
  });

  it('fails kms:* for the partner account', async () => {
    const lab = await startLab('cross-account-decrypt');
    await addStatements(lab.client(), lab.facts.keyId!, {
      Effect: 'Allow',
      Principal: { AWS: PARTNER_ROOT },
      Action: 'kms:*',
      Resource: '*',
    });
    const analyst = await partnerUser(lab);
    await lab
      .client(analyst.accessKeyId)
      .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: { report: 'q3' } }));
    const result = await lab.check();
    expect(conditionOf(result, 'partner-decrypted').held).toBe(true);
    const only = conditionOf(result, 'only-decrypt');
    expect(only.held).toBe(false);
    expect(only.message).toContain('kms:Encrypt');
  });

  it('fails a key policy that lets everyone decrypt', async () => {
    const lab = await startLab('cross-account-decrypt');
    await addStatements(lab.client(), lab.facts.keyId!, { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' });
    const analyst = await partnerUser(lab);
    await lab
      .client(analyst.accessKeyId)
      .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: { report: 'q3' } }));
    const result = await lab.check();
    expect(conditionOf(result, 'partner-decrypted').held).toBe(true);
    expect(conditionOf(result, 'not-public').held).toBe(false);
    expect(conditionOf(result, 'not-public').message).toContain('Anyone can now decrypt');
  });
});
