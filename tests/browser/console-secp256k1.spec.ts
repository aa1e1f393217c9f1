import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';

/** Runs a console operation on the key `alias` with the message in the form, and returns its result region. */
async function run(page: Page, operation: 'Sign' | 'Verify', alias: string, message: string) {
  await page.getByLabel('Operation', { exact: true }).selectOption(operation);
  await page.getByLabel('Signing key').fill(alias);
  await page.getByRole('textbox', { name: 'Message' }).fill(message);
  await page.getByLabel('Signing algorithm').selectOption('ECDSA_SHA_256');
  if (operation === 'Verify') await page.getByRole('button', { name: /Use the last Signature/ }).click();
  await page.getByRole('button', { name: `Run ${operation}` }).click();
  return page.getByRole('region', { name: `Result of ${operation}` });
}

test('a secp256k1 key from the Create key form signs, and Verify tells a good signature from a changed message', async ({ page }) => {
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'KMS Lab console' })).toBeVisible();
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel('Key spec').selectOption('ECC_SECG_P256K1');
  await expect(form.getByLabel('Key usage')).toHaveValue('SIGN_VERIFY');
  await form.getByLabel(/Alias/).fill('alias/wallet');
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: 'alias/wallet' })).toBeVisible();
  await expect(page.getByRole('row', { name: /alias\/wallet/ })).toContainText('ECC_SECG_P256K1');

  await page.getByRole('link', { name: 'Operations' }).click();
  const signed = await run(page, 'Sign', 'alias/wallet', 'send 1 BTC to Alice');
  await expect(signed).toContainText('Sign succeeded');
  await expect(signed).toContainText('ECDSA_SHA_256');

  const good = await run(page, 'Verify', 'alias/wallet', 'send 1 BTC to Alice');
  await expect(good).toContainText('Verify succeeded');
  await expect(good).toContainText('SignatureValid');
  await snap(page, 'console-secp256k1-verify');

  const bad = await run(page, 'Verify', 'alias/wallet', 'send 9 BTC to Mallory');
  await expect(bad.getByRole('alert')).toContainText('KMSInvalidSignatureException');
});

for (const [width, scheme] of [
  [1280, 'light'],
  [1280, 'dark'],
  [390, 'light'],
  [390, 'dark'],
] as const) {
  test(`the Create key form offers ECC_SECG_P256K1 with SIGN_VERIFY only (${width} px, ${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/lab');
    await page.getByRole('button', { name: 'Create key' }).first().click();
    const form = page.getByRole('form', { name: 'Create key' });
    await form.getByLabel('Key spec').selectOption('ECC_SECG_P256K1');
    await expect(form.getByLabel('Key spec').locator('option:checked')).toHaveText('ECC_SECG_P256K1: ECC SECG P-256K1 (secp256k1)');
    await expect(form.getByLabel('Key usage').locator('option')).toHaveText(['SIGN_VERIFY']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, `console-create-secp256k1-${width}-${scheme}`);
  });
}
