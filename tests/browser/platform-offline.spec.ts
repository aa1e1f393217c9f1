import { test, expect } from './fixtures';
import { ROUTES, settle } from './platform-routes';

// One visit is enough: after it, the service worker serves every route and every lazy chunk from its
// cache, including a full reload with the network off.
test('after one visit every route works offline, including reload', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]!.h1);
  // The worker takes control of this first page (no reload needed) and says so.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'KMS Lab is ready to work offline.' })).toBeVisible();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Without reloading: moving around loads lazy chunks, which must come from the cache.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Quiz/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
  await settle(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');

  for (const route of ROUTES) {
    const response = await page.goto(route.path);
    expect(response?.fromServiceWorker(), `${route.path} served by the service worker`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
    await settle(page);
  }

  // Use it, not just open it: practise a question from the built-in banks, offline.
  await page.goto('/quiz');
  await page.getByRole('link', { name: /^Start practice \(\d+\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
});
