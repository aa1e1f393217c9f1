import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, snap } from './fixtures';

const announcer = (page: Page) => page.getByTestId('step-announcer');

/** In the lab: a key, an Encrypt as root, then a denied Decrypt as an encrypt-only user. */
async function recordSession(page: Page) {
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'KMS Lab console' })).toBeVisible();
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel(/Alias/).fill('alias/lesson');
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: 'alias/lesson' })).toBeVisible();

  await page.getByRole('link', { name: 'Principals' }).click();
  await page.getByLabel('Name').fill('student');
  await page.getByLabel('Identity policy template').selectOption('encrypt-only');
  await page.getByRole('button', { name: 'Create and act as it' }).click();
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText(/student/);

  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption('Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/lesson');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill('exam answers');
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  await expect(page.getByRole('region', { name: 'Result of Encrypt' })).toContainText('Encrypt succeeded');
  await page.getByLabel('Operation', { exact: true }).selectOption('Decrypt');
  await page.getByRole('button', { name: /Use the last CiphertextBlob/ }).click();
  await page.getByRole('button', { name: 'Run Decrypt' }).click();
  await expect(page.getByRole('region', { name: 'Result of Decrypt' }).getByRole('alert')).toContainText('AccessDeniedException');

  await page.getByRole('link', { name: 'Audit trail' }).click();
  for (const name of ['Encrypt', 'Decrypt']) {
    await page
      .getByRole('checkbox', { name: new RegExp(`^Select ${name} at`) })
      .first()
      .check();
  }
  await snap(page, 'recorded-audit-selection');
  await page.getByRole('button', { name: 'Play 2 selected as scenario' }).click();
  await expect(page).toHaveURL(/\/scenarios\/recorded\/session-/);
}

test('record a lab session, play it, edit a narration, export it and import it again', async ({ page }, testInfo) => {
  await recordSession(page);
  await expect(announcer(page)).toHaveText(/^Step 1 of 2: Encrypt by IAM user student/);
  // The real bytes travelled: the plaintext the student typed is in the step's tokens.
  await page
    .getByRole('list', { name: 'What moved in this step' })
    .getByText(/^Plaintext 12 B$/)
    .click();
  await expect(page.getByTestId('byte-dump').first()).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(announcer(page)).toHaveText(/^Step 2 of 2: Decrypt by IAM user student: AccessDeniedException/);
  await expect(page.getByRole('heading', { name: /KMS call: Decrypt/ })).toBeVisible();

  const narration = page.getByLabel(/What the caption says/);
  await narration.fill('The student may encrypt but not decrypt: kms:Decrypt is a separate permission.');
  await page.getByRole('button', { name: 'Save narration' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Narration of step 2 saved.' })).toBeVisible();
  await snap(page, 'recorded-player');

  // Saved in the browser: a reload (deep link to step 2) keeps the edit.
  const url = page.url();
  await page.reload();
  await expect(announcer(page)).toHaveText(/separate permission\.$/);
  expect(page.url()).toBe(url);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario file' }).click();
  const file = testInfo.outputPath('session.json');
  await (await download).saveAs(file);
  const saved = JSON.parse(await readFile(file, 'utf8')) as { format: string; run: { steps: { narration: string }[] } };
  expect(saved.format).toBe('kmslab-scenario');
  expect(saved.run.steps[1]!.narration).toContain('separate permission');

  // A malformed file is refused with a clear message and nothing changes.
  await page.goto('/scenarios');
  const list = page
    .getByRole('region', { name: 'Your scenarios' })
    .or(page.locator('section', { has: page.getByRole('heading', { name: 'Your scenarios' }) }));
  await expect(list.getByRole('link')).toHaveCount(1);
  const broken = testInfo.outputPath('broken.json');
  await writeFile(broken, JSON.stringify({ ...saved, run: { ...saved.run, steps: [{ id: 'x' }] } }));
  await page.getByLabel('Import a scenario file (.json)').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('was not imported');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  await expect(list.getByRole('link')).toHaveCount(1);

  // The good file imports (as a copy: the original is never overwritten) and plays.
  await page.getByLabel('Import a scenario file (.json)').setInputFiles(file);
  await expect(page).toHaveURL(/\/scenarios\/recorded\/session-/);
  await expect(announcer(page)).toHaveText(/^Step 1 of 2: /);
  await page.keyboard.press('End');
  await expect(announcer(page)).toHaveText(/separate permission\.$/);
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.getByTestId('presenter-stage')).toBeFocused();
  await expect(page.locator('#scn-caption')).toContainText('separate permission');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeFocused();

  // The recorded page and the list with "Your scenarios" pass axe in both themes.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(300);
    await snap(page, `recorded-page-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.goto('/scenarios');
  await expect(list.getByRole('link')).toHaveCount(2);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(300);
    await snap(page, `scenarios-list-yours-${scheme}`);
    expect(await axeViolations(page)).toEqual([]);
  }
});

async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
