import { CreateAliasCommand, CreateKeyCommand, DecryptCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { conditionOf, expectAllHeld, failsWith, startLab, utf8 } from './helpers';

describe('lab protect-app-secrets', () => {
  it('passes a correct solution made through the SDK', async () => {
    const lab = await startLab('protect-app-secrets');
    const kms = lab.client();
    const key = await kms.send(new CreateKeyCommand({ Description: 'payments' }));
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/payments-app', TargetKeyId: key.KeyMetadata!.KeyId }));
    const ctx = { app: 'payments' };
    const enc = await kms.send(new EncryptCommand({ KeyId: 'alias/payments-app', Plaintext: utf8('s3cret'), EncryptionContext: ctx }));
    await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: ctx }));
    expect(await failsWith(kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })))).toBe('InvalidCiphertextException');
    expectAllHeld(await lab.check());
  });

  it('fails an Encrypt without the context, and says what is missing', async () => {
    const lab = await startLab('protect-app-secrets');
    const kms = lab.client();
    const key = await kms.send(new CreateKeyCommand({}));
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/payments-app', TargetKeyId: key.KeyMetadata!.KeyId }));
    const enc = await kms.send(new EncryptCommand({ KeyId: 'alias/payments-app', Plaintext: utf8('s3cret') }));
    await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob }));
    const result = await lab.check();
    expect(conditionOf(result, 'key').held).toBe(true);
    const encrypt = conditionOf(result, 'encrypt');
    expect(encrypt.held).toBe(false);
    expect(encrypt.message).toContain('not with app=payments');
    expect(conditionOf(result, 'refused').held).toBe(false);
  });

  it('fails an alias on an asymmetric key', async () => {
    const lab = await startLab('protect-app-secrets');
    const kms = lab.client();
    const key = await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }));
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/payments-app', TargetKeyId: key.KeyMetadata!.KeyId }));
    const c = conditionOf(await lab.check(), 'key');
    expect(c.held).toBe(false);
    expect(c.message).toContain('RSA_2048');
  });
});
