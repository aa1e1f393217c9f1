import 'fake-indexeddb/auto';
import { ListKeysCommand } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT_ACCESS_KEY_ID } from '@/kms';

// kms-runtime reads localStorage; Node has none, so give it a small in-memory one.
const store = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
});

afterEach(() => {
  vi.resetModules();
  store.clear();
});

describe('kms-runtime', () => {
  it('shares one KMS and one client per Region and principal', async () => {
    const runtime = await import('@/lib/kms-runtime');
    expect(runtime.getAppKms()).toBe(runtime.getAppKms());
    expect(runtime.getKmsClient('us-east-1')).toBe(runtime.getKmsClient('us-east-1', ROOT_ACCESS_KEY_ID));
    expect(runtime.getKmsClient('us-east-1')).not.toBe(runtime.getKmsClient('eu-west-1'));
    const kms = await runtime.loadAppKms();
    await kms.call('CreateKey', {}, { region: 'eu-west-1' });
    const listed = await runtime.getKmsClient('eu-west-1').send(new ListKeysCommand({}));
    expect(listed.Keys).toHaveLength(1);
    expect(kms.audit.list().some((e) => e.eventName === 'ListKeys')).toBe(true);
  });

  it('moves the simulated clock forward and keeps the offset across reloads', async () => {
    const runtime = await import('@/lib/kms-runtime');
    const heard: number[] = [];
    runtime.subscribeClock(() => heard.push(runtime.getClockOffset()));
    runtime.advanceClock(86_400_000);
    runtime.advanceClock(-5); // ignored: time only moves forward
    expect(runtime.simulatedNow() - Date.now()).toBeGreaterThanOrEqual(86_400_000 - 50);
    expect(store.get('kmslab.clock.offset')).toBe('86400000');
    expect(heard).toEqual([86_400_000]);
    vi.resetModules();
    const reloaded = await import('@/lib/kms-runtime');
    expect(reloaded.getClockOffset()).toBe(86_400_000);
    reloaded.resetClock();
    expect(reloaded.getClockOffset()).toBe(0);
    expect(() => reloaded.setClockOffset(Number.NaN)).toThrow(RangeError);
  });
});
