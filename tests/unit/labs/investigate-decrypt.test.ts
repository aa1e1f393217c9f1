import { DecryptCommand, DisableKeyCommand, TagResourceCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { addStatements, bytesOf, conditionOf, expectAllHeld, failsWith, startLab } from './helpers';

const BLOCK = {
  Sid: 'BlockContractor',
  Effect: 'Deny',
  Principal: { AWS: 'arn:aws:iam::111122223333:user/contractor-bo' },
  Action: 'kms:*',
  Resource: '*',
};

async function tag(lab: Awaited<ReturnType<typeof startLab>>, who: string, where: string) {
  await lab.client().send(
    new TagResourceCommand({
      KeyId: lab.facts.keyId,
      Tags: [
        { TagKey: 'DecryptedBy', TagValue: who },
        { TagKey: 'DecryptedIn', TagValue: where },
      ],
    }),
  );
}

describe('lab investigate-decrypt', () => {
  it('has the answer in the audit trail, with a failed attempt by someone else', async () => {
    const lab = await startLab('investigate-decrypt');
    const s = await lab.snapshot();
    const onInvoice = s.events.filter(
      (e) => e.name === 'Decrypt' && (e.request?.encryptionContext as { invoice?: string })?.invoice === 'INV-7731',
    );
    expect(onInvoice.map((e) => [e.callerArn.split('/').pop(), e.region, e.errorCode ?? 'ok'])).toEqual([
      ['contractor-bo', 'eu-west-1', 'ok'],
    ]);
    const failed = s.events.filter((e) => e.name === 'Decrypt' && e.errorCode === 'InvalidCiphertextException');
    expect(failed.map((e) => e.callerArn.split('/').pop())).toEqual(['support-ana']);
  });

  it('passes the right tags and a Deny on the primary and the replica', async () => {
    const lab = await startLab('investigate-decrypt');
    await tag(lab, 'contractor-bo', 'eu-west-1');
    await addStatements(lab.client(), lab.facts.keyId!, BLOCK);
    await addStatements(lab.client(undefined, 'eu-west-1'), lab.facts.keyId!, BLOCK);
    expect(
      await failsWith(
        lab
          .client(lab.keyOf('contractor-bo'), 'eu-west-1')
          .send(new DecryptCommand({ CiphertextBlob: bytesOf(lab.facts.ciphertext), EncryptionContext: { invoice: 'INV-7731' } })),
      ),
    ).toBe('AccessDeniedException');
    expectAllHeld(await lab.check());
  });

  it('fails the wrong person and Region, without giving the answer away', async () => {
    const lab = await startLab('investigate-decrypt');
    await tag(lab, 'support-ana', 'us-east-1');
    const result = await lab.check();
    expect(conditionOf(result, 'who').message).toContain('"support-ana", which is not who decrypted');
    expect(conditionOf(result, 'where').message).toContain('"us-east-1"');
    for (const c of result) expect(c.message).not.toContain('contractor-bo');
  });

  it('fails a Deny on the primary only: the replica has its own policy', async () => {
    const lab = await startLab('investigate-decrypt');
    await tag(lab, 'arn:aws:iam::111122223333:user/contractor-bo', 'eu-west-1');
    await addStatements(lab.client(), lab.facts.keyId!, BLOCK);
    const result = await lab.check();
    expect(conditionOf(result, 'who').held).toBe(true);
    expect(conditionOf(result, 'blocked').message).toContain('can still decrypt in eu-west-1');
  });

  it('fails disabling the key: everyone else loses access', async () => {
    const lab = await startLab('investigate-decrypt');
    await tag(lab, 'contractor-bo', 'eu-west-1');
    await lab.client().send(new DisableKeyCommand({ KeyId: lab.facts.keyId }));
    await lab.client(undefined, 'eu-west-1').send(new DisableKeyCommand({ KeyId: lab.facts.keyId }));
    const result = await lab.check();
    expect(conditionOf(result, 'others-unaffected').held).toBe(false);
    expect(conditionOf(result, 'others-unaffected').message).toContain('support-ana can no longer decrypt');
  });
});
