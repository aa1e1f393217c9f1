import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as runtime from '@/lib/kms-runtime';

type KmsRuntime = typeof runtime;

// The data hook's own logic (when to read, what to show meanwhile, which answer wins), with the
// simulator replaced by a controllable reader: the real SDK path is covered by the browser tests.
const reads: { region: string; accessKeyId: string; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
vi.mock('@/lib/kms-runtime', async (importOriginal) => {
  const actual = await importOriginal<KmsRuntime>();
  return {
    ...actual,
    loadAppKms: () => Promise.resolve({}),
    getKmsClient: (region: string, accessKeyId: string) => ({ region, accessKeyId }),
  };
});

const { useLabData, notifyLabChanged, useLabContext, LAB_REGIONS } = await import('@/lib/lab');
const { advanceClock, resetClock } = await import('@/lib/kms-runtime');
const { LAB_CONTEXT_STORAGE_KEY } = await import('@/lib/lab/lab-context');

function Reader({ region, accessKeyId, item }: { region: string; accessKeyId: string; item: string }) {
  const data = useLabData({ region, accessKeyId }, ['item', item], (client) => {
    const { region: r, accessKeyId: a } = client as unknown as { region: string; accessKeyId: string };
    return new Promise<string>((resolve, reject) => reads.push({ region: r, accessKeyId: a, resolve, reject }));
  });
  return (
    <output>{data.status === 'ok' ? data.data : data.status === 'error' ? `${data.error.name}: ${data.error.message}` : 'waiting'}</output>
  );
}

const settle = () => act(async () => {});
const answer = async (i: number, value: string) => {
  await act(async () => reads[i]!.resolve(value));
};

beforeEach(() => {
  reads.length = 0;
  resetClock();
});
afterEach(() => resetClock());

describe('useLabData', () => {
  it('reads as the given principal in the given Region, and again after a lab change, keeping the last answer meanwhile', async () => {
    render(<Reader region="eu-west-1" accessKeyId="AKIAEXAMPLE000000001" item="keys" />);
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('waiting');
    expect(reads[0]).toMatchObject({ region: 'eu-west-1', accessKeyId: 'AKIAEXAMPLE000000001' });
    await answer(0, 'two keys');
    expect(screen.getByRole('status')).toHaveTextContent('two keys');

    act(() => notifyLabChanged());
    await settle();
    expect(reads).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('two keys');
    await answer(1, 'three keys');
    expect(screen.getByRole('status')).toHaveTextContent('three keys');
  });

  it('reads again when the simulated clock moves', async () => {
    render(<Reader region="us-east-1" accessKeyId="AKIAEXAMPLE000000001" item="rotations" />);
    await settle();
    await answer(0, 'no rotation');
    act(() => advanceClock(91 * 24 * 3600 * 1000));
    await settle();
    expect(reads).toHaveLength(2);
    await answer(1, 'rotated once');
    expect(screen.getByRole('status')).toHaveTextContent('rotated once');
  });

  it('shows loading for a new principal, and drops the answer that arrives for the old one', async () => {
    const { rerender } = render(<Reader region="us-east-1" accessKeyId="AKIAEXAMPLE000000001" item="keys" />);
    await settle();
    rerender(<Reader region="us-east-1" accessKeyId="AKIAEXAMPLE000000002" item="keys" />);
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('waiting');
    await answer(0, 'root sees 3 keys');
    expect(screen.getByRole('status')).toHaveTextContent('waiting');
    await answer(1, 'alice sees 1 key');
    expect(screen.getByRole('status')).toHaveTextContent('alice sees 1 key');
  });

  it('an AWS error becomes its exception name and message', async () => {
    render(<Reader region="us-east-1" accessKeyId="AKIAEXAMPLE000000001" item="grants" />);
    await settle();
    const denied = Object.assign(new Error('User is not authorized to perform: kms:ListGrants'), { name: 'AccessDeniedException' });
    await act(async () => reads[0]!.reject(denied));
    expect(screen.getByRole('status')).toHaveTextContent('AccessDeniedException: User is not authorized to perform: kms:ListGrants');
  });
});

describe('lab context', () => {
  it('keeps a valid Region and principal in sessionStorage and ignores anything else', () => {
    const { setLabContext } = useLabContext.getState();
    act(() => setLabContext({ region: LAB_REGIONS[1].id, accessKeyId: 'AKIAEXAMPLE000000009' }));
    expect(useLabContext.getState()).toMatchObject({ region: 'eu-west-1', accessKeyId: 'AKIAEXAMPLE000000009' });
    expect(JSON.parse(sessionStorage.getItem(LAB_CONTEXT_STORAGE_KEY)!)).toEqual({
      region: 'eu-west-1',
      accessKeyId: 'AKIAEXAMPLE000000009',
    });
    act(() => setLabContext({ region: 'mars-north-1', accessKeyId: 'not a key' }));
    expect(useLabContext.getState()).toMatchObject({ region: 'eu-west-1', accessKeyId: 'AKIAEXAMPLE000000009' });
  });

  it('a new page load starts from what this tab chose, and from the root in us-east-1 when the saved value is damaged', async () => {
    sessionStorage.setItem(LAB_CONTEXT_STORAGE_KEY, JSON.stringify({ region: 'ap-southeast-2', accessKeyId: 'AKIAEXAMPLE000000007' }));
    vi.resetModules();
    const fresh = await import('@/lib/lab/lab-context');
    expect(fresh.useLabContext.getState()).toMatchObject({ region: 'ap-southeast-2', accessKeyId: 'AKIAEXAMPLE000000007' });
    sessionStorage.setItem(LAB_CONTEXT_STORAGE_KEY, '{not json');
    vi.resetModules();
    const damaged = await import('@/lib/lab/lab-context');
    expect(damaged.useLabContext.getState()).toMatchObject({ region: 'us-east-1', accessKeyId: 'AKIAKMSLABROOT0000001' });
  });
});
