import { test, expect, snap } from './fixtures';

const ROUTES = [
  { path: '/', heading: 'Learn AWS KMS by using it' },
  { path: '/lab', heading: /Lab|KMS/ },
  { path: '/scenarios', heading: /Scenarios/ },
  { path: '/quiz', heading: /Quiz/ },
  { path: '/progress', heading: /Progress/ },
  { path: '/sources', heading: 'Sources' },
  { path: '/no-such-page', heading: 'Page not found' },
];

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

for (const vp of VIEWPORTS) {
  test.describe(`${vp.name} (${vp.width}px)`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });
    for (const route of ROUTES) {
      test(`opens ${route.path}`, async ({ page }) => {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
        await expect(page.getByRole('link', { name: 'KMS Lab' })).toBeVisible();
        await expect(page.getByRole('contentinfo')).toBeVisible();
        // Nothing overflows sideways at phone width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const slug = route.path === '/' ? 'home' : route.path.slice(1).replaceAll('/', '-');
        await snap(page, `${slug}-${vp.name}`);
      });
    }
  });
}

test('keyboard: skip link, then navigation by Tab and Enter', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await page.goto('/');
  const sources = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Sources/ });
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if (await sources.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(sources).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
});

test('areas not built yet say so in the navigation', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /Sources/ })).not.toContainText('coming');
});

test('theme override persists across reload and follows the system otherwise', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await snap(page, 'home-dark');

  await page.getByText('System', { exact: true }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});
