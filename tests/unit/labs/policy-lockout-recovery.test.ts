import { EnableKeyRotationCommand, GetKeyPolicyCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

describe('lab policy-lockout-recovery', () => {
  it('starts with KeyAdmin locked out, and the refusal in the audit trail', async () => {
    const lab = await startLab('policy-lockout-recovery');
    const s = await lab.snapshot();
    expect(s.events.some((e) => e.name === 'EnableKeyRotation' && e.errorCode === 'AccessDeniedException')).toBe(true);
    const c = conditionOf(lab.lab.check(s), 'admin-back');
    expect(c.held).toBe(false);
    expect(c.message).toContain('created again');
  });

  it('passes the same policy saved again by root, then rotation turned on by KeyAdmin', async () => {
    const lab = await startLab('policy-lockout-recovery');
    const root = lab.client();
    const KeyId = lab.facts.keyId;
    const { Policy } = await root.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }));
    await root.send(new PutKeyPolicyCommand({ KeyId, PolicyName: 'default', Policy }));
    await lab.client(lab.keyOf('KeyAdmin')).send(new EnableKeyRotationCommand({ KeyId }));
    expectAllHeld(await lab.check());
  });

  it('fails opening the key to everyone to get back in', async () => {
    const lab = await startLab('policy-lockout-recovery');
    await addStatements(lab.client(), lab.facts.keyId!, { Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' });
    await lab.client(lab.keyOf('KeyAdmin')).send(new EnableKeyRotationCommand({ KeyId: lab.facts.keyId }));
    const result = await lab.check();
    expect(conditionOf(result, 'admin-back').held).toBe(true);
    expect(conditionOf(result, 'admin-proved').held).toBe(true);
    expect(conditionOf(result, 'not-open').held).toBe(false);
    expect(conditionOf(result, 'app-not-admin').held).toBe(false);
    expect(conditionOf(result, 'not-open').message).toContain('"*"');
  });

  it('fails a repair that drops AppRole', async () => {
    const lab = await startLab('policy-lockout-recovery');
    const root = lab.client();
    const KeyId = lab.facts.keyId;
    const { Policy } = await root.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }));
    const doc = JSON.parse(Policy!) as { Statement: { Sid: string }[] };
    doc.Statement = doc.Statement.filter((s) => s.Sid !== 'KeyUsers');
    await root.send(new PutKeyPolicyCommand({ KeyId, PolicyName: 'default', Policy: JSON.stringify(doc) }));
    const c = conditionOf(await lab.check(), 'app-works');
    expect(c.held).toBe(false);
    expect(c.message).toContain('AppRole can no longer call kms:Encrypt');
  });

  it('refuses KeyAdmin until the policy is saved again', async () => {
    const lab = await startLab('policy-lockout-recovery');
    expect(await failsWith(lab.client(lab.keyOf('KeyAdmin')).send(new EnableKeyRotationCommand({ KeyId: lab.facts.keyId })))).toBe(
      'AccessDeniedException',
    );
  });
});
