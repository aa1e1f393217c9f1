import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { test, expect } from './fixtures';
import { startPractice } from './quiz-helpers';
import { ROUTES, settle } from './platform-routes';

// One visit is enough: after it, the service worker serves every route and every lazy chunk from its
// cache, including a full reload with the network off.
test('after one visit every route works offline, including reload', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]!.h1);
  // The worker takes control of this first page (no reload needed) and says so.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  const ready = page.getByRole('status').filter({ hasText: 'KMS Lab is ready to work offline.' });
  await expect(ready).toBeVisible();
  // The note sits under the header, in the page's top margin: it covers nothing of the page.
  const note = (await ready.boundingBox())!;
  const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(note.y + note.height).toBeLessThanOrEqual(heading.y + 1);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Without reloading: moving around loads lazy chunks, which must come from the cache.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Quiz/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
  await settle(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
  // The heading shows before the question banks' chunk arrives: let it load, or leaving aborts it.
  await settle(page);

  for (const route of ROUTES) {
    const response = await page.goto(route.path);
    expect(response?.fromServiceWorker(), `${route.path} served by the service worker`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
    await settle(page);
  }

  // Use it, not just open it: practise a question from the built-in banks, offline.
  await page.goto('/quiz');
  await startPractice(page, /^Start practice \(\d+\)$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

// Installable: the page links a manifest whose icons exist at the sizes it declares.
test('the web app manifest installs: name, standalone display, icons that exist at their sizes', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ short_name: 'KMS Lab', display: 'standalone', start_url: '/' });
  const sizes: string[] = [];
  for (const icon of manifest.icons as { src: string; sizes: string; purpose?: string }[]) {
    const png = await (await request.get(icon.src)).body();
    // PNG IHDR: width and height are the big-endian words at bytes 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    sizes.push(`${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`);
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
});

// A new version must wait for the learner: it is announced, nothing reloads by itself, and only
// "Reload now" swaps it in. The build is copied and served by this test so it can publish a "new" one.
test.describe('update prompt', () => {
  const TYPES: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.map': 'application/json',
  };
  let server: Server;
  let dir: string;
  const port = 4339;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kmslab-update-'));
    cpSync(process.env.KMSLAB_DIST ?? 'dist', dir, { recursive: true });
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) file = join(dir, 'index.html');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  for (const when of ['on a later visit', 'in the visit that installed the app'] as const) {
    test(`a new version found ${when} is announced, waits, and is activated only by "Reload now"`, async ({ page }) => {
      const origin = `http://127.0.0.1:${port}`;
      await page.goto(`${origin}/quiz`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      // "Ready offline" is a note under the header that goes by itself: nothing to dismiss.
      await expect(page.getByRole('status').filter({ hasText: 'KMS Lab is ready to work offline.' })).toBeVisible();
      if (when === 'on a later visit') {
        await page.reload();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
      }
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

      // Publish a new version (a byte-different service worker), then let the page look for updates.
      appendFileSync(join(dir, 'sw.js'), `\n// next version ${Date.now()}\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const prompt = page.getByRole('status').filter({ hasText: 'A new version of KMS Lab is ready' });
      await expect(prompt).toBeVisible({ timeout: 30_000 });
      await page.waitForTimeout(2000);
      // Still the same page, and the new worker is waiting rather than taking over.
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload now' }).click()]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBeUndefined();
      await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      await expect(prompt).toHaveCount(0);
    });
  }
});
