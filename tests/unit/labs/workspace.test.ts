import { CreateGrantCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { ensureLabSeeded, readLabState, seedLab, takeSnapshot } from '@/labs/registry';
import { createTestWorkspace, startLab, utf8 } from './helpers';

describe('lab workspaces', () => {
  it('sets a lab up once: a second ensure keeps the learner’s work', async () => {
    const ws = createTestWorkspace();
    const first = await ensureLabSeeded('rotation-old-ciphertext', ws);
    expect(first?.facts.keyId).toBeTruthy();
    await ws.kms.call('CreateKey', { Description: 'mine' }, { region: 'us-east-1' });
    const again = await ensureLabSeeded('rotation-old-ciphertext', ws);
    expect(again?.facts.keyId).toBe(first?.facts.keyId);
    const snapshot = await takeSnapshot('rotation-old-ciphertext', ws);
    expect(snapshot.keys.map((k) => k.description).sort()).toEqual(['Finance ledger', 'mine']);
  });

  it('starts the learner’s clock after the setup, so starting events and the learner’s never share a second', async () => {
    const ws = createTestWorkspace();
    const state = await seedLab('safe-deletion', ws);
    expect(ws.clock.now() - state.setupEndedAt).toBe(60_000);
    await ws.kms.call('DescribeKey', { KeyId: state.facts.keyId! }, { region: 'us-east-1' });
    const events = (await takeSnapshot('safe-deletion', ws)).events;
    expect(events.filter((e) => !e.fromSetup).map((e) => e.name)).toEqual(['DescribeKey']);
    expect(events.filter((e) => e.fromSetup).length).toBeGreaterThan(5);
  });

  it('clears an interrupted setup before setting the lab up again, and ignores unknown labs', async () => {
    const ws = createTestWorkspace();
    await ws.kms.call('CreateKey', { Description: 'left over' }, { region: 'us-east-1' });
    const state = await ensureLabSeeded('four-kb-limit', ws);
    const snapshot = await takeSnapshot('four-kb-limit', ws);
    expect(snapshot.keys.map((k) => k.description)).toEqual(['Signed contracts']);
    expect(state?.version).toBe(1);
    expect(await ensureLabSeeded('no-such-lab', ws)).toBeUndefined();
    await expect(seedLab('no-such-lab', ws)).rejects.toThrow('There is no lab "no-such-lab"');
    expect(await readLabState('another-lab', ws)).toBeUndefined();
  });

  it('gives checkers no key material, grant token or plaintext', async () => {
    const lab = await startLab('grant-batch-job');
    const grant = await lab
      .client()
      .send(new CreateGrantCommand({ KeyId: lab.facts.keyId, GranteePrincipal: lab.facts.roleArn, Operations: ['Decrypt'] }));
    await lab.client().send(new EncryptCommand({ KeyId: 'alias/batch-data', Plaintext: utf8('TOP-SECRET-PLAINTEXT') }));
    const snapshot = await lab.snapshot();
    const text = JSON.stringify(snapshot);
    expect(text).not.toContain(grant.GrantToken!);
    expect(text).not.toContain('TOP-SECRET-PLAINTEXT');
    const walk = (v: unknown): boolean =>
      v instanceof CryptoKey || v instanceof Uint8Array || (typeof v === 'object' && v !== null && Object.values(v).some(walk));
    expect(walk(snapshot)).toBe(false);
    expect(snapshot.grants).toHaveLength(1);
  });
});
