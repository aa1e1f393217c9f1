// Lighthouse scores of the built app, served by `vite preview` with its security headers, in the
// local Debian Chromium. Not a test: scores move by a few points between runs.
//
//   npm run lighthouse                         mobile preset (Lighthouse's default), dist/ (built if missing)
//   npm run lighthouse -- --desktop            desktop preset
//   npm run lighthouse -- --build              rebuild dist/ first
//   npm run lighthouse -- --runs 3             run each route 3 times, report the run with the median performance
//   npm run lighthouse -- --assert             exit 1 if performance < 95 or accessibility < 100
//   npm run lighthouse -- --only /quiz          just this route (repeatable)
//   npm run lighthouse -- --save DIR           also write each route's median report to DIR/<route>.json
//
// Performance under Lighthouse's simulated mobile throttling depends on how busy this machine is:
// the host's benchmark index and load average are printed with the scores.
//   KMSLAB_DIST=/tmp/d KMSLAB_LH_PORT=4332 npm run lighthouse
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium, CHROMIUM_ARGS } from './chromium-path.mjs';

const DEFAULT_ROUTES = ['/', '/quiz', '/scenarios/envelope-encryption'];

const args = process.argv.slice(2);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.env.KMSLAB_DIST ?? 'dist');
const port = Number(process.env.KMSLAB_LH_PORT ?? 4332);
const desktop = args.includes('--desktop');
const origin = `http://127.0.0.1:${port}`;
const only = args.flatMap((a, i) => (a === '--only' ? [args[i + 1]] : []));
const ROUTES = only.length ? only : DEFAULT_ROUTES;
const saveDir = args.includes('--save') ? resolve(args[args.indexOf('--save') + 1] ?? 'lighthouse-reports') : null;
const runs = args.includes('--runs') ? Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 1) : 1;

if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
  console.log(`Building into ${dist} ...`);
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
}

const chromePath = findChromium();
if (!chromePath) throw new Error('No Chromium found (set CHROMIUM_PATH).');

const server = spawn('npx', ['vite', 'preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${origin}`);
}

const pct = (score) => (score == null ? ' n/a' : String(Math.round(score * 100)).padStart(4));

let chrome;
let failed = false;
try {
  await waitForServer();
  console.log(`\nLighthouse (${desktop ? 'desktop' : 'mobile'} preset) against ${origin}, served from ${dist}\n`);
  console.log('route                              perf  a11y   FCP    LCP    TBT    CLS');
  const notes = [];
  const benchmarks = [];
  for (const route of ROUTES) {
    const lhrs = [];
    for (let i = 0, attempts = 0; i < runs; attempts++) {
      // A fresh browser per run: reusing one made Lighthouse lose the navigation trace (NO_NAVSTART).
      chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
      const result = await lighthouse(
        origin + route,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        desktop ? desktopConfig : undefined,
      );
      await chrome.kill();
      chrome = undefined;
      // On a busy machine the trace is sometimes lost (NO_NAVSTART): run again, up to twice per run.
      if (result.lhr.runtimeError && attempts < runs + 2) continue;
      lhrs.push(result.lhr);
      i++;
    }
    lhrs.sort((a, b) => (a.categories.performance.score ?? -1) - (b.categories.performance.score ?? -1));
    const lhr = lhrs[Math.floor(lhrs.length / 2)];
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(join(saveDir, `${route.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`), JSON.stringify(lhr, null, 1));
    }
    benchmarks.push(...lhrs.map((l) => l.environment.benchmarkIndex));
    const perf = lhr.categories.performance.score;
    const a11y = lhr.categories.accessibility.score;
    const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    console.log(
      `${route.padEnd(33)} ${pct(perf)}  ${pct(a11y)}  ${metric('first-contentful-paint').padStart(5)}  ${metric('largest-contentful-paint').padStart(5)}  ${metric('total-blocking-time').padStart(6)}  ${metric('cumulative-layout-shift').padStart(5)}`,
    );
    if (runs > 1) {
      const each = lhrs.map(
        (l) =>
          `${pct(l.categories.performance.score).trim()} (TBT ${l.audits['total-blocking-time']?.displayValue ?? 'n/a'}, LCP ${l.audits['largest-contentful-paint']?.displayValue ?? 'n/a'})`,
      );
      notes.push(`${route}: every run: ${each.join(', ')}`);
    }
    if (lhr.runtimeError) notes.push(`${route}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const ref of lhr.categories.accessibility.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) notes.push(`${route}: accessibility: ${audit.id} — ${audit.title}`);
    }
    for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) {
      notes.push(`${route}: layout shift ${item.score?.toFixed(3)} by ${item.node?.selector ?? item.node?.snippet ?? '?'}`);
    }
    for (const id of ['render-blocking-resources', 'unused-javascript', 'bootup-time', 'mainthread-work-breakdown']) {
      const audit = lhr.audits[id];
      if (audit && audit.score !== null && audit.score < 1 && audit.displayValue)
        notes.push(`${route}: ${audit.title}: ${audit.displayValue}`);
    }
    if (args.includes('--assert') && (perf < 0.95 || a11y < 1)) failed = true;
  }
  console.log(
    `\n${runs} run(s) per route (median performance shown). Host benchmark index ${Math.min(...benchmarks)}–${Math.max(...benchmarks)}, load average ${loadavg()[0].toFixed(1)}.`,
  );
  if (notes.length) console.log(`\n${notes.join('\n')}`);
} finally {
  if (chrome) await chrome.kill();
  stopServer();
}
if (failed) {
  console.error('\nBelow the targets (performance 95, accessibility 100).');
  process.exit(1);
}
