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
            const nodes = entry.sources.map((s) => (s.node instanceof Element ? `<${s.node.tagName.toLowerCase()} class="${s.node.className}">` : '?'));
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
