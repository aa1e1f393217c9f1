import { test, expect } from './fixtures';
import { ROUTES, settle } from './platform-routes';

// After moving to another page with the keyboard, focus lands on the new page's h1, so a screen
// reader announces it and the next Tab continues in the page, not back in the header.
test('keyboard navigation through every area moves focus to the new page heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROUTES[0]!.h1);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of ['Lab', 'Scenarios', 'Labs', 'Quiz', 'Progress', 'Sources']) {
    const link = nav.getByRole('link', { name: new RegExp(`^${label}$`) });
    await link.focus();
    await page.keyboard.press('Enter');
    const route = ROUTES.find((r) => r.path === `/${label.toLowerCase()}`)!;
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(route.h1);
    await expect(h1).toBeFocused();
    await settle(page);
    // The heading keeps focus once the page has finished loading (nothing steals it).
    await expect(h1).toBeFocused();
  }
  // Home again via the product name.
  await page.getByRole('link', { name: 'KMS Lab', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
