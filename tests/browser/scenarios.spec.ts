import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, snap } from './fixtures';
import { SCENARIOS } from './scenario-ids';

const announcer = (page: Page) => page.getByTestId('step-announcer');

test('the list shows every scenario and opens one', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/scenarios');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenarios');
  // The list is light: React Flow and the player (the run view's chunk) load only with a scenario.
  expect(scripts.filter((u) => /scenario-run-view-/.test(u))).toEqual([]);
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(SCENARIOS.length);
  await links.nth(2).click();
  await expect(page).toHaveURL(/\/scenarios\/envelope-encryption$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envelope encryption');
  await expect(announcer(page)).toHaveText(/^Step 1 of \d+: /);
  expect(scripts.filter((u) => /scenario-run-view-/.test(u))).toHaveLength(1);
  // The navigation no longer calls the area "coming".
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Scenarios/ })).not.toContainText('coming');
});

for (const id of SCENARIOS) {
  test(`${id}: step through every step by keyboard`, async ({ page }) => {
    await page.goto(`/scenarios/${id}`);
    await expect(announcer(page)).toHaveText(/^Step 1 of (\d+): /);
    const total = Number((await announcer(page).textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(5);
    expect(total).toBeLessThanOrEqual(12);
    const transcript = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    await expect(transcript).toHaveCount(total);
    for (let i = 2; i <= total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(announcer(page)).toHaveText(new RegExp(`^Step ${i} of ${total}: `));
      await expect(page).toHaveURL(new RegExp(`[?&]step=${i}(&|$)`));
      await expect(transcript.nth(i - 1)).toHaveAttribute('aria-current', 'step');
    }
    // At the end Next is disabled and the quiz section is highlighted.
    await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await expect(page.getByRole('heading', { name: 'Check what you saw' })).toBeVisible();
    await page.keyboard.press('Home');
    await expect(announcer(page)).toHaveText(new RegExp(`^Step 1 of ${total}: `));
    await page.keyboard.press('End');
    await expect(announcer(page)).toHaveText(new RegExp(`^Step ${total} of ${total}: `));
    await page.keyboard.press('ArrowLeft');
    await expect(announcer(page)).toHaveText(new RegExp(`^Step ${total - 1} of ${total}: `));
  });
}

test('a deep link opens that exact step, with its KMS call and bytes', async ({ page }) => {
  await page.goto('/scenarios/envelope-encryption?step=2');
  await expect(announcer(page)).toHaveText(/^Step 2 of \d+: GenerateDataKey/);
  await expect(page.getByRole('list', { name: 'Steps' }).getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { name: /KMS call: GenerateDataKey/ })).toBeVisible();
  // Open the encrypted data key: its blob parts are labelled.
  await page
    .getByText(/^Encrypted data key \d+ B$/)
    .first()
    .click();
  await expect(page.getByRole('cell', { name: /nonce/i }).first()).toBeVisible();
  await page.getByRole('radio', { name: 'Base64' }).last().check();
  await expect(page.getByTestId('byte-dump').last()).toHaveAttribute('data-format', 'base64');
  // An out-of-range step is clamped, not an error.
  await page.goto('/scenarios/envelope-encryption?step=99');
  await expect(announcer(page)).toHaveText(/^Step (\d+) of \1: /);
});

test('tokens travel along the edges, and not at all with reduced motion', async ({ page }) => {
  await page.goto('/scenarios/direct-encrypt?step=1');
  await expect(announcer(page)).toHaveText(/^Step 1 of/);
  await page.keyboard.press('ArrowRight');
  const token = page.locator('[data-token-state="moving"]').first();
  await expect(token).toBeVisible();
  const first = await token.evaluate((el) => (el as HTMLElement).style.offsetDistance);
  await page.waitForTimeout(300);
  const later = await token.evaluate((el) => (el as HTMLElement).style.offsetDistance);
  expect(first).not.toBe(later);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/scenarios/direct-encrypt?step=1');
  await expect(announcer(page)).toHaveText(/^Step 1 of/);
  await page.keyboard.press('ArrowRight');
  // No travel: the step's last token (the ciphertext coming back) is shown resting on its edge at once.
  const still = page.locator('[data-testid^="token-"]');
  await expect(still).toHaveCount(1);
  await expect(still).toHaveAttribute('data-token-state', 'resting');
  await expect(still).toHaveAttribute('data-token-kind', 'ciphertext');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-token-state="moving"]')).toHaveCount(0);
  await expect(page.locator('[data-token-state="resting"]')).toHaveAttribute('data-token-kind', 'ciphertext');
});

test('play advances on its own and pause stops it', async ({ page }) => {
  await page.goto('/scenarios/direct-encrypt');
  await expect(announcer(page)).toHaveText(/^Step 1 of/);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(announcer(page)).toHaveText(/^Step 2 of/, { timeout: 8000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const at = await announcer(page).textContent();
  await page.waitForTimeout(3500);
  await expect(announcer(page)).toHaveText(at!);
});

test('presenter mode: full window, focus on the diagram, keyboard and clicker keys, only Esc or Exit leaves', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/scenarios/key-rotation?step=4');
  await expect(announcer(page)).toHaveText(/^Step 4 of/);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  const root = page.locator('[data-presenter]');
  await expect(root).toBeVisible();
  // Focus is on the diagram region, not on a button one keypress away from leaving.
  await expect(page.getByTestId('presenter-stage')).toBeFocused();
  await expect(page.locator('#scn-caption')).toContainText('4/');
  const box = await root.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(1280 - 1);
  await expect(page.getByRole('heading', { name: 'Transcript' })).toHaveCount(0);

  // Clicker keys and arrows step; Home and End jump.
  await page.keyboard.press('PageDown');
  await expect(page.locator('#scn-caption')).toContainText('5/');
  await page.keyboard.press('PageUp');
  await expect(page.locator('#scn-caption')).toContainText('4/');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#scn-caption')).toContainText('5/');
  await page.keyboard.press('End');
  await expect(page.locator('#scn-caption')).toContainText('7/7');
  await page.keyboard.press('Home');
  await expect(page.locator('#scn-caption')).toContainText('1/7');
  // Space plays and pauses, and Enter does nothing: neither ends the mode.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(root).toBeVisible();
  // Even with the exit button focused, Space is play/pause, not "exit".
  await page.getByRole('button', { name: 'Exit presenter mode' }).focus();
  await page.keyboard.press('Space');
  await expect(root).toBeVisible();
  await page.keyboard.press('Space');
  await page.waitForTimeout(1500);
  await snap(page, 'scenarios-presenter');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Scrolling or dragging on the diagram does not move it.
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(0, 400);
  await page.mouse.down();
  await page.mouse.move(300, 300);
  await page.mouse.up();
  expect(await viewport.getAttribute('style')).toBe(before);

  // Copy a link to this exact step.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link to step 2 copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe('/scenarios/key-rotation');
  expect(new URL(link).searchParams.get('step')).toBe('2');

  await page.keyboard.press('Escape');
  await expect(page.locator('[data-presenter]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
  // The exit button ends it too.
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await page.getByRole('button', { name: 'Exit presenter mode' }).click();
  await expect(page.locator('[data-presenter]')).toHaveCount(0);

  await page.goto(link);
  await expect(announcer(page)).toHaveText(/^Step 2 of 7: /);
});

test('on a phone the diagram is one column and its text is 14 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const id of SCENARIOS) {
    await page.goto(`/scenarios/${id}`);
    await expect(announcer(page)).toHaveText(/^Step 1 of/);
    await expect(page.locator('.scn-diagram')).toHaveAttribute('data-mode', 'narrow');
    await page.waitForTimeout(300);
    const { smallest, xs } = await page.evaluate(() => {
      const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
      const sizes = [...document.querySelectorAll<HTMLElement>('.scn-diagram .scn-node .scn-label')].map(
        (el) => parseFloat(getComputedStyle(el).fontSize) * zoom,
      );
      const xs = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => Math.round(n.getBoundingClientRect().left));
      return { smallest: Math.min(...sizes), xs };
    });
    expect(smallest, id).toBeGreaterThanOrEqual(14);
    expect(new Set(xs).size, `${id}: one column`).toBe(1);
  }
  await snap(page, 'scenarios-phone-one-column');
});

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];
for (const vp of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`looks right at ${vp.width}px in ${scheme} (no overflow, no axe violations)`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/scenarios');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scenarios');
      await snap(page, `scenarios-list-${vp.name}-${scheme}`);
      await page.goto('/scenarios/envelope-encryption?step=2');
      await expect(announcer(page)).toHaveText(/^Step 2 of/);
      await page.waitForTimeout(3500);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await snap(page, `scenarios-envelope-${vp.name}-${scheme}`);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('the scenario ends with questions from the banks that can be answered in place', async ({ page }) => {
  await page.goto('/scenarios/key-rotation?step=7');
  await expect(announcer(page)).toHaveText(/^Step 7 of 7: /);
  const quiz = page.getByRole('region', { name: 'Check what you saw' });
  const questions = quiz.getByRole('group');
  await expect(questions.first()).toBeVisible();
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(3);
  const first = quiz
    .getByRole('listitem')
    .filter({ has: page.getByRole('group') })
    .first();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByRole('status')).toContainText(/Correct\.|Not quite\./);
  await expect(first.getByText('(correct)')).toHaveCount(1);
  await quiz.getByRole('link', { name: 'Practise more questions on this topic' }).click();
  await expect(page).toHaveURL(/\/quiz\/practice\?topic=rotation/);
});

test('on a phone the run is computed in a worker and the questions load only as the learner scrolls near them', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/scenarios/direct-encrypt');
  await expect(announcer(page)).toHaveText(/^Step 1 of \d+: /);
  expect(workers.filter((u) => /scenario-run\.worker/.test(u))).toHaveLength(1);

  const quiz = page.getByRole('region', { name: 'Check what you saw' });
  await expect(quiz.getByRole('heading', { name: 'Check what you saw' })).toBeAttached();
  await expect(quiz.getByText('Two or three questions on what you saw load as you scroll here.')).toBeAttached();
  await expect(quiz.getByRole('group')).toHaveCount(0);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('group').first()).toBeVisible();
  expect(await quiz.getByRole('group').count()).toBeGreaterThanOrEqual(2);
});
