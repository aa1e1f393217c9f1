import { test, expect } from './fixtures';
import { ROUTES, openRoute } from './platform-routes';

// Nothing a learner is looking at jumps while a page loads: the cumulative layout shift of a fresh
// load stays at zero on every route, at phone and desktop widths (lazy pages arrive after the shell).
for (const vp of [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  for (const route of ROUTES) {
    test(`no layout shift loading ${route.path} (${vp.name})`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.addInitScript(() => {
        const w = window as unknown as { __shifts: string[]; __cls: number };
        w.__shifts = [];
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
            if (entry.hadRecentInput) continue;
            w.__cls += entry.value;
            const nodes = entry.sources.map((s) =>
              s.node instanceof Element ? `<${s.node.tagName.toLowerCase()} class="${s.node.className}">` : '?',
            );
            w.__shifts.push(`${entry.value.toFixed(3)} ${nodes.join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openRoute(page, route.path, route.h1);
      await page.waitForTimeout(1500);
      const { cls, shifts } = await page.evaluate(() => {
        const w = window as unknown as { __shifts: string[]; __cls: number };
        return { cls: w.__cls, shifts: w.__shifts };
      });
      expect(cls, shifts.join('\n')).toBeLessThan(0.01);
    });
  }
}

// A returning learner's home page shows "N reviews due today" above the areas: it must be there on
// the first paint, not pushed in afterwards.
test('no layout shift on the home page of a learner with reviews due', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    if (!localStorage.getItem('kmslab.progress')) {
      const due = new Date(Date.now() - 3_600_000).toISOString();
      localStorage.setItem('kmslab.progress', JSON.stringify({ version: 2, cards: { 'rotation-001': { due }, 'grants-002': { due } } }));
    }
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openRoute(page, '/', ROUTES[0]!.h1);
  await expect(page.getByText('2 reviews due today.')).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
});
