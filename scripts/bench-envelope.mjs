#!/usr/bin/env node
// npm run bench:envelope — envelope encryption throughput and memory in headless Chromium.
//
// 1. Builds scripts/bench-envelope.html (+ .page.ts, which imports src/envelope) with Vite.
// 2. Serves it on 127.0.0.1 and opens it in headless Chromium (Playwright).
// 3. Throughput: one 256 MiB file through src/envelope vs raw WebCrypto AES-GCM over the same chunk
//    sizes from memory, same page, same pass, for several chunk sizes; then the page's own path (the
//    chunk loop in its Web Worker, reading a Blob) and Blob.stream() alone, for context.
// 4. Memory: streams 512 MiB through encryptEnvelope and decryptEnvelope while sampling the page's JS
//    heap over CDP (Runtime.getHeapUsage) after a forced GC at the start of each phase.
//
// Options (env): BENCH_MB (default 256), BENCH_MEMORY_MB (512), BENCH_CHUNKS (comma list of KiB,
// default 64,256,1024,4096), BENCH_CONCURRENCY (3), BENCH_PORT (4329), BENCH_REPS (5 passes; each pass runs
// every contender once over the whole input, in an order that rotates between passes; the ratio is taken
// per pass, side by side, and the median of those ratios is reported), BENCH_TRACE (print each
// contender's start time from the page: to find which one stalls if a run hangs).
//
// An earlier version cut the input into 32 slices of 8 MiB to fight drift; that made each slice a
// separate file, so the envelope paid its per-file cost (GenerateDataKey, key import, header hash and
// tag) 32 times and the ratio read 0.58-0.65 on a quiet machine where one 256 MiB file reads ~1.0.
import { build } from 'vite';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = '/tmp/kmslab-bench-envelope';
const MB = Number(process.env.BENCH_MB ?? 256);
const MEMORY_MB = Number(process.env.BENCH_MEMORY_MB ?? 512);
const CHUNKS = (process.env.BENCH_CHUNKS ?? '64,256,1024,4096').split(',').map((k) => Number(k) * 1024);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4329);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const DEFAULT_CHUNK = 1024 * 1024;

await build({
  configFile: false,
  root: join(root, 'scripts'),
  logLevel: 'warn',
  resolve: { alias: { '@': join(root, 'src') } },
  worker: { format: 'es' },
  build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(root, 'scripts/bench-envelope.html') } },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  try {
    const path = req.url === '/' ? '/bench-envelope.html' : (req.url ?? '/').split('?')[0];
    const body = await readFile(join(outDir, path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));

// A persistent profile (not Playwright's default off-the-record one): only then may Chromium move
// large Blobs to disk, as it does for a user's files; off the record, reading a 256 MiB Blob fails.
const profile = await mkdtemp(join(tmpdir(), 'kmslab-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const browser = {
  version: () => context.browser()?.version() ?? 'Chromium',
  close: async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
};
const fmt = (n) => n.toFixed(1).padStart(7);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${PORT}/${process.env.BENCH_TRACE ? '#trace' : ''}`);
  if (process.env.BENCH_TRACE) page.on('console', (m) => console.error(new Date().toISOString(), m.text()));
  await page.waitForFunction(() => document.title === 'ready');
  const cdp = await context.newCDPSession(page);

  console.log(
    `Chromium ${browser.version()}, one ${MB} MiB file per contender per pass, ${REPS} passes (medians), ${CONCURRENCY} chunks in flight\n`,
  );
  console.log(
    'chunk     | envelope enc | raw enc seq | raw enc pipe | ratio enc | envelope dec | raw dec seq | raw dec pipe | ratio dec   (MiB/s; ratio = envelope / best raw)',
  );
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const results = [];
  const blobRates = [];
  const workerRows = [];
  for (const chunk of CHUNKS) {
    // A warm-up pass so JIT and WebCrypto threads are ready, then REPS passes; medians reported.
    await page.evaluate(([c, n]) => window.benchThroughput(16, c, n, 0), [chunk, CONCURRENCY]);
    const reps = [];
    for (let i = 0; i < REPS; i++)
      reps.push(await page.evaluate(([mb, c, n, pass]) => window.benchThroughput(mb, c, n, pass), [MB, chunk, CONCURRENCY, i]));
    const r = Object.fromEntries(Object.keys(reps[0]).map((k) => [k, median(reps.map((x) => x[k]))]));
    // Ratio per pass (same pass, side by side), then the median of those ratios.
    const enc = median(reps.map((x) => x.envelopeEncryptMBps / Math.max(x.rawSequentialEncryptMBps, x.rawPipelinedEncryptMBps)));
    const dec = median(reps.map((x) => x.envelopeDecryptMBps / Math.max(x.rawSequentialDecryptMBps, x.rawPipelinedDecryptMBps)));
    const workerEnc = median(reps.map((x) => x.workerEncryptMBps / Math.max(x.rawSequentialEncryptMBps, x.rawPipelinedEncryptMBps)));
    const workerDec = median(reps.map((x) => x.workerDecryptMBps / Math.max(x.rawSequentialDecryptMBps, x.rawPipelinedDecryptMBps)));
    const spread = (xs) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`;
    const encRatios = reps.map((x) => x.envelopeEncryptMBps / Math.max(x.rawSequentialEncryptMBps, x.rawPipelinedEncryptMBps));
    const decRatios = reps.map((x) => x.envelopeDecryptMBps / Math.max(x.rawSequentialDecryptMBps, x.rawPipelinedDecryptMBps));
    results.push({
      ...r,
      ratioEncrypt: enc,
      ratioDecrypt: dec,
      workerEnc,
      workerDec,
      encSpread: spread(encRatios),
      decSpread: spread(decRatios),
    });
    workerRows.push(
      `${String(chunk / 1024).padStart(5)} KiB | worker (page path, Blob in) enc ${r.workerEncryptMBps.toFixed(0)} MiB/s (ratio ${workerEnc.toFixed(2)}), dec ${r.workerDecryptMBps.toFixed(0)} MiB/s (ratio ${workerDec.toFixed(2)}); per-pass envelope ratios enc ${spread(encRatios)}, dec ${spread(decRatios)}`,
    );
    blobRates.push(
      `${r.blobStreamReadMBps.toFixed(0)} (default reader) / ${r.blobStreamByobReadMBps.toFixed(0)} (BYOB into ${chunk / 1024} KiB)`,
    );
    console.log(
      `${String(chunk / 1024).padStart(5)} KiB | ${fmt(r.envelopeEncryptMBps)}      | ${fmt(r.rawSequentialEncryptMBps)}     | ${fmt(r.rawPipelinedEncryptMBps)}      | ${enc.toFixed(2).padStart(6)}    | ${fmt(r.envelopeDecryptMBps)}      | ${fmt(r.rawSequentialDecryptMBps)}     | ${fmt(r.rawPipelinedDecryptMBps)}      | ${dec.toFixed(2).padStart(6)}`,
    );
  }

  console.log('');
  for (const row of workerRows) console.log(row);
  console.log(
    `(context, MiB/s: Blob.stream() alone, no crypto, in the same passes: ${blobRates.join('; ')}. Reading a real file is bounded by this.)`,
  );

  // Memory: stream MEMORY_MB (and a quarter of it, to show the peak does not grow with the input)
  // through the envelope. The page reads performance.memory.usedJSHeapSize at every chunk (it counts
  // ArrayBuffer backing stores too, so garbage chunks not yet collected show up); GC is forced over
  // CDP at each phase start so the baseline is clean. At each phase end, before any GC, CDP
  // Runtime.getHeapUsage splits the heap into V8 objects and ArrayBuffer backing stores.
  const phases = {};
  await page.exposeFunction('benchMark', async (phase) => {
    const [name, edge] = phase.split('-');
    if (edge === 'start') {
      await cdp.send('HeapProfiler.collectGarbage');
      phases[name] = { t0: Date.now() };
    } else {
      phases[name].seconds = (Date.now() - phases[name].t0) / 1000;
      phases[name].end = await cdp.send('Runtime.getHeapUsage');
    }
  });
  const mib = (b) => (b / 1024 / 1024).toFixed(1);
  console.log(
    `\nMemory with ${DEFAULT_CHUNK / 1024} KiB chunks, ${CONCURRENCY} in flight, output discarded as when writing to a file handle:`,
  );
  let worstGrowth = 0;
  for (const mb of [MEMORY_MB / 4, MEMORY_MB]) {
    const memory = await page.evaluate(([m, c, n]) => window.benchMemory(m, c, n), [mb, DEFAULT_CHUNK, CONCURRENCY]);
    for (const [name, p] of Object.entries(memory.peaks)) {
      const growth = p.peak - p.base;
      if (mb === MEMORY_MB) worstGrowth = Math.max(worstGrowth, growth);
      const end = phases[name].end;
      console.log(
        `  ${String(mb).padStart(4)} MiB ${name === 'encrypt' ? 'encrypt alone        ' : 'encrypt→decrypt pipe '} peak heap growth ${mib(growth).padStart(6)} MiB` +
          ` (usedJSHeapSize incl. ArrayBuffers; base ${mib(p.base)} MiB); at end before GC: V8 objects ${mib(end.usedSize)} MiB, ArrayBuffers ${mib(end.backingStorageSize ?? NaN)} MiB;` +
          ` ${(mb / phases[name].seconds).toFixed(0)} MiB/s`,
      );
    }
  }

  const chosen = results.find((r) => r.chunkSize === DEFAULT_CHUNK);
  console.log('\nSummary (default chunk size 1 MiB):');
  if (chosen) {
    console.log(
      `  src/envelope throughput ratio vs raw WebCrypto: encrypt ${chosen.ratioEncrypt.toFixed(2)} (passes ${chosen.encSpread}), decrypt ${chosen.ratioDecrypt.toFixed(2)} (passes ${chosen.decSpread}) (goal >= 0.80)`,
    );
    console.log(
      `  page path (Web Worker reading a Blob) vs raw WebCrypto: encrypt ${chosen.workerEnc.toFixed(2)}, decrypt ${chosen.workerDec.toFixed(2)} (bounded by Blob.stream(): ${chosen.blobStreamByobReadMBps.toFixed(0)} MiB/s here)`,
    );
  }
  console.log(`  peak JS heap growth while streaming ${MEMORY_MB} MiB: ${mib(worstGrowth)} MiB, ArrayBuffers included (goal < 64 MiB)`);
} finally {
  await browser.close();
  server.close();
}
