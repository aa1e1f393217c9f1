/**
 * Browser side of `npm run bench:kms`: Encrypt+Decrypt of 4 KB through the simulator's direct API and
 * through the real AWS SDK, against raw WebCrypto AES-GCM encrypt+decrypt of 4 KB, in one page and run.
 * Rounds alternate between the contenders so they share the same machine conditions.
 */
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { createBareKms, createKms, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY } from '../src/kms';
import { createSymmetricMaterial, decryptBlob, encryptBlob, readBlobHeader } from '../src/kms/crypto/symmetric';

type Op = () => Promise<unknown>;

/**
 * Runs the contenders interleaved in small batches for `ms` in total, accumulating each one's own time:
 * every contender sees the same machine load (other processes on a shared machine swing results by 2x+).
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function interleaved(contenders: Record<string, Op>, ms: number, batch = 10): Promise<Record<string, number>> {
  const time: Record<string, number> = {};
  const count: Record<string, number> = {};
  for (const name of Object.keys(contenders)) (time[name] = 0), (count[name] = 0);
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const [name, fn] of Object.entries(contenders)) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) await fn();
      time[name]! += performance.now() - t0;
      count[name]! += batch;
    }
  }
  return Object.fromEntries(Object.keys(contenders).map((k) => [k, (count[k]! * 1000) / time[k]!]));
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
  const results: Record<string, number[]> = { raw: [], blobOnly: [], direct: [], directBare: [], rawSdkPhase: [], sdk: [] };
  await interleaved(phase1, 500); // warm-up (JIT, caches)
  for (let r = 0; r < rounds; r++) {
    const round = await interleaved(phase1, roundMs);
    for (const [name, v] of Object.entries(round)) results[name]!.push(v);
  }
  await interleaved(phase2, 500);
  for (let r = 0; r < Math.max(1, Math.ceil(rounds / 2)); r++) {
    const round = await interleaved(phase2, roundMs);
    results.rawSdkPhase!.push(round.raw!);
    results.sdk!.push(round.sdk!);
  }
  const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
  // Ratios are taken within each round (the contenders ran interleaved there, under the same load) and
  // the median of those is reported: on a shared machine the load swings between rounds, so a ratio of
  // medians taken from different rounds is noisier than the median of paired ratios.
  const pairedRatio = (name: string, base: string) => median(results[name]!.map((v, i) => v / results[base]![i]!));
  return {
    userAgent: navigator.userAgent,
    rounds,
    roundMs,
    opsPerSecond: m,
    ratioBlobOnly: pairedRatio('blobOnly', 'raw'),
    ratioDirect: pairedRatio('direct', 'raw'),
    ratioDirectBare: pairedRatio('directBare', 'raw'),
    ratioSdk: pairedRatio('sdk', 'rawSdkPhase'),
    ratiosPerRound: results.raw!.map((raw, i) => ({ blobOnly: results.blobOnly![i]! / raw, direct: results.direct![i]! / raw, directBare: results.directBare![i]! / raw })),
    auditEvents: full.audit.list().length,
  };
}

/** Runs only the full direct API (createKms) for `ms`, for `BENCH_PROFILE` CPU profiles of the access layer. */
async function profileFull(ms: number) {
  const ctx = { region: 'us-east-1' };
  const data = crypto.getRandomValues(new Uint8Array(4096));
  const full = createKms();
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
