// The idb library wraps IDBRequest, IDBTransaction, ... by global name: install them all.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import type * as Runtime from '@/lib/kms-runtime';
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';

// kms-runtime keeps the clock in localStorage and the current workspace in sessionStorage; Node has neither.
function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}
const local = fakeStorage();
const session = fakeStorage();
vi.stubGlobal('localStorage', local);
vi.stubGlobal('sessionStorage', session);

beforeEach(() => {
  // A fresh IndexedDB per test: every test starts from an empty browser.
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.resetModules();
  local.data.clear();
  session.data.clear();
});

const aliasNames = async (runtime: typeof Runtime) =>
  ((await runtime.getKmsClient('us-east-1').send(new ListAliasesCommand({}))).Aliases ?? [])
    .map((a) => a.AliasName!)
    .filter((n) => !n.startsWith('alias/aws/'))
    .sort();

describe('kms-runtime workspaces', () => {
  it('keeps the learner’s own lab where it was, and opens a lab in its own starting state', async () => {
    const runtime = await import('@/lib/kms-runtime');
    expect(runtime.currentWorkspaceId()).toBe('own');
    const own = await runtime.loadAppKms();
    await own.call('CreateKey', { Description: 'my own key' }, { region: 'us-east-1' });
    await own.call(
      'CreateAlias',
      { AliasName: 'alias/mine', TargetKeyId: (await own.call('ListKeys', {}, { region: 'us-east-1' })).Keys![0]!.KeyId! },
      { region: 'us-east-1' },
    );

    runtime.setCurrentWorkspace(runtime.labWorkspaceId('four-kb-limit'));
    expect(session.data.get('kmslab.workspace')).toBe('lab:four-kb-limit');
    const lab = await runtime.loadAppKms();
    expect(lab).not.toBe(own);
    expect(await aliasNames(runtime)).toEqual(['alias/contracts']);

    runtime.setCurrentWorkspace('own');
    expect(session.data.has('kmslab.workspace')).toBe(false);
    expect(await aliasNames(runtime)).toEqual(['alias/mine']);
  });

  it('resets one lab to its starting state without touching the learner’s lab or another lab', async () => {
    const runtime = await import('@/lib/kms-runtime');
    const own = await runtime.loadAppKms();
    await own.call('CreateKey', { Description: 'my own key' }, { region: 'us-east-1' });
    const other = (await runtime.loadWorkspace(runtime.labWorkspaceId('protect-app-secrets'))).kms;
    await other.call('CreateKey', { Description: 'work in another lab' }, { region: 'us-east-1' });

    const id = runtime.labWorkspaceId('rotation-old-ciphertext');
    runtime.setCurrentWorkspace(id);
    const lab = await runtime.loadAppKms();
    await lab.call('CreateKey', { Description: 'scratch' }, { region: 'us-east-1' });
    runtime.advanceClock(400 * 86_400_000);
    expect((await lab.call('ListKeys', {}, { region: 'us-east-1' })).Keys).toHaveLength(2);

    await runtime.resetWorkspace();
    const keys = await runtime.getKmsClient('us-east-1').send(new ListKeysCommand({}));
    expect(keys.Keys).toHaveLength(1);
    expect(await aliasNames(runtime)).toEqual(['alias/ledger']);
    // The lab clock restarts a minute after its setup; the learner's own clock never moved.
    expect(runtime.getClockOffset()).toBe(60_000);
    expect(runtime.getWorkspace('own').clock.offset()).toBe(0);
    expect((await own.call('ListKeys', {}, { region: 'us-east-1' })).Keys).toHaveLength(1);
    expect((await other.call('ListKeys', {}, { region: 'us-east-1' })).Keys).toHaveLength(1);
  });

  it('gives each workspace its own clock, and tells clock listeners when the workspace changes', async () => {
    const runtime = await import('@/lib/kms-runtime');
    const heard: number[] = [];
    const stop = runtime.subscribeClock(() => heard.push(runtime.getClockOffset()));
    runtime.advanceClock(86_400_000);
    runtime.setCurrentWorkspace(runtime.labWorkspaceId('safe-deletion'));
    runtime.advanceClock(5_000);
    runtime.setCurrentWorkspace('own');
    stop();
    runtime.advanceClock(1);
    expect(heard).toEqual([86_400_000, 0, 5_000, 86_400_000]);
    expect(local.data.get('kmslab.clock.offset')).toBe('86400001');
    expect(local.data.get('kmslab.lab.safe-deletion.clock')).toBe('5000');
  });

  it('reads a saved workspace back after a reload, and ignores one that cannot name a lab', async () => {
    session.data.set('kmslab.workspace', 'lab:grant-batch-job');
    const runtime = await import('@/lib/kms-runtime');
    expect(runtime.currentWorkspaceId()).toBe('lab:grant-batch-job');
    expect(runtime.labIdOf(runtime.currentWorkspaceId())).toBe('grant-batch-job');
    vi.resetModules();
    session.data.set('kmslab.workspace', 'lab:../../etc');
    const reloaded = await import('@/lib/kms-runtime');
    expect(reloaded.currentWorkspaceId()).toBe('own');
    expect(() => reloaded.labWorkspaceId('Bad Id')).toThrow(RangeError);
  });
});
