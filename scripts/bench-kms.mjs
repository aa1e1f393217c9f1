// `npm run bench:kms`: builds scripts/bench-kms.entry.ts with Vite, serves it on 127.0.0.1 (WebCrypto
// needs a secure context), runs it in headless Chromium and prints ops/s side by side:
// raw WebCrypto AES-GCM vs the simulator's direct API vs the AWS SDK path (Encrypt then Decrypt, 4 KB),
// then the signing operations that run outside WebCrypto (DIGEST signatures, HMAC_224, secp256k1)
// against raw WebCrypto ECDSA signing; BENCH_BASELINE=<commit> runs that commit's build of them alongside.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveIsolated } from './bench-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const roundMs = Number(process.env.BENCH_ROUND_MS ?? 1500);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
// BENCH_PROFILE=out.cpuprofile: instead of the benchmark, profile the full createKms() path (or the core
// alone with BENCH_PROFILE_TARGET=bare; unminified build) with the CDP Profiler and print the top
// functions by self and inclusive time.
const profileOut = process.env.BENCH_PROFILE;

const work = mkdtempSync(join(tmpdir(), 'bench-kms-'));
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const outDir = join(work, 'dist');
writeFileSync(
  join(work, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/entry.ts"></script>',
);
// BENCH_BASELINE=<commit>: also build src/kms of that commit and run its signing operations alongside
// (before/after ratios from one page). Its tree goes under node_modules/.cache so its imports resolve.
const baselineCommit = process.env.BENCH_BASELINE;
let baselineDir;
if (baselineCommit) {
  baselineDir = mkdtempSync(join(root, 'node_modules/.cache/bench-kms-baseline-'));
  execFileSync('sh', ['-c', `git -C "${root}" archive "${baselineCommit}" src | tar -x -C "${baselineDir}"`]);
}
writeFileSync(
  join(work, 'entry.ts'),
  `import { startBench } from ${JSON.stringify(join(root, 'scripts/bench-kms.entry.ts'))};\n` +
    (baselineDir
      ? `import * as baseline from ${JSON.stringify(join(baselineDir, 'src/kms/index.ts'))};\nstartBench(baseline);\n`
      : 'startBench();\n'),
);

await build({
  configFile: false,
  root: work,
  logLevel: 'warn',
  resolve: { alias: { '@': join(root, 'src') } },
  build: { outDir, target: 'es2022', minify: !profileOut, sourcemap: false },
});

const server = await serveIsolated(outDir);
const url = server.url;

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(url);
  await page.waitForFunction(() => document.title === 'bench-ready');
  if (profileOut) {
    await profile(page, profileOut);
  } else {
    const r = await page.evaluate(([ms, n]) => globalThis.runBench(ms, n), [roundMs, rounds]);
    const f = (x) => x.toFixed(0).padStart(8);
    console.log(`\nKMS Lab benchmark: Encrypt then Decrypt, 4,096-byte plaintext, headless Chromium`);
    console.log(`${r.userAgent}`);
    console.log(
      `${r.rounds} rounds of ${r.roundMs} ms (${r.cycles} cycles); each cycle runs one ~5 ms batch of every contender, back to back`,
    );
    console.log(
      `(ops per batch: ${Object.entries(r.batchSizes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; fine-grained clock: ${r.crossOriginIsolated}).`,
    );
    console.log(`ops/s from the median time per op; ratio = median over cycles of (raw time per op / contender time per op)\n`);
    console.log(`  raw WebCrypto AES-GCM encrypt+decrypt      ${f(r.opsPerSecond.raw)} ops/s`);
    console.log(`  ciphertext format only (no API)            ${f(r.opsPerSecond.blobOnly)} ops/s   ratio ${r.ratioBlobOnly.toFixed(2)}`);
    console.log(
      `  simulator direct API (kms.call, full)      ${f(r.opsPerSecond.direct)} ops/s   ratio ${r.ratioDirect.toFixed(2)}  (goal >= 0.5)`,
    );
    console.log(
      `  simulator direct API (core, no access)     ${f(r.opsPerSecond.directBare)} ops/s   ratio ${r.ratioDirectBare.toFixed(2)}`,
    );
    if (r.ratioBareToBaseline !== undefined)
      console.log(
        `  same core, built from ${baselineCommit.padEnd(22)} ${f(r.opsPerSecond.directBareBaseline)} ops/s   now ${r.ratioBareToBaseline.toFixed(2)}x as fast`,
      );
    console.log(
      `  AWS SDK path (KMSClient + requestHandler)  ${f(r.opsPerSecond.sdk)} ops/s   ratio ${r.ratioSdk.toFixed(2)}  (vs raw ${f(r.opsPerSecond.rawSdkPhase).trim()} ops/s measured alongside it)`,
    );
    console.log(
      `\n  ratio per round, full / core: ${r.ratiosPerRound.map((x) => `${x.direct.toFixed(2)} / ${x.directBare.toFixed(2)}`).join(',  ')}`,
    );
    console.log(`  "full" = createKms(): key policy evaluation + CloudTrail-shaped audit event per request (${r.auditEvents} kept).`);
    console.log(`  One op = one Encrypt + one Decrypt.\n`);
    const sg = await page.evaluate(([ms, n]) => globalThis.runSigningBench(ms, n), [roundMs, rounds]);
    console.log(`Signing outside WebCrypto (core direct API, one op = one call), ${sg.cycles} cycles:`);
    console.log(`  raw WebCrypto ECDSA P-256 sign (256 B)     ${f(sg.rawSignOpsPerSecond)} ops/s`);
    for (const row of sg.rows) {
      const base =
        row.speedupOverBaseline === undefined
          ? ''
          : `   ${baselineCommit}: ${f(row.baselineOpsPerSecond).trim()} ops/s, now ${row.speedupOverBaseline.toFixed(1)}x as fast`;
      console.log(`  ${row.name.padEnd(42)} ${f(row.opsPerSecond)} ops/s   ratio ${row.ratioToRaw.toFixed(2)}${base}`);
    }
    console.log('');
    if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ ...r, signing: sg }, null, 2));
  }
} finally {
  await browser.close();
  server.close();
  if (profileOut) cpSync(outDir, `${profileOut}.dist`, { recursive: true }); // the profiled code, for line numbers
  rmSync(work, { recursive: true, force: true });
  if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
}

/** CPU profile of the full direct API; prints self and inclusive time per function (top 25). */
async function profile(page, out) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const target = process.env.BENCH_PROFILE_TARGET ?? 'full'; // 'bare' profiles createBareKms()
  await page.evaluate((t) => globalThis.profileFull(1000, t), target); // warm-up
  await cdp.send('Profiler.start');
  const opsPerSecond = await page.evaluate(([ms, t]) => globalThis.profileFull(ms, t), [roundMs * 2, target]);
  const { profile: prof } = await cdp.send('Profiler.stop');
  writeFileSync(out, JSON.stringify(prof));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfHits = new Map();
  for (const s of prof.samples) selfHits.set(s, (selfHits.get(s) ?? 0) + 1);
  const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const incl = new Map();
  for (const [id, hits] of selfHits) {
    const n = byId.get(id);
    self.set(label(n), (self.get(label(n)) ?? 0) + hits);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur));
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + hits);
    }
  }
  const total = prof.samples.length;
  const top = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  console.log(`\n${target} direct API: ${opsPerSecond.toFixed(0)} ops/s while profiling; ${total} samples -> ${out}`);
  console.log(`\nself time:\n${top(self)}\n\ninclusive time:\n${top(incl)}\n`);
}
