import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';

async function openLab(page: Page) {
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'KMS Lab console' })).toBeVisible();
}

/** Creates a symmetric key with Origin EXTERNAL from the Create key form and opens its page. */
async function createExternalKey(page: Page, alias: string) {
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel('Key material origin').selectOption('EXTERNAL');
  await form.getByLabel(/Alias/).fill(alias);
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('row', { name: new RegExp(alias) })).toContainText('PendingImport');
  await openKey(page, alias);
}

async function openKey(page: Page, alias: string) {
  await page.getByRole('cell', { name: alias }).locator('..').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Import key material' })).toBeVisible();
}

const importSection = (page: Page) => page.getByRole('region', { name: 'Import key material' });
const metadata = (page: Page) => page.getByRole('region', { name: /Metadata/ });

/** Back to the console's Operations tab and Decrypt the last ciphertext; returns the result region. */
async function decryptLast(page: Page) {
  await page.getByRole('link', { name: '← All keys' }).click();
  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption('Decrypt');
  await page.getByRole('button', { name: /Use the last CiphertextBlob/ }).click();
  await page.getByRole('button', { name: 'Run Decrypt' }).click();
  return page.getByRole('region', { name: 'Result of Decrypt' });
}

test('import material that expires, encrypt, let it expire, re-import the same material, delete it', async ({ page }) => {
  await openLab(page);
  await createExternalKey(page, 'alias/byok');
  const flow = importSection(page);
  await expect(flow).toContainText('State PendingImport');

  await flow.getByLabel('Wrapping algorithm').selectOption('RSAES_OAEP_SHA_256');
  await flow.getByRole('button', { name: 'Get wrapping key and import token' }).click();
  await expect(flow.getByLabel('Wrapping public key', { exact: true })).not.toBeEmpty();
  await expect(flow.getByLabel('Import token', { exact: true })).not.toBeEmpty();
  await expect(flow).toContainText('ParametersValidTo');
  await expect(flow).toContainText('aws kms get-parameters-for-import');
  await flow.getByRole('button', { name: 'Generate 256-bit key material' }).click();
  await expect(flow).toContainText('Key material ready: 256 bits');
  await expect(flow).toContainText('openssl rand -out PlaintextKeyMaterial.bin 32');
  await flow.getByRole('button', { name: 'Wrap key material' }).click();
  await expect(flow).toContainText('Encrypted key material (256 bytes, base64)');
  await expect(flow).toContainText('rsa_oaep_md:sha256');
  await expect(flow.getByLabel('Expires (KEY_MATERIAL_EXPIRES)')).toBeChecked();
  await expect(flow).toContainText('--expiration-model KEY_MATERIAL_EXPIRES');
  await snap(page, 'console-import-flow');
  await flow.getByRole('button', { name: 'Import key material' }).click();
  await expect(metadata(page)).toContainText('Enabled');
  await expect(flow).toContainText('expiration model KEY_MATERIAL_EXPIRES');
  await expect(page.getByRole('region', { name: 'What ran' })).toContainText('ImportKeyMaterial');

  await page.getByRole('link', { name: '← All keys' }).click();
  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption('Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/byok');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill('sealed with my own material');
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  await expect(page.getByRole('region', { name: 'Result of Encrypt' })).toContainText('Encrypt succeeded');
  await page.getByRole('link', { name: 'Keys' }).click();
  await openKey(page, 'alias/byok');
  let decrypted = await decryptLast(page);
  await expect(decrypted.getByLabel('Plaintext as text')).toHaveText('sealed with my own material');

  // ValidTo defaults to a week ahead: thirty days later the material is gone.
  await page.getByRole('button', { name: '+30 days' }).click();
  await page.getByRole('button', { name: 'Run Decrypt' }).click();
  await expect(decrypted.getByRole('alert')).toContainText('KMSInvalidStateException');
  await page.getByRole('link', { name: 'Keys' }).click();
  await expect(page.getByRole('row', { name: /alias\/byok/ })).toContainText('PendingImport');

  await openKey(page, 'alias/byok');
  await expect(importSection(page)).toContainText('Key material ready: 256 bits');
  await importSection(page).getByRole('button', { name: 'Re-import the same material' }).click();
  await expect(metadata(page)).toContainText('Enabled');
  decrypted = await decryptLast(page);
  await expect(decrypted.getByLabel('Plaintext as text')).toHaveText('sealed with my own material');

  await page.getByRole('link', { name: 'Keys' }).click();
  await openKey(page, 'alias/byok');
  await importSection(page).getByRole('button', { name: 'Delete imported key material' }).click();
  await expect(metadata(page)).toContainText('PendingImport');
  await expect(page.getByRole('region', { name: 'What ran' })).toContainText('DeleteImportedKeyMaterial');
});

test('new material for a key that had other material is refused with AWS’s IncorrectKeyMaterialException', async ({ page }) => {
  await openLab(page);
  await createExternalKey(page, 'alias/byok-wrong');
  const flow = importSection(page);
  await flow.getByLabel('Does not expire (KEY_MATERIAL_DOES_NOT_EXPIRE)').check();
  for (const round of [1, 2]) {
    await flow.getByRole('button', { name: 'Get wrapping key and import token' }).click();
    await flow.getByRole('button', { name: 'Generate 256-bit key material' }).click();
    await flow.getByRole('button', { name: 'Wrap key material' }).click();
    await flow.getByRole('button', { name: 'Import key material' }).click();
    if (round === 1) {
      await expect(metadata(page)).toContainText('Enabled');
      await flow.getByRole('button', { name: 'Delete imported key material' }).click();
      await expect(metadata(page)).toContainText('PendingImport');
    }
  }
  await expect(flow.getByRole('alert')).toContainText('IncorrectKeyMaterialException');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the import flow passes axe and works from the keyboard (${scheme})`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.emulateMedia({ colorScheme: scheme });
    await openLab(page);
    await createExternalKey(page, `alias/byok-${scheme}`);
    const flow = importSection(page);
    await flow.getByRole('button', { name: 'Get wrapping key and import token' }).focus();
    await page.keyboard.press('Enter');
    await expect(flow.getByLabel('Import token', { exact: true })).not.toBeEmpty();
    await flow.getByRole('button', { name: 'Generate 256-bit key material' }).focus();
    await page.keyboard.press('Enter');
    await flow.getByRole('button', { name: 'Wrap key material' }).focus();
    await page.keyboard.press('Enter');
    await expect(flow).toContainText('Encrypted key material (256 bytes');
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await snap(page, `console-import-${scheme}-${width}`);
      await flow.screenshot({ path: `tests/artifacts/screenshots/console-import-section-${scheme}-${width}.png` });
    }
  });
}
