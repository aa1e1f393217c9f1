import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';

async function openLab(page: Page, query = '') {
  await page.goto(`/lab${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'KMS Lab console' })).toBeVisible();
  await expect(page.getByLabel('Region')).toBeVisible();
}

async function createKey(page: Page, alias: string) {
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel(/Alias/).fill(alias);
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: alias })).toBeVisible();
}

async function runOperation(page: Page, operation: string) {
  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption(operation);
}

test('create a key, encrypt, decrypt, and see the CLI command that did it', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/exam-app');

  await runOperation(page, 'Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/exam-app');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill('my database password');
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  const result = page.getByRole('region', { name: 'Result of Encrypt' });
  await expect(result).toContainText('Encrypt succeeded');
  await expect(result.getByRole('figure').filter({ hasText: 'AWS CLI' })).toContainText('aws kms encrypt');
  await expect(result).toContainText('--key-id alias/exam-app');
  await result.getByText('What is inside this ciphertext blob').click();
  await expect(result).toContainText('nonce');
  await snap(page, 'console-encrypt');

  await page.getByLabel('Operation', { exact: true }).selectOption('Decrypt');
  await page.getByRole('button', { name: /Use the last CiphertextBlob/ }).click();
  await page.getByRole('button', { name: 'Run Decrypt' }).click();
  const decrypted = page.getByRole('region', { name: 'Result of Decrypt' });
  await expect(decrypted).toContainText('Decrypt succeeded');
  await expect(decrypted.getByLabel('Plaintext as text')).toHaveText('my database password');
});

test('4,097 bytes to Encrypt gives AWS’s ValidationException and points to envelope encryption', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/limit');
  await runOperation(page, 'Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/limit');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill('x'.repeat(4097));
  await expect(page.getByText('4,097 bytes')).toBeVisible();
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  const alert = page.getByRole('region', { name: 'Result of Encrypt' }).getByRole('alert');
  await expect(alert).toContainText('ValidationException');
  await expect(alert).toContainText('4096');
  await expect(alert).toContainText('GenerateDataKey');
  await snap(page, 'console-4kb-error');
});

test('rotation happens when the simulated clock passes the date, and persists across reload', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/rotating');
  await page.getByRole('cell', { name: 'alias/rotating' }).locator('..').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Rotation' })).toBeVisible();
  await page.getByLabel('Rotation period (days)').fill('90');
  await page.getByRole('button', { name: 'Enable automatic rotation' }).click();
  await expect(page.getByText(/Automatic rotation is on, every 90 days/)).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Rotation history' })).toContainText('Rotation history (0)');

  await page.getByRole('button', { name: '+30 days' }).click();
  await page.getByRole('button', { name: '+30 days' }).click();
  await page.getByRole('button', { name: '+30 days' }).click();
  await page.getByRole('button', { name: '+1 day' }).click();
  await expect(page.getByRole('table').filter({ hasText: 'Rotation history' })).toContainText('Rotation history (1)');
  await expect(page.getByRole('table').filter({ hasText: 'Rotation history' })).toContainText('AUTOMATIC');
  await snap(page, 'console-rotation');

  await page.reload();
  await expect(page.getByText(/Automatic rotation is on, every 90 days/)).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Rotation history' })).toContainText('Rotation history (1)');
});

test('switching to a user without kms:Decrypt gets AccessDeniedException with an explanation', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/shared');
  await page.getByRole('link', { name: 'Principals' }).click();
  await page.getByLabel('Name').fill('encrypter');
  await page.getByLabel('Identity policy template').selectOption('encrypt-only');
  await page.getByRole('button', { name: 'Create and act as it' }).click();
  await expect(page.getByLabel('Acting as')).toHaveValue(/.+/);
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText(/encrypter/);

  await runOperation(page, 'Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/shared');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill('allowed to encrypt');
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  await expect(page.getByRole('region', { name: 'Result of Encrypt' })).toContainText('Encrypt succeeded');

  await page.getByLabel('Operation', { exact: true }).selectOption('Decrypt');
  await page.getByRole('button', { name: /Use the last CiphertextBlob/ }).click();
  await page.getByRole('button', { name: 'Run Decrypt' }).click();
  const alert = page.getByRole('region', { name: 'Result of Decrypt' }).getByRole('alert');
  await expect(alert).toContainText('AccessDeniedException');
  await expect(alert).toContainText('kms:Decrypt');
  await expect(alert).toContainText('separate');

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await page.getByLabel('Outcome').selectOption('denied');
  await expect(page.getByRole('listitem').filter({ hasText: 'Decrypt' }).first()).toContainText('AccessDeniedException');
  await snap(page, 'console-audit');
});

test('keys persist across reload and Reset starts over', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/keeper');
  await page.reload();
  await expect(page.getByRole('cell', { name: 'alias/keeper' })).toBeVisible();
  // Reset asks first, in a modal dialog: Escape (or Cancel) leaves everything as it was, focus back on the button.
  const reset = page.getByRole('button', { name: 'Reset lab…' });
  await reset.click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset the lab?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await snap(page, 'console-reset-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(page.getByRole('cell', { name: 'alias/keeper' })).toBeVisible();
  await reset.click();
  await dialog.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/No keys in us-east-1 yet/)).toBeVisible();
});

test('S3 with SSE-KMS creates the AWS managed key aws/s3 on first use', async ({ page }) => {
  await openLab(page);
  await page.getByRole('link', { name: 'AWS services' }).click();
  await page.getByRole('button', { name: 'S3 puts an object with SSE-KMS' }).click();
  await expect(page.getByText(/Stored: s3:\/\/kmslab-demo-bucket/)).toBeVisible();
  await page.getByRole('link', { name: 'Keys' }).click();
  await expect(page.getByRole('cell', { name: 'aws/s3' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'aws/s3' })).toContainText('AWS');
});

test('phone width and dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLab(page);
  await createKey(page, 'alias/phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap(page, 'console-phone-dark');
});

test('key policy editor points at the bad line, and KMS refuses a policy that locks everyone out', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/policy');
  await page.getByRole('cell', { name: 'alias/policy' }).locator('..').getByRole('link').click();
  const editor = page.getByRole('textbox', { name: 'Policy document (JSON)' });
  await expect(editor).toHaveValue(/Enable IAM User Permissions/);
  await editor.fill('{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}');
  await expect(page.getByText(/Line 3, column 17: a value is expected here/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save key policy' })).toBeDisabled();

  const lockout = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'OnlyUse', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:Encrypt', Resource: '*' },
    ],
  });
  await editor.fill(lockout);
  await page.getByRole('button', { name: 'Save key policy' }).click();
  const alert = page.getByRole('region', { name: 'Result of PutKeyPolicy' }).getByRole('alert');
  await expect(alert).toContainText('MalformedPolicyDocumentException');
  await expect(page.getByRole('status').filter({ hasText: 'PutKeyPolicy failed' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toHaveValue(/Enable IAM User Permissions/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every console section and the key page pass axe (${scheme})`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.emulateMedia({ colorScheme: scheme });
    await openLab(page);
    await createKey(page, `alias/axe-${scheme}`);
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      const found = violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id}: ${n.target.join(' ')}`));
      expect(found).toEqual([]);
    };
    await check('keys');
    for (const tab of ['Operations', 'AWS services', 'Principals', 'Audit trail']) {
      await page.getByRole('navigation', { name: 'Lab sections' }).getByRole('link', { name: tab }).click();
      await expect(page.getByRole('heading', { level: 2, name: tab === 'AWS services' ? 'AWS services using KMS' : tab })).toBeVisible();
      await check(tab);
    }
    await page.getByRole('navigation', { name: 'Lab sections' }).getByRole('link', { name: 'Keys' }).click();
    await page
      .getByRole('cell', { name: `alias/axe-${scheme}` })
      .locator('..')
      .getByRole('link')
      .click();
    await expect(page.getByRole('heading', { name: 'Key policy' })).toBeVisible();
    await check('key page');
  });
}

test('audit trail: event ids stay unique after a reload, read-only reads hidden by default, the Region explanation', async ({ page }) => {
  await openLab(page);
  await createKey(page, 'alias/trail-one');
  await page.reload();
  await createKey(page, 'alias/trail-two');
  await page.getByRole('link', { name: 'Audit trail' }).click();
  const hide = page.getByRole('checkbox', { name: /Hide read-only events/ });
  await expect(hide).toBeChecked();
  const list = page.getByRole('list').filter({ has: page.getByRole('checkbox', { name: /^Select / }) });
  await expect(list.getByRole('listitem').filter({ hasText: /^\s*CreateKey/ })).toHaveCount(2);
  // The console's own ListKeys/DescribeKey reads are hidden, and come back with the box unchecked.
  await expect(list.getByRole('listitem').filter({ hasText: 'ListKeys' })).toHaveCount(0);
  await hide.uncheck();
  await expect(list.getByRole('listitem').filter({ hasText: 'ListKeys' }).first()).toBeVisible();
  // Every event id is unique (they were repeated after a reload before).
  const ids = await list
    .locator('pre')
    .evaluateAll((pres) => pres.map((p) => (JSON.parse(p.textContent ?? '{}') as { eventId: string }).eventId));
  expect(ids.length).toBeGreaterThan(4);
  expect(new Set(ids).size).toBe(ids.length);

  // A single-Region key's ciphertext decrypted in another Region: AWS's message, then the one Region explanation.
  await runOperation(page, 'Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/trail-one');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill('regional');
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  await expect(page.getByRole('region', { name: 'Result of Encrypt' })).toContainText('Encrypt succeeded');
  await page.getByLabel('Region').selectOption('eu-west-1');
  await page.getByLabel('Operation', { exact: true }).selectOption('Decrypt');
  await page.getByRole('button', { name: /Use the last CiphertextBlob/ }).click();
  // KeyId left out: a symmetric ciphertext names its key.
  await page.getByLabel(/^Key \(optional/).fill('');
  await page.getByRole('button', { name: 'Run Decrypt' }).click();
  const alert = page.getByRole('region', { name: 'Result of Decrypt' }).getByRole('alert');
  await expect(alert).toContainText('does not exist in this region, or you are not allowed to access.');
  await expect(alert).toContainText("The Region is part of a KMS key's identity");
  await expect(alert).toContainText('exists in us-east-1 but not in eu-west-1');
  await snap(page, 'console-region-explanation');
});

test('creating a key shows every call under What ran; the state buttons fit the state; new principals start with no policy', async ({
  page,
}) => {
  await openLab(page);
  await createKey(page, 'alias/both-calls');
  const whatRan = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'What ran' }) });
  await expect(whatRan.getByRole('region', { name: 'Result of CreateKey' })).toBeVisible();
  await expect(whatRan.getByRole('region', { name: 'Result of CreateAlias' })).toBeVisible();

  await page.getByRole('cell', { name: 'alias/both-calls' }).locator('..').getByRole('link').click();
  await expect(page.getByRole('button', { name: 'Disable', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enable', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Enable', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Disable', exact: true })).toHaveCount(0);

  await page.goto('/lab?tab=principals');
  await expect(page.getByLabel('Identity policy template')).toHaveValue('none');
  await expect(page.getByLabel(/Identity policy \(JSON/)).toHaveValue('');
});
