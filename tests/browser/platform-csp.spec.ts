import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEEP_ROUTES, ROUTES, openRoute } from './platform-routes';

/** Records every Content-Security-Policy violation the page reports, from the first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test('the served app sends a strict CSP and security headers, and carries the policy in a meta tag', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of [
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
  ]) {
    expect(csp.split('; ')).toContain(directive);
  }
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');

  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The meta policy is the header policy minus frame-ancestors (which a meta tag cannot carry).
  expect(meta).toBe(csp.replace("; frame-ancestors 'none'", ''));
  // No inline script in the built page: every <script> has a src.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the policy bites: inline script and string eval are blocked and reported', async ({ page, problems }) => {
  await watchViolations(page);
  await page.goto('/');
  const result = await page.evaluate(
    () =>
      new Promise<{ inline: boolean; evalRan: boolean }>((resolve) => {
        const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
        const el = document.createElement('script');
        el.textContent = 'window.__inlineRan = true';
        document.body.append(el);
        // A string timer is eval: blocked without 'unsafe-eval'. (A direct eval() inside page.evaluate
        // is not a fair probe: DevTools-originated code is exempt.)
        (setTimeout as unknown as (code: string) => void)('window.__evalRan = true');
        setTimeout(() => resolve({ inline: w.__inlineRan === true, evalRan: w.__evalRan === true }), 200);
      }),
  );
  expect(result).toEqual({ inline: false, evalRan: false });
  await expect
    .poll(async () => new Set((await violations(page)).map((v) => v.split(' ')[0])))
    .toEqual(new Set(['script-src-elem', 'script-src']));
  // Chromium also logs each refusal as a console error: expected here, and nothing else may appear.
  const rest = problems.filter((p) => !/Content Security Policy/.test(p));
  problems.splice(0, problems.length, ...rest);
});

for (const path of [...ROUTES.map((r) => r.path), ...DEEP_ROUTES]) {
  test(`no CSP violation on ${path}`, async ({ page }) => {
    await watchViolations(page);
    await openRoute(page, path, ROUTES.find((r) => r.path === path)?.h1);
    // Let animations, timers and idle work run, in both themes.
    await page.waitForTimeout(1500);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
  });
}

test('diagram export (SVG, PNG drawn from it, all steps as a ZIP) works under the policy', async ({ page }) => {
  await watchViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openRoute(page, '/scenarios/key-rotation?step=4');
  for (const [button, extension] of [
    ['Export step as PNG', 'png'],
    ['Export step as SVG', 'svg'],
    ['Export all steps (ZIP)', 'zip'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
  }
  expect(await violations(page)).toEqual([]);
});
