// Frame-time benchmark for scenario playback: opens a scenario in headless Chromium, records
// requestAnimationFrame intervals while the page is idle and while the scenario plays (normal and
// presenter mode), and prints median / p95 / max side by side. Goal: p95 under 20 ms while playing.
//
// Usage: npm run bench:frames -- [--dist /tmp/dist-bench] [--port 4318] [--scenario envelope-encryption] [--seconds 10]
// Builds the app into --dist first when that folder has no index.html.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const DIST = arg('dist', '/tmp/dist-bench-frames');
const PORT = Number(arg('port', '4318'));
const SCENARIO = arg('scenario', 'envelope-encryption');
const SECONDS = Number(arg('seconds', '10'));
const BASE = `http://127.0.0.1:${PORT}`;

function stats(deltas) {
  const s = [...deltas].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))] ?? NaN;
  return { frames: s.length, median: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1] ?? NaN };
}

async function waitForServer(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Preview server did not start at ${url}`);
}

/**
 * Records rAF intervals in the page for `seconds` (dropping the first frame, which has no interval),
 * plus the page's long tasks (> 50 ms of main-thread work): a slow frame with no long task behind it
 * was the machine's scheduling, not the app's work.
 */
async function recordFrames(page, seconds) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const deltas = [];
        const longTasks = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push(e.duration);
        });
        try {
          observer.observe({ type: 'longtask', buffered: false });
        } catch {
          // longtask not supported: report none
        }
        let last = 0;
        const start = performance.now();
        const tick = (t) => {
          if (last) deltas.push(t - last);
          last = t;
          if (t - start < ms) requestAnimationFrame(tick);
          else {
            observer.disconnect();
            resolve({ deltas, longTasks });
          }
        };
        requestAnimationFrame(tick);
      }),
    seconds * 1000,
  );
}

function summarize({ deltas, longTasks }) {
  return { ...stats(deltas), longTasks: longTasks.length, longTaskMs: longTasks.reduce((a, b) => a + b, 0) };
}

const browserPath = findChromium();
if (!browserPath) {
  console.error('No Chromium found; set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync(`${DIST}/index.html`)) {
  console.log(`Building the app into ${DIST} ...`);
  const b = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const server = spawn('npx', ['vite', 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);

try {
  await waitForServer(BASE);
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${BASE}/scenarios/${SCENARIO}?step=1`);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await page.waitForTimeout(1500); // let the first step's travel finish and fonts settle

  const results = {};
  results['idle (step shown, paused)'] = summarize(await recordFrames(page, Math.min(4, SECONDS)));

  await page.getByRole('button', { name: 'Play' }).click();
  results['playing'] = summarize(await recordFrames(page, SECONDS));
  const stepAfter = await page.getByTestId('step-announcer').textContent();
  await page.getByRole('button', { name: 'Pause' }).click();

  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  results['playing, presenter mode'] = summarize(await recordFrames(page, SECONDS));
  await browser.close();

  console.log(`\nFrame times (ms, from requestAnimationFrame), scenario "${SCENARIO}", ${SECONDS}s per run, Chromium headless 1280x800`);
  console.log(
    'run'.padEnd(28),
    'frames'.padStart(7),
    'median'.padStart(8),
    'p95'.padStart(8),
    'p99'.padStart(8),
    'max'.padStart(8),
    'longtasks'.padStart(10),
    'ms'.padStart(7),
  );
  for (const [name, s] of Object.entries(results)) {
    console.log(
      name.padEnd(28),
      String(s.frames).padStart(7),
      s.median.toFixed(2).padStart(8),
      s.p95.toFixed(2).padStart(8),
      s.p99.toFixed(2).padStart(8),
      s.max.toFixed(2).padStart(8),
      String(s.longTasks).padStart(10),
      s.longTaskMs.toFixed(0).padStart(7),
    );
  }
  const load = (await import('node:os')).loadavg()[0];
  console.log(`machine load average (1 min): ${load.toFixed(2)} on ${(await import('node:os')).cpus().length} CPUs`);
  const playing = results['playing'];
  console.log(`\nplayback reached: ${stepAfter}`);
  console.log(`p95 while playing: ${playing.p95.toFixed(2)} ms (goal < 20 ms): ${playing.p95 < 20 ? 'PASS' : 'FAIL'}`);
  console.log(`ratio p95 playing / idle: ${(playing.p95 / results['idle (step shown, paused)'].p95).toFixed(2)}`);
} finally {
  stopServer();
}
