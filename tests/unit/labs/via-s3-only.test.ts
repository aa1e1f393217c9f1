import { EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, conditionOf, expectAllHeld, failsWith, startLab, utf8 } from './helpers';

const UPLOADER = 'arn:aws:iam::111122223333:user/uploader';

async function tryBoth(lab: Awaited<ReturnType<typeof startLab>>) {
  const accessKeyId = lab.keyOf('uploader');
  await lab.ws.kms.services.s3.putObject({
    region: 'us-east-1',
    accessKeyId,
    kmsKeyId: 'alias/uploads',
    bucket: 'uploads',
    key: 'a.jpg',
    body: utf8('jpeg'),
  });
  return failsWith(lab.client(accessKeyId).send(new EncryptCommand({ KeyId: 'alias/uploads', Plaintext: utf8('direct') })));
}

describe('lab via-s3-only', () => {
  it('passes a Deny unless the request comes through S3 in us-east-1', async () => {
    const lab = await startLab('via-s3-only');
    await addStatements(lab.client(), lab.facts.keyId!, {
      Sid: 'UploaderOnlyThroughS3',
      Effect: 'Deny',
      Principal: { AWS: UPLOADER },
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
    });
    expect(await tryBoth(lab)).toBe('AccessDeniedException');
    expectAllHeld(await lab.check());
  });

  it('fails an Allow with a ViaService condition: the IAM policy still allows direct calls', async () => {
    const lab = await startLab('via-s3-only');
    await addStatements(lab.client(), lab.facts.keyId!, {
      Effect: 'Allow',
      Principal: { AWS: UPLOADER },
      Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
    });
    const result = await lab.check();
    expect(conditionOf(result, 'via-s3').held).toBe(true);
    const direct = conditionOf(result, 'direct-denied');
    expect(direct.held).toBe(false);
    expect(direct.message).toContain('a Deny does');
  });

  it('fails a Deny that leaves every AWS service in', async () => {
    const lab = await startLab('via-s3-only');
    await addStatements(lab.client(), lab.facts.keyId!, {
      Effect: 'Deny',
      Principal: { AWS: UPLOADER },
      Action: 'kms:*',
      Resource: '*',
      Condition: { Null: { 'kms:ViaService': 'true' } },
    });
    expect(await tryBoth(lab)).toBe('AccessDeniedException');
    const result = await lab.check();
    expect(conditionOf(result, 'direct-denied').held).toBe(true);
    expect(conditionOf(result, 'only-s3').held).toBe(false);
    expect(conditionOf(result, 'only-s3').message).toContain('EBS');
  });

  it('fails a Deny on everything: S3 is locked out too', async () => {
    const lab = await startLab('via-s3-only');
    await addStatements(lab.client(), lab.facts.keyId!, { Effect: 'Deny', Principal: { AWS: UPLOADER }, Action: 'kms:*', Resource: '*' });
    const c = conditionOf(await lab.check(), 'via-s3');
    expect(c.held).toBe(false);
    expect(c.message).toContain('explicitly denies');
  });
});
