import { EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, conditionOf, expectAllHeld, failsWith, startLab, utf8 } from './helpers';

const APP_ROLE = 'arn:aws:iam::111122223333:role/AppRole';
const FINANCE = { department: 'finance' };

describe('lab least-privilege-context', () => {
  it('passes a key policy statement for AppRole with a context condition', async () => {
    const lab = await startLab('least-privilege-context');
    await addStatements(lab.client(), lab.facts.financeKeyId!, {
      Sid: 'AppRoleFinanceOnly',
      Effect: 'Allow',
      Principal: { AWS: APP_ROLE },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:department': 'finance' } },
    });
    const app = lab.client(lab.keyOf('AppRole'));
    await app.send(new EncryptCommand({ KeyId: 'alias/finance-data', Plaintext: utf8('q3'), EncryptionContext: FINANCE }));
    expect(await failsWith(app.send(new EncryptCommand({ KeyId: 'alias/finance-data', Plaintext: utf8('q3') })))).toBe(
      'AccessDeniedException',
    );
    expectAllHeld(await lab.check());
  });

  it('passes the same rule written as an IAM policy on a new AppRole', async () => {
    const lab = await startLab('least-privilege-context');
    const keyArn = `arn:aws:kms:us-east-1:111122223333:key/${lab.facts.financeKeyId}`;
    lab.ws.kms.iam.deleteIdentity(APP_ROLE);
    const role = lab.ws.kms.iam.createRole({
      roleName: 'AppRole',
      policies: {
        Finance: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['kms:Encrypt', 'kms:Decrypt'],
              Resource: keyArn,
              Condition: { StringEquals: { 'kms:EncryptionContext:department': 'finance' } },
            },
          ],
        },
      },
    });
    await lab.client(role.accessKeyId).send(new EncryptCommand({ KeyId: keyArn, Plaintext: utf8('q3'), EncryptionContext: FINANCE }));
    expectAllHeld(await lab.check());
  });

  it('fails kms:* for everyone, naming who else gets in', async () => {
    const lab = await startLab('least-privilege-context');
    await addStatements(lab.client(), lab.facts.financeKeyId!, { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' });
    await lab
      .client(lab.keyOf('AppRole'))
      .send(new EncryptCommand({ KeyId: 'alias/finance-data', Plaintext: utf8('q3'), EncryptionContext: FINANCE }));
    const result = await lab.check();
    expect(conditionOf(result, 'use').held).toBe(true);
    expect(conditionOf(result, 'proved').held).toBe(true);
    expect(conditionOf(result, 'context-required').held).toBe(false);
    expect(conditionOf(result, 'nothing-else').message).toMatch(/AppRole can also call kms:/);
    const nobody = conditionOf(result, 'nobody-else');
    expect(nobody.held).toBe(false);
    expect(nobody.message).toContain('"*"');
  });

  it('fails a statement without the context condition', async () => {
    const lab = await startLab('least-privilege-context');
    await addStatements(lab.client(), lab.facts.financeKeyId!, {
      Effect: 'Allow',
      Principal: { AWS: APP_ROLE },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    });
    const c = conditionOf(await lab.check(), 'context-required');
    expect(c.held).toBe(false);
    expect(c.message).toContain('with no encryption context');
    expect(c.message).toContain('kms:EncryptionContext:department');
  });

  it('fails when AppRole gets every action under the right condition', async () => {
    const lab = await startLab('least-privilege-context');
    await addStatements(lab.client(), lab.facts.financeKeyId!, {
      Effect: 'Allow',
      Principal: { AWS: APP_ROLE },
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:department': 'finance' } },
    });
    const result = await lab.check();
    expect(conditionOf(result, 'context-required').held).toBe(true);
    expect(conditionOf(result, 'nothing-else').held).toBe(false);
    expect(conditionOf(result, 'nothing-else').message).toContain('kms:GenerateDataKey');
  });
});
