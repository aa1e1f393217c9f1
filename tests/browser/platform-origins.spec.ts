import { test, expect } from './fixtures';
import { DEEP_ROUTES, ROUTES, openRoute } from './platform-routes';

// Nothing in KMS Lab may reach another origin at run time: no fonts, analytics, CDNs or AWS endpoints
// (the SDK talks to the in-browser simulator). Every request the page or its workers make is recorded.
for (const path of [...ROUTES.map((r) => r.path), ...DEEP_ROUTES]) {
  test(`only same-origin requests on ${path}`, async ({ page, context, baseURL }) => {
    const urls: string[] = [];
    context.on('request', (req) => urls.push(req.url()));
    await openRoute(page, path, ROUTES.find((r) => r.path === path)?.h1);
    await page.waitForTimeout(1500);
    expect(urls.length, 'the page made requests at all').toBeGreaterThan(0);
    const origin = new URL(baseURL!).origin;
    const foreign = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
  });
}
