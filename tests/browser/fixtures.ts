import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught page error, or a failed request:
 * a page that looks fine but logs errors or 404s a chunk is broken.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('requestfailed', (req) => {
        const reason = req.failure()?.errorText ?? '';
        // A reload or navigation cancels requests still in flight (the favicon, a lazily loaded chunk,
        // the service-worker helper): the browser reports them as aborted. That is the test moving on.
        // A chunk the app really fails to load still fails the test: the dynamic import rejects, which
        // surfaces as a console or page error above.
        if (reason === 'net::ERR_ABORTED') return;
        problems.push(`request failed: ${req.url()} ${reason}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Saves a screenshot as a test artifact (tests/artifacts, not committed). */
export async function snap(page: Page, name: string) {
  await page.screenshot({ path: `tests/artifacts/screenshots/${name}.png`, fullPage: true });
}
