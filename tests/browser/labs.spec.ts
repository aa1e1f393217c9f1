import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';

/** Opens a lab's page and starts it (sets up its own account) if it is not started yet. */
async function startLab(page: Page, labId: string, title: string | RegExp) {
  await page.goto(`/labs/${labId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const start = page.getByRole('button', { name: 'Start the lab' });
  const open = page.getByRole('button', { name: 'Open in the console' });
  await expect(start.or(open)).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(open).toBeVisible();
}

/** A handout's value, as the lab page shows it. */
async function handout(page: Page, label: string): Promise<string> {
  const item = page.getByRole('listitem').filter({ hasText: label });
  return (await item.locator('code').textContent())!.trim();
}

/** Enters the lab's workspace in the console and waits for the banner. */
async function openConsole(page: Page, title: string) {
  await page.getByRole('button', { name: 'Open in the console' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KMS Lab console' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lab challenge in progress' })).toContainText(title);
}

async function openKey(page: Page, alias: string) {
  await page.getByRole('link', { name: 'Keys', exact: true }).click();
  await page.getByRole('cell', { name: alias }).locator('..').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Key policy' })).toBeVisible();
}

/** Adds a statement to the key policy in the console's editor and saves it. */
async function addStatement(page: Page, statement: object) {
  const editor = page.getByLabel('Policy document (JSON)');
  await expect(editor).toHaveValue(/Statement/);
  const policy = JSON.parse(await editor.inputValue()) as { Statement: object[] };
  policy.Statement.push(statement);
  await editor.fill(JSON.stringify(policy, null, 2));
  await page.getByRole('button', { name: 'Save key policy' }).click();
  await expect(page.getByRole('region', { name: 'Result of PutKeyPolicy' })).toContainText('PutKeyPolicy succeeded');
}

async function actAs(page: Page, label: RegExp) {
  const picker = page.getByLabel('Acting as');
  const value = await picker.locator('option', { hasText: label }).getAttribute('value');
  await picker.selectOption(value);
}

/** Runs an operation on the Operations tab with a pasted blob and an encryption context. */
async function runWithContext(page: Page, operation: string, fields: Record<string, string>, context: Record<string, string>) {
  const back = page.getByRole('link', { name: 'All keys' });
  if (await back.isVisible()) await back.click();
  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption(operation);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  const legend = page.getByRole('group', { name: 'Encryption context' });
  let row = 1;
  for (const [key, value] of Object.entries(context)) {
    await legend.getByRole('button', { name: 'Add pair' }).click();
    await page.getByLabel(`Encryption context key ${row}`).fill(key);
    await page.getByLabel(`Encryption context value ${row}`).fill(value);
    row++;
  }
  await page.getByRole('button', { name: `Run ${operation}` }).click();
  return page.getByRole('region', { name: `Result of ${operation}` });
}

/** The banner's "Check my work", and the verdict on the lab page. */
async function checkWork(page: Page) {
  await page.getByRole('link', { name: 'Check my work' }).click();
  await expect(page.getByText(/conditions hold/)).toBeVisible();
}

test('the rotation lab (a clock lab) solved in the console, graded, and still done after a reload', async ({ page }) => {
  await startLab(page, 'rotation-old-ciphertext', 'Rotate a key and read what it encrypted before');
  const ciphertext = await handout(page, 'The 2024 ledger ciphertext');
  await openConsole(page, 'Rotate a key and read what it encrypted before');

  await openKey(page, 'alias/ledger');
  await page.getByLabel('Rotation period (days)').fill('365');
  await page.getByRole('button', { name: 'Enable automatic rotation' }).click();
  await expect(page.getByText(/Automatic rotation is on, every 365 days/)).toBeVisible();
  await page.getByRole('button', { name: '+1 year' }).click();
  await page.getByRole('button', { name: '+1 year' }).click();
  await page.getByRole('button', { name: '+30 days' }).click();
  await expect(page.getByRole('table').filter({ hasText: 'Rotation history' })).toContainText('Rotation history (2)');

  const result = await runWithContext(page, 'Decrypt', { 'Ciphertext blob': ciphertext }, { ledger: '2024' });
  await expect(result).toContainText('Decrypt succeeded');
  await expect(result.getByLabel('Plaintext as text')).toContainText('2024 totals');

  await checkWork(page);
  await expect(page.getByText(/All 4 conditions hold/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Model solution' })).toContainText('aws kms enable-key-rotation');
  await snap(page, 'labs-rotation-done');

  await page.reload();
  await expect(page.getByText(/^Done in/)).toBeVisible();
  await page.goto('/progress');
  const labs = page.getByRole('region', { name: 'Hands-on labs' });
  await expect(labs).toContainText('1 of 16 labs done');
  await expect(labs.getByRole('row', { name: /^Key rotation/ })).toContainText('1 of 1');
  await expect(labs.getByRole('row', { name: /^Key rotation/ })).toContainText('(done)');
  await expect(labs.getByRole('row', { name: /^Key policies and IAM/ })).toContainText('0 of 3');
  // The export file carries the lab record with the quiz progress.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { labs: Record<string, object> };
  expect(file).toMatchObject({ format: 'kmslab-progress', version: 4 });
  expect(file.labs['rotation-old-ciphertext']).toMatchObject({ completedAt: expect.any(String), startedAt: expect.any(String) });
});

test('the least-privilege lab (a policy lab): a wrong policy is refused with reasons, the right one passes', async ({ page }) => {
  await startLab(page, 'least-privilege-context', 'Least privilege with an encryption context condition');
  await openConsole(page, 'Least privilege');
  await openKey(page, 'alias/finance-data');
  // First the over-broad policy a hurried admin writes: everyone, every action.
  await addStatement(page, { Sid: 'TooBroad', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' });
  await checkWork(page);
  const results = page.getByRole('region', { name: 'Check your work' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Nobody else gains access' })).toContainText('"*"');
  await expect(results).not.toContainText('All 5 conditions hold');

  await page.getByRole('button', { name: 'Open in the console' }).click();
  await openKey(page, 'alias/finance-data');
  const editor = page.getByLabel('Policy document (JSON)');
  await expect(editor).toHaveValue(/TooBroad/);
  const policy = JSON.parse(await editor.inputValue()) as { Statement: { Sid?: string }[] };
  policy.Statement = policy.Statement.filter((s) => s.Sid !== 'TooBroad');
  policy.Statement.push({
    Sid: 'AppRoleFinanceOnly',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:role/AppRole' },
    Action: ['kms:Encrypt', 'kms:Decrypt'],
    Resource: '*',
    Condition: { StringEquals: { 'kms:EncryptionContext:department': 'finance' } },
  } as { Sid: string });
  await editor.fill(JSON.stringify(policy, null, 2));
  await page.getByRole('button', { name: 'Save key policy' }).click();
  await expect(page.getByRole('region', { name: 'Result of PutKeyPolicy' })).toContainText('PutKeyPolicy succeeded');

  await actAs(page, /AppRole/);
  const result = await runWithContext(
    page,
    'Encrypt',
    { 'Key (id, ARN or alias)': 'alias/finance-data', Plaintext: 'Q3 forecast' },
    { department: 'finance' },
  );
  await expect(result).toContainText('Encrypt succeeded');
  await checkWork(page);
  await expect(page.getByText(/All 5 conditions hold/)).toBeVisible();
  await snap(page, 'labs-least-privilege-done');
});

test('the cross-account lab: key policy, a user in the partner account, and its Decrypt', async ({ page }) => {
  await startLab(page, 'cross-account-decrypt', 'Let another account decrypt with your key');
  const ciphertext = await handout(page, 'The report ciphertext');
  const keyArn = await handout(page, 'The key ARN');
  await openConsole(page, 'Let another account decrypt with your key');
  await openKey(page, 'alias/shared-reports');
  await addStatement(page, {
    Sid: 'PartnerDecrypt',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
    Action: 'kms:Decrypt',
    Resource: '*',
  });

  await page.getByRole('link', { name: 'All keys' }).click();
  await page.getByRole('link', { name: 'Principals' }).click();
  await page.getByLabel('Name').fill('analyst');
  await page.getByLabel('Account').selectOption('444455556666');
  await page
    .getByLabel('Identity policy (JSON, editable)')
    .fill(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: keyArn }] }));
  await page.getByRole('button', { name: 'Create and act as it' }).click();
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText(/analyst/);

  const result = await runWithContext(page, 'Decrypt', { 'Ciphertext blob': ciphertext }, { report: 'q3' });
  await expect(result).toContainText('Decrypt succeeded');
  await checkWork(page);
  await expect(page.getByText(/All 4 conditions hold/)).toBeVisible();
  await expect(page.getByText(/^Done in/)).toBeVisible();

  // Reset this lab: its account goes back to the start (the partner's statement is gone), the record stays.
  await page.getByRole('button', { name: 'Reset the lab…' }).click();
  await page.getByRole('button', { name: 'Yes, reset the lab' }).click();
  await page.getByRole('button', { name: 'Check my work' }).click();
  const results = page.getByRole('region', { name: 'Check your work' });
  await expect(results).toContainText(/conditions hold/);
  await expect(results).not.toContainText('All 4 conditions hold');
  await page.reload();
  await expect(page.getByText(/^Done in/)).toBeVisible();
  await page.goto('/labs');
  await expect(page.getByRole('status').filter({ hasText: 'labs done' })).toHaveText('1 of 16 labs done');
  await page.goto('/progress');
  await expect(page.getByRole('region', { name: 'Hands-on labs' }).getByRole('row', { name: /^Key policies and IAM/ })).toContainText(
    '1 of 3',
  );
});

/** Bytes in a call result, as base64 (switching the result's format to base64 first). */
async function resultBase64(page: Page, operation: string, field: string): Promise<string> {
  const result = page.getByRole('region', { name: `Result of ${operation}` });
  await result
    .getByRole('group', { name: `${field} format` })
    .getByRole('button', { name: 'base64' })
    .click();
  return (await result.getByLabel(`${field} as base64`).textContent())!.trim();
}

test('the BYOK lab: imported key material expires on the clock; the HSM wraps it again and the old payroll decrypts', async ({ page }) => {
  const title = 'Bring your own key material, and recover when it expires';
  await startLab(page, 'byok-material-expiry', title);
  const keyId = await handout(page, 'The key ID');
  const ciphertext = await handout(page, 'The March payroll ciphertext');
  await openConsole(page, title);
  await page.getByRole('button', { name: '+30 days' }).click();

  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption('GetParametersForImport');
  await page.getByLabel('Key (key ID or ARN, not an alias)').fill(keyId);
  await page.getByRole('button', { name: 'Run GetParametersForImport' }).click();
  await expect(page.getByRole('region', { name: 'Result of GetParametersForImport' })).toContainText('GetParametersForImport succeeded');
  const publicKey = await resultBase64(page, 'GetParametersForImport', 'PublicKey');
  const token = await resultBase64(page, 'GetParametersForImport', 'ImportToken');

  // The HSM on the lab page wraps the material it keeps.
  await page.getByRole('link', { name: 'Back to the lab' }).click();
  await page.getByLabel('Wrapping public key (PublicKey, base64)').fill(publicKey);
  await page.getByRole('button', { name: 'Wrap the key material' }).click();
  const wrapped = (await page.getByLabel('Wrapped key material').textContent())!.trim();
  expect(wrapped.length).toBeGreaterThan(300);

  await page.getByRole('button', { name: 'Open in the console' }).click();
  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption('ImportKeyMaterial');
  await page.getByLabel('Key (key ID or ARN, not an alias)').fill(keyId);
  await page.getByLabel('Import token', { exact: true }).fill(token);
  await page.getByLabel('Encrypted key material', { exact: true }).fill(wrapped);
  await page.getByLabel('Expiration model').selectOption('KEY_MATERIAL_DOES_NOT_EXPIRE');
  await page.getByRole('button', { name: 'Run ImportKeyMaterial' }).click();
  await expect(page.getByRole('region', { name: 'Result of ImportKeyMaterial' })).toContainText('ImportKeyMaterial succeeded');

  const result = await runWithContext(page, 'Decrypt', { 'Ciphertext blob': ciphertext }, { payroll: '2026-03' });
  await expect(result).toContainText('Decrypt succeeded');
  await checkWork(page);
  await expect(page.getByText(/All 4 conditions hold/)).toBeVisible();
  await snap(page, 'labs-byok-done');
});

test('reset puts one lab back to its starting state and leaves the learner’s own lab alone', async ({ page }) => {
  // Something of the learner's own, before any lab.
  await page.goto('/lab');
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel(/Alias/).fill('alias/my-own');
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: 'alias/my-own' })).toBeVisible();

  await startLab(page, 'multi-region-decrypt', 'Decrypt in another Region with a multi-Region key');
  await openConsole(page, 'Decrypt in another Region');
  await expect(page.getByRole('cell', { name: 'alias/my-own' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Create key' }).first().click();
  await page.getByRole('form', { name: 'Create key' }).getByLabel(/Alias/).fill('alias/scratch');
  await page.getByRole('form', { name: 'Create key' }).getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: 'alias/scratch' })).toBeVisible();

  await page.getByRole('button', { name: 'Reset lab…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('starting state');
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByRole('cell', { name: 'alias/global-orders' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'alias/scratch' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Leave the lab' }).click();
  await expect(page.getByRole('region', { name: 'Lab challenge in progress' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'alias/my-own' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'alias/global-orders' })).toHaveCount(0);
});

for (const [width, height, device] of [
  [1280, 900, 'desktop'],
  [390, 844, 'phone'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`labs pages at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/labs');
      await expect(page.getByRole('heading', { level: 1, name: 'Hands-on labs' })).toBeVisible();
      await snap(page, `labs-list-${device}-${scheme}`);
      await startLab(page, 'grant-batch-job', 'A temporary grant for a batch job');
      await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
      await page.getByRole('button', { name: 'Check my work' }).click();
      await expect(page.getByText(/conditions hold/)).toBeVisible();
      await snap(page, `labs-challenge-${device}-${scheme}`);
      await openConsole(page, 'A temporary grant for a batch job');
      await snap(page, `labs-console-banner-${device}-${scheme}`);
      await page.goto('/progress');
      const labs = page.getByRole('region', { name: 'Hands-on labs' });
      await expect(labs.getByRole('row', { name: /^Grants/ })).toContainText('(started)');
      await labs.screenshot({ path: `tests/artifacts/screenshots/labs-progress-${device}-${scheme}.png` });
    });
  }
}

// A lab page in the states axe does not see on a fresh load: hints shown, results listed, solution open, the HSM form.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe: a lab page with hints, results and the model solution (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // The BYOK lab's page also has the HSM's wrapping form.
    await startLab(page, 'byok-material-expiry', 'Bring your own key material, and recover when it expires');
    await expect(page.getByLabel('Wrapping public key (PublicKey, base64)')).toBeVisible();
    await page.getByRole('button', { name: /^Show hint 1/ }).click();
    await page.getByRole('button', { name: 'Check my work' }).click();
    await expect(page.getByText(/conditions hold/)).toBeVisible();
    await page.getByRole('button', { name: 'Show the model solution…' }).click();
    await page.getByRole('button', { name: 'Yes, show it' }).click();
    await expect(page.getByRole('region', { name: 'Model solution' })).toContainText('aws kms');
    await page.waitForTimeout(600);
    await snap(page, `labs-axe-states-${scheme}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`))).toEqual([]);
  });
}
