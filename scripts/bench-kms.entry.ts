/**
 * Browser side of `npm run bench:kms`: Encrypt+Decrypt of 4 KB through the simulator's direct API and
 * through the real AWS SDK, against raw WebCrypto AES-GCM encrypt+decrypt of 4 KB, in one page and run.
 * Rounds alternate between the contenders so they share the same machine conditions.
 */
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { createBareKms, createKms, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '../src/kms';
import { createSymmetricMaterial, decryptBlob, encryptBlob, readBlobHeader } from '../src/kms/crypto/symmetric';

type Op = () => Promise<unknown>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Target duration of one timed batch: long against the timer's resolution, short against load swings. */
const BATCH_MS = 5;

/** Per contender, the time per op (ms) of each of its batches; index i = cycle i, so contenders pair up. */
type Samples = Record<string, number[]>;

/**
 * How many ops make a batch of about {@link BATCH_MS} for each contender (raw WebCrypto takes tens of
 * microseconds per op, the SDK path milliseconds; the browser's clock is coarse, 5-100 us), from the
 * median time per op of an interleaved warm-up (a single timing could land in a stall).
 */
async function batchSizes(contenders: Record<string, Op>, ms: number): Promise<Record<string, number>> {
  const warm = await interleaved(contenders, ms, Object.fromEntries(Object.keys(contenders).map((k) => [k, 3])));
  return Object.fromEntries(Object.entries(warm).map(([k, v]) => [k, Math.max(1, Math.min(1000, Math.round(BATCH_MS / median(v))))]));
}

/**
 * Runs the contenders interleaved for `ms`: each cycle runs one batch of every contender, back to back
 * (starting with a different contender each cycle, so none always follows the same one), and records
 * each batch's time per op. Contenders in one cycle ran within milliseconds of each other, under the
 * same machine load; on a shared machine (other processes swing throughput by 2x+ within seconds, and
 * can stall any batch) statistics over cycles are far steadier than totals.
 */
async function interleaved(contenders: Record<string, Op>, ms: number, sizes: Record<string, number>): Promise<Samples> {
  const names = Object.keys(contenders);
  const samples: Samples = Object.fromEntries(names.map((n) => [n, []]));
  const start = performance.now();
  for (let cycle = 0; performance.now() - start < ms; cycle++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(cycle + j) % names.length]!;
      const fn = contenders[name]!;
      const n = sizes[name]!;
      const t0 = performance.now();
      for (let i = 0; i < n; i++) await fn();
      samples[name]!.push((performance.now() - t0) / n);
    }
  }
  return samples;
}

/** Ops/s from the median time per op (a stalled batch is an outlier, not a shift). */
const opsPerSecond = (perOp: number[]) => 1000 / median(perOp);

/** Median over cycles of (base time per op / contender time per op): the contender's speed relative to base. */
const pairedRatio = (s: Samples, name: string, base: string) => median(s[name]!.map((d, i) => s[base]![i]! / d));

function concat(into: Samples, from: Samples, rename: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries(from)) (into[rename[k] ?? k] ??= []).push(...v);
}

async function bench(roundMs: number, rounds: number) {
  const ctx = { region: 'us-east-1' };
  const data = new Uint8Array(4096);
  crypto.getRandomValues(data);

  // Raw WebCrypto: the same work the simulator's crypto does, with no API around it.
  const rawKey = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const raw: Op = async () => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, rawKey, data);
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, rawKey, ct);
  };

  const full = createKms();
  const fullKey = (await full.call('CreateKey', {}, ctx)).KeyMetadata!.KeyId!;
  const direct: Op = async () => {
    const enc = await full.call('Encrypt', { KeyId: fullKey, Plaintext: data, EncryptionContext: { app: 'bench' } }, ctx);
    await full.call('Decrypt', { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'bench' } }, ctx);
  };

  const bare = createBareKms();
  const bareKey = (await bare.call('CreateKey', {}, ctx)).KeyMetadata!.KeyId!;
  const directBare: Op = async () => {
    const enc = await bare.call('Encrypt', { KeyId: bareKey, Plaintext: data, EncryptionContext: { app: 'bench' } }, ctx);
    await bare.call('Decrypt', { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'bench' } }, ctx);
  };

  const client = new KMSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: ROOT_ACCESS_KEY_ID, secretAccessKey: ROOT_SECRET_ACCESS_KEY },
    maxAttempts: 1,
    requestHandler: full.requestHandler,
  });
  const sdk: Op = async () => {
    const enc = await client.send(new EncryptCommand({ KeyId: fullKey, Plaintext: data, EncryptionContext: { app: 'bench' } }));
    await client.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { app: 'bench' } }));
  };

  // Correctness check before timing.
  const check = await full.call('Encrypt', { KeyId: fullKey, Plaintext: data }, ctx);
  const back = await full.call('Decrypt', { CiphertextBlob: check.CiphertextBlob! }, ctx);
  if (back.Plaintext!.some((b, i) => b !== data[i])) throw new Error('round trip failed');

  // The simulator's ciphertext format alone (header, context AAD, AES-GCM), without the API around it.
  const material = await createSymmetricMaterial((b) => crypto.getRandomValues(b), 0);
  const rnd = (b: Uint8Array) => void crypto.getRandomValues(b);
  const blobOnly: Op = async () => {
    const b = await encryptBlob('111122223333', bareKey, material, data, { app: 'bench' }, rnd);
    await decryptBlob(b, readBlobHeader(b)!, material, { app: 'bench' });
  };

  // Phase 1: the direct API against raw WebCrypto. Phase 2: the SDK path against raw WebCrypto. The SDK
  // path makes far more garbage; keeping it out of phase 1 stops its GC pauses landing on the others.
  const phase1: Record<string, Op> = { raw, blobOnly, direct, directBare };
  const phase2: Record<string, Op> = { raw, sdk };
  const all: Samples = {};
  const perRound: Array<Record<string, number>> = [];
  const sizes1 = await batchSizes(phase1, 1000); // also the warm-up (JIT, caches)
  for (let r = 0; r < rounds; r++) {
    const round = await interleaved(phase1, roundMs, sizes1);
    concat(all, round);
    perRound.push({
      blobOnly: pairedRatio(round, 'blobOnly', 'raw'),
      direct: pairedRatio(round, 'direct', 'raw'),
      directBare: pairedRatio(round, 'directBare', 'raw'),
    });
  }
  const sizes2 = await batchSizes(phase2, 1000);
  for (let r = 0; r < Math.max(1, Math.ceil(rounds / 2)); r++)
    concat(all, await interleaved(phase2, roundMs, sizes2), { raw: 'rawSdkPhase' });
  const m = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, opsPerSecond(v)]));
  return {
    userAgent: navigator.userAgent,
    rounds,
    roundMs,
    cycles: all.raw!.length,
    batchSizes: { ...sizes1, sdk: sizes2.sdk! },
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    opsPerSecond: m,
    ratioBlobOnly: pairedRatio(all, 'blobOnly', 'raw'),
    ratioDirect: pairedRatio(all, 'direct', 'raw'),
    ratioDirectBare: pairedRatio(all, 'directBare', 'raw'),
    ratioSdk: pairedRatio(all, 'sdk', 'rawSdkPhase'),
    ratiosPerRound: perRound,
    auditEvents: full.audit.list().length,
  };
}

/** Runs only the direct API (`createKms`, or `createBareKms` for 'bare') for `ms`, for `BENCH_PROFILE` CPU profiles. */
async function profileFull(ms: number, target = 'full') {
  const ctx = { region: 'us-east-1' };
  const data = crypto.getRandomValues(new Uint8Array(4096));
  const full = target === 'bare' ? createBareKms() : createKms();
  const keyId = (await full.call('CreateKey', {}, ctx)).KeyMetadata!.KeyId!;
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    const enc = await full.call('Encrypt', { KeyId: keyId, Plaintext: data, EncryptionContext: { app: 'bench' } }, ctx);
    await full.call('Decrypt', { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'bench' } }, ctx);
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

(globalThis as unknown as { runBench: typeof bench; profileFull: typeof profileFull }).runBench = bench;
(globalThis as unknown as { profileFull: typeof profileFull }).profileFull = profileFull;
document.title = 'bench-ready';
