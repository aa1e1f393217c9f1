/** Shared test helpers: a simulator with a movable clock and an SDK client wired to it. */
import { KMSClient } from '@aws-sdk/client-kms';
import { createKms, createSeededRandom, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY, type CreateKmsOptions } from '@/kms';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2026, 0, 1);

/** A simulator whose clock tests can move: `clock.advance(days)`. */
export function setup(options: CreateKmsOptions = {}) {
  const clock = {
    t: T0,
    advance(days: number) {
      this.t += days * DAY;
    },
  };
  const kms = createKms({ now: () => clock.t, random: createSeededRandom('tests'), ...options });
  const client = (region = 'us-east-1', accessKeyId = ROOT_ACCESS_KEY_ID) =>
    new KMSClient({
      region,
      credentials: { accessKeyId, secretAccessKey: ROOT_SECRET_ACCESS_KEY },
      maxAttempts: 1,
      requestHandler: kms.requestHandler,
    });
  const call = kms.call.bind(kms);
  const ctx = { region: 'us-east-1' };
  return { kms, clock, client, call, ctx };
}

/** Runs a promise expected to fail; returns the error (fails the test when it succeeds). */
export async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; $metadata?: { httpStatusCode?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
export const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

/** A random source that hands out scripted byte strings in order, then zeros (known keys, nonces). */
export function scripted(...chunks: Uint8Array[]) {
  const queue = [...chunks];
  return (bytes: Uint8Array) => {
    const next = queue.shift();
    bytes.fill(0);
    if (next) bytes.set(next.subarray(0, bytes.length));
  };
}
