/**
 * Browser side of `npm run bench:kms`: Encrypt+Decrypt of 4 KB through the simulator's direct API and
 * through the real AWS SDK, against raw WebCrypto AES-GCM encrypt+decrypt of 4 KB, in one page and run;
 * then the signing operations that run outside WebCrypto against raw WebCrypto ECDSA signing.
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

  // The same core from the baseline commit, when given (BENCH_BASELINE), for a before/after ratio.
  const base = baseline?.createBareKms();
  const baseKey = base && (await base.call('CreateKey', {}, ctx)).KeyMetadata!.KeyId!;
  const directBareBaseline: Op = async () => {
    const enc = await base!.call('Encrypt', { KeyId: baseKey!, Plaintext: data, EncryptionContext: { app: 'bench' } }, ctx);
    await base!.call('Decrypt', { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'bench' } }, ctx);
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
  const phase1: Record<string, Op> = { raw, blobOnly, direct, directBare, ...(base ? { directBareBaseline } : {}) };
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
    ratioBareToBaseline: base ? pairedRatio(all, 'directBare', 'directBareBaseline') : undefined,
    ratioSdk: pairedRatio(all, 'sdk', 'rawSdkPhase'),
    ratiosPerRound: perRound,
    auditEvents: full.audit.list().length,
  };
}

/** What the signing phase needs from a simulator build: this one, or a baseline built from another commit. */
type KmsBuild = { createBareKms: typeof createBareKms };

/**
 * A simulator built from another commit (`BENCH_BASELINE=<commit> npm run bench:kms`), handed to
 * {@link startBench} by the page bench-kms.mjs builds, so both builds run side by side in one page.
 */
let baseline: KmsBuild | undefined;

/**
 * Sign/Verify/GenerateMac contenders of one simulator build (core direct API): the operations that run
 * outside WebCrypto (DIGEST signatures, HMAC_224, secp256k1). `withSecp256k1` is false for builds
 * that do not have the key spec.
 */
async function signingContenders(build: KmsBuild, suffix: string, withSecp256k1: boolean): Promise<Record<string, Op>> {
  const ctx = { region: 'us-east-1' };
  const kms = build.createBareKms();
  const keyOf = async (KeySpec: string, KeyUsage: string) =>
    (await kms.call('CreateKey', { KeySpec, KeyUsage } as never, ctx)).KeyMetadata!.KeyId!;
  const digest = crypto.getRandomValues(new Uint8Array(32));
  const digest512 = crypto.getRandomValues(new Uint8Array(64));
  const message = crypto.getRandomValues(new Uint8Array(256));
  const p256 = await keyOf('ECC_NIST_P256', 'SIGN_VERIFY');
  const p521 = await keyOf('ECC_NIST_P521', 'SIGN_VERIFY');
  const rsa = await keyOf('RSA_2048', 'SIGN_VERIFY');
  const hmac = await keyOf('HMAC_224', 'GENERATE_VERIFY_MAC');
  const sign = (KeyId: string, Message: Uint8Array, SigningAlgorithm: string, MessageType = 'DIGEST') =>
    kms.call('Sign', { KeyId, Message, MessageType, SigningAlgorithm } as never, ctx);
  const p256Sig = (await sign(p256, digest, 'ECDSA_SHA_256')).Signature!;
  const ops: Record<string, Op> = {
    [`signDigestP256${suffix}`]: () => sign(p256, digest, 'ECDSA_SHA_256'),
    [`signDigestP521${suffix}`]: () => sign(p521, digest512, 'ECDSA_SHA_512'),
    [`signDigestRsa2048${suffix}`]: () => sign(rsa, digest, 'RSASSA_PKCS1_V1_5_SHA_256'),
    [`verifyDigestP256${suffix}`]: () =>
      kms.call(
        'Verify',
        { KeyId: p256, Message: digest, MessageType: 'DIGEST', Signature: p256Sig, SigningAlgorithm: 'ECDSA_SHA_256' },
        ctx,
      ),
    [`macHmac224${suffix}`]: () => kms.call('GenerateMac', { KeyId: hmac, Message: message, MacAlgorithm: 'HMAC_SHA_224' }, ctx),
  };
  if (withSecp256k1) {
    const k1 = await keyOf('ECC_SECG_P256K1', 'SIGN_VERIFY');
    const k1Sig = (await sign(k1, message, 'ECDSA_SHA_256', 'RAW')).Signature!;
    ops[`signRawK1${suffix}`] = () => sign(k1, message, 'ECDSA_SHA_256', 'RAW');
    ops[`verifyRawK1${suffix}`] = () =>
      kms.call('Verify', { KeyId: k1, Message: message, Signature: k1Sig, SigningAlgorithm: 'ECDSA_SHA_256' }, ctx);
  }
  return ops;
}

/**
 * The signing phase: this build's (and the baseline's, when given) signing contenders against raw
 * WebCrypto ECDSA P-256 signing of a 256-byte message with a non-extractable key, interleaved.
 */
async function benchSigning(roundMs: number, rounds: number) {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const message = crypto.getRandomValues(new Uint8Array(256));
  const rawSign: Op = () => crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, message);
  const contenders: Record<string, Op> = {
    rawSign,
    ...(await signingContenders({ createBareKms }, '', true)),
    ...(baseline ? await signingContenders(baseline, '@baseline', false) : {}),
  };
  const sizes = await batchSizes(contenders, 1000);
  const all: Samples = {};
  for (let r = 0; r < rounds; r++) concat(all, await interleaved(contenders, roundMs, sizes));
  const names = Object.keys(contenders).filter((n) => n !== 'rawSign' && !n.endsWith('@baseline'));
  return {
    cycles: all.rawSign!.length,
    rawSignOpsPerSecond: opsPerSecond(all.rawSign!),
    rows: names.map((name) => ({
      name,
      opsPerSecond: opsPerSecond(all[name]!),
      ratioToRaw: pairedRatio(all, name, 'rawSign'),
      baselineOpsPerSecond: all[`${name}@baseline`] ? opsPerSecond(all[`${name}@baseline`]!) : undefined,
      speedupOverBaseline: all[`${name}@baseline`] ? pairedRatio(all, name, `${name}@baseline`) : undefined,
    })),
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

/**
 * Called by the page bench-kms.mjs builds (a call, not a bare import: the package declares its modules
 * free of side effects, so a bare import of this file would be dropped from the build). Exposes the
 * benchmarks to the driver and says the page is ready.
 */
export function startBench(baselineBuild?: KmsBuild): void {
  baseline = baselineBuild;
  const g = globalThis as unknown as { runBench: typeof bench; runSigningBench: typeof benchSigning; profileFull: typeof profileFull };
  g.runBench = bench;
  g.runSigningBench = benchSigning;
  g.profileFull = profileFull;
  document.title = 'bench-ready';
}
