import { CreateAliasCommand, CreateKeyCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, conditionOf, expectAllHeld, failsWith, startLab, utf8 } from './helpers';

const PARTNER_ROOT = 'arn:aws:iam::444455556666:root';

async function sharedKey(lab: Awaited<ReturnType<typeof startLab>>, statement: object) {
  const key = await lab.client().send(new CreateKeyCommand({ Description: 'partner reports' }));
  const KeyId = key.KeyMetadata!.KeyId!;
  await lab.client().send(new CreateAliasCommand({ AliasName: 'alias/partner-reports', TargetKeyId: KeyId }));
  await addStatements(lab.client(), KeyId, statement);
  await lab.ws.kms.services.s3.putObject({
    region: 'us-east-1',
    kmsKeyId: 'alias/partner-reports',
    bucket: 'partner-reports',
    key: 'q3.csv',
    body: utf8('Q3'),
  });
  return KeyId;
}

describe('lab managed-key-cross-account', () => {
  it('cannot change the policy of aws/s3', async () => {
    const lab = await startLab('managed-key-cross-account');
    const s = await lab.snapshot();
    const managed = s.keys.find((k) => k.keyManager === 'AWS');
    expect(managed?.awsService).toBe('s3');
    expect(
      await failsWith(
        lab.client().send(
          new PutKeyPolicyCommand({
            KeyId: managed!.keyId,
            PolicyName: 'default',
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', PARTNER_ROOT] }, Action: 'kms:*', Resource: '*' },
              ],
            }),
          }),
        ),
      ),
    ).toBe('AccessDeniedException');
  });

  it('passes a customer managed key the partner may decrypt through S3, with the report uploaded under it', async () => {
    const lab = await startLab('managed-key-cross-account');
    await sharedKey(lab, {
      Sid: 'PartnerReadsThroughS3',
      Effect: 'Allow',
      Principal: { AWS: PARTNER_ROOT },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
    });
    const obj = await lab.ws.kms.services.s3.getObject({
      region: 'us-east-1',
      accessKeyId: lab.keyOf('PartnerReader', '444455556666'),
      bucket: 'partner-reports',
      key: 'q3.csv',
    });
    expect(new TextDecoder().decode(obj.body)).toBe('Q3');
    expectAllHeld(await lab.check());
  });

  it('fails kms:* for the partner, and "*" for everyone', async () => {
    const lab = await startLab('managed-key-cross-account');
    await sharedKey(lab, { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' });
    const result = await lab.check();
    expect(conditionOf(result, 'shared-key').held).toBe(true);
    expect(conditionOf(result, 'uploaded').held).toBe(true);
    expect(conditionOf(result, 'decrypt-only').message).toContain('kms:Encrypt');
    expect(conditionOf(result, 'not-public').message).toContain('Anyone can decrypt');
  });

  it('fails uploads that still use aws/s3', async () => {
    const lab = await startLab('managed-key-cross-account');
    const key = await lab.client().send(new CreateKeyCommand({}));
    await addStatements(lab.client(), key.KeyMetadata!.KeyId!, {
      Effect: 'Allow',
      Principal: { AWS: PARTNER_ROOT },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    await lab.ws.kms.services.s3.putObject({ region: 'us-east-1', bucket: 'partner-reports', key: 'q3.csv', body: utf8('Q3') });
    const c = conditionOf(await lab.check(), 'uploaded');
    expect(c.held).toBe(false);
    expect(c.message).toContain('still use aws/s3');
  });
});
