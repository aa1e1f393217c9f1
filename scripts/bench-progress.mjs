// `npm run bench:progress`: builds scripts/bench-progress.entry.ts with Vite, serves it on 127.0.0.1,
// runs it in headless Chromium with the CPU throttled 4x (as a mid-range phone) and prints what a year
// of heavy study costs: storage used, and the time to save one answer, with the history in IndexedDB
// (schema 3) side by side with the history in the localStorage document (schema 2's design).
// A report, not a timed test: the figures vary with the machine, the ratio much less.
import { build } from 'vite';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveIsolated } from './bench-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const saves = Number(process.env.BENCH_SAVES ?? 60);
const throttle = Number(process.env.BENCH_THROTTLE ?? 4);

const work = mkdtempSync(join(tmpdir(), 'bench-progress-'));
const outDir = join(work, 'dist');
writeFileSync(
  join(work, 'index.html'),
  '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title><script type="module" src="/entry.ts"></script>',
);
writeFileSync(join(work, 'entry.ts'), `import ${JSON.stringify(join(root, 'scripts/bench-progress.entry.ts'))};`);

await build({
  configFile: false,
  root: work,
  logLevel: 'warn',
  resolve: { alias: { '@': join(root, 'src') } },
  build: { outDir, target: 'es2022', minify: true, sourcemap: false },
});

const server = await serveIsolated(outDir);
const url = server.url;

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));

  await page.goto(url);
  await page.waitForFunction(() => document.title === 'bench-ready');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const r = await page.evaluate((n) => globalThis.runBench(n), saves);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const mb = (chars) => `${((chars * 2) / 1024 / 1024).toFixed(2)} MB`;
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`\nKMS Lab progress benchmark: a simulated year (50,000 answers on 450 questions, 200 exams)`);
  console.log(`${r.userAgent}; CPU throttled ${throttle}x; ${r.saves} saves per design, interleaved\n`);
  console.log(`Storage`);
  console.log(`  localStorage quota here                  ${mb(r.quotaChars)} (${r.quotaChars.toLocaleString()} UTF-16 units)`);
  console.log(
    `  hot document (schema 3)                  ${mb(r.hotChars)} = ${((100 * r.hotChars) / r.quotaChars).toFixed(1)}% of the quota`,
  );
  console.log(
    `  IndexedDB history                        ${r.historyAttempts.toLocaleString()} answers + 200 exams; origin usage ${(r.usage / 1024 / 1024).toFixed(1)} MB of ${(r.quota / 1024 / 1024 / 1024).toFixed(1)} GB (${((100 * r.usage) / r.quota).toFixed(3)}%)`,
  );
  console.log(
    `  the year in one document (schema 2)      ${mb(r.fullYearV2Chars)}: ${r.fullYearV2Chars > r.quotaChars ? 'does not fit' : 'fits'}; the largest that saved held ${r.v2Answers.toLocaleString()} answers (${mb(r.v2Chars)})`,
  );
  console.log(`  writing the year into IndexedDB          ${ms(r.fillMs)}; reading it all back ${ms(r.historyReadMs)}\n`);
  console.log(`Saving one answer (main-thread time, CPU ${throttle}x slower)`);
  console.log(
    `  schema 3 alone: document + hand-off      median ${ms(r.alone.median)}, p95 ${ms(r.alone.p95)}, max ${ms(r.alone.max)}  (goal < 16 ms)`,
  );
  console.log(`  side by side with schema 2's design (its 8 MB rewrites add garbage collection to both):`);
  console.log(`  schema 3: document + hand-off to IDB     median ${ms(r.v3.median)}, p95 ${ms(r.v3.p95)}, max ${ms(r.v3.max)}`);
  console.log(
    `  schema 3: until IndexedDB committed      median ${ms(r.v3Commit.median)}, p95 ${ms(r.v3Commit.p95)} (asynchronous; the page stays responsive)`,
  );
  console.log(
    `  schema 2 design, ${r.v2Answers.toLocaleString()} answers in the doc  median ${ms(r.v2.median)}, p95 ${ms(r.v2.p95)}, max ${ms(r.v2.max)}`,
  );
  console.log(`  ratio (schema 2 time / schema 3 time, median of paired saves)  ${r.ratio.toFixed(1)}x\n`);
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(r, null, 2));
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
