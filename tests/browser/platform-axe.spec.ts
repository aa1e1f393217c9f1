import AxeBuilder from '@axe-core/playwright';
import { test, expect, snap } from './fixtures';
import { DEEP_ROUTES, ROUTES, openRoute } from './platform-routes';

// Every route, both themes, every axe rule that is on by default (WCAG 2.x A/AA and best practices),
// nothing excluded: a violation anywhere fails the test.
for (const scheme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`axe: no violations on ${route.path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openRoute(page, route.path, route.h1);
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      // Let entrance transitions finish so colours are measured at rest.
      await page.waitForTimeout(1000);
      await snap(page, `platform-axe-${route.slug}-${scheme}`);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const found = violations.flatMap((v) =>
        v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
      );
      expect(found).toEqual([]);
    });
  }
}

// Deeper views with their own markup: every console tab and the quiz modes.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of DEEP_ROUTES.filter((p) => p.startsWith('/lab') || p.startsWith('/quiz'))) {
    test(`axe: no violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openRoute(page, path);
      await page.waitForTimeout(800);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`))).toEqual([]);
    });
  }
}

// The shell at phone width with the menu open: the collapsed navigation and theme switch.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations in the phone menu (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: scheme });
    await openRoute(page, '/', ROUTES[0]!.h1);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Sources/ })).toBeVisible();
    await snap(page, `platform-axe-menu-${scheme}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);
  });
}
