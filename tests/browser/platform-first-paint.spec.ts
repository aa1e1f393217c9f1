import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

// On a slow phone connection the quiz hub and a scenario show their heading and lead at once, with
// the site header: their heavy code (the hub's filters and stores; React Flow and the simulator) is
// its own chunk, requested after that first paint. Each test holds the heavy chunk back, as a slow
// network would, and checks what the learner sees meanwhile and once it arrives. (Whether the
// request starts after the paint is not asserted: the paint entry's presentation time lags the
// frame by up to ~100 ms in headless Chromium. `npm run lighthouse` shows the effect.)
test.use({ serviceWorkers: 'block' }); // page.route cannot see requests a service worker answers

/** Holds back every script whose file name matches, until `release()`. */
async function holdScripts(page: Page, pattern: RegExp) {
  const held: Route[] = [];
  let released = false;
  await page.route(
    (url) => pattern.test(url.pathname),
    (route) => (released ? route.continue() : void held.push(route)),
  );
  return {
    held,
    release: async () => {
      released = true;
      await Promise.all(held.map((r) => r.continue()));
    },
  };
}

const cases = [
  {
    path: '/quiz',
    heavy: /\/assets\/quiz-hub-[\w-]+\.js$/,
    h1: 'Quiz',
    lead: /^Practice with instant feedback/,
    arrived: async (page: Page) => expect(page.getByRole('heading', { level: 2, name: 'Exam simulation' })).toBeVisible(),
  },
  {
    path: '/scenarios/envelope-encryption',
    heavy: /\/assets\/scenario-run-view-[\w-]+\.js$/,
    h1: 'Envelope encryption',
    lead: /^GenerateDataKey gives a plaintext/,
    arrived: async (page: Page) => expect(page.getByTestId('step-announcer')).toHaveText(/^Step 1 of \d+: /),
  },
];

for (const c of cases) {
  test(`${c.path}: the heading and lead paint before the page's heavy chunk arrives`, async ({ page }) => {
    const gate = await holdScripts(page, c.heavy);
    await page.goto(c.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.h1);
    await expect(page.getByRole('main').locator('header p')).toHaveText(c.lead);
    await expect(page.getByRole('banner')).toBeVisible();
    // The heavy chunk has been asked for (the page is not stuck waiting for something else) and is
    // still held back: what is on screen did not need it.
    await expect.poll(() => gate.held.length).toBe(1);
    await gate.release();
    await c.arrived(page);
  });
}
