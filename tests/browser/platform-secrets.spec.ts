import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Records every console message (any level), page URL and request URL for later inspection. */
function recordTraffic(page: Page) {
  const seen: string[] = [];
  page.on('console', (msg) => seen.push(`console.${msg.type()}: ${msg.text()}`));
  page.on('framenavigated', (frame) => seen.push(`url: ${frame.url()}`));
  page.context().on('request', (req) => seen.push(`request: ${req.url()} ${req.postData() ?? ''}`));
  return seen;
}

// Whatever a learner encrypts stays out of logs, addresses and requests: the envelope page runs the
// whole flow (GenerateDataKey through the SDK, AES-GCM in a Web Worker) under the strict CSP, and the
// plaintext never shows up in a console message, a URL or a request.
test('envelope encryption under the CSP leaks no plaintext to logs, URLs or requests', async ({ page }) => {
  const secret = `kmslab-secret-${Date.now().toString(36)}`;
  const seen = recordTraffic(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.goto('/lab/envelope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envelope encryption');
  await page.getByRole('button', { name: /Create a key in us-east-1/ }).click();
  await expect(page.getByLabel(/KMS key \(symmetric/)).toHaveValue(/.+/);
  await page
    .getByLabel('File to encrypt')
    .setInputFiles({ name: 'diary.txt', mimeType: 'text/plain', buffer: Buffer.from(`${secret}\n`.repeat(64)) });
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(page.getByText(/Encrypted .* under arn:aws:kms:us-east-1:/)).toBeVisible();
  await expect(page.getByText(/plaintext bytes were overwritten with zeros/)).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(seen.length).toBeGreaterThan(0);
  const encoded = [secret, Buffer.from(secret).toString('base64').slice(0, 16), Buffer.from(secret).toString('hex').slice(0, 24)];
  expect(seen.filter((line) => encoded.some((s) => line.includes(s)))).toEqual([]);
});

// The audit trail records who used which key, never what was encrypted nor any key material: after an
// Encrypt and a GenerateDataKey in the console, neither the trail on screen (every event's JSON
// opened) nor anything the app stored in IndexedDB or localStorage holds the plaintext or the data key.
test('the audit trail and stored state hold no plaintext and no data key', async ({ page }) => {
  const secret = `audit-secret-${Date.now().toString(36)}`;
  await page.goto('/lab');
  await expect(page.getByRole('heading', { level: 1, name: 'KMS Lab console' })).toBeVisible();
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel(/Alias/).fill('alias/audited');
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: 'alias/audited' })).toBeVisible();

  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Operation', { exact: true }).selectOption('Encrypt');
  await page.getByLabel('Key (id, ARN or alias)').fill('alias/audited');
  await page.getByRole('textbox', { name: 'Plaintext' }).fill(secret);
  await page.getByRole('button', { name: 'Run Encrypt' }).click();
  await expect(page.getByRole('region', { name: 'Result of Encrypt' })).toContainText('Encrypt succeeded');

  await page.getByLabel('Operation', { exact: true }).selectOption('GenerateDataKey');
  await expect(page.getByRole('combobox', { name: 'Key', exact: true })).toHaveValue('alias/audited');
  await page.getByLabel('Data key spec').selectOption('AES_256');
  await page.getByRole('button', { name: 'Run GenerateDataKey' }).click();
  const result = page.getByRole('region', { name: 'Result of GenerateDataKey' });
  await expect(result).toContainText('GenerateDataKey succeeded');
  // The console shows the learner the plaintext data key (base64): it must not reach the trail.
  const dataKeyB64 =
    (
      await result
        .getByLabel(/Plaintext as base64/)
        .first()
        .textContent()
    )?.trim() ?? '';
  expect(dataKeyB64).toMatch(/^[A-Za-z0-9+/]{43}=$/);

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Audit trail' })).toBeVisible();
  // Every event, reads included (the trail hides read-only events by default).
  await page.getByRole('checkbox', { name: /Hide read-only events/ }).uncheck();
  const events = page.getByText('Event JSON');
  await expect(events.first()).toBeVisible();
  for (const summary of await events.all()) await summary.click();
  // The trail's own section: the operations panel beside it still shows the learner's last command.
  const trailSection = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Audit trail' }) });
  const trail = (await trailSection.textContent()) ?? '';
  expect(trail).toContain('GenerateDataKey');
  expect(trail).toContain('Encrypt');

  const stored = await page.evaluate(async () => {
    const dump: string[] = [JSON.stringify({ ...localStorage })];
    const names = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('open failed'));
        });
        // Bytes as base64 so a stored Uint8Array of the data key would show up as the same text.
        dump.push(
          JSON.stringify(all, (_k, v: unknown) =>
            v instanceof Uint8Array
              ? btoa(String.fromCharCode(...v))
              : v instanceof ArrayBuffer
                ? btoa(String.fromCharCode(...new Uint8Array(v)))
                : v,
          ),
        );
      }
      db.close();
    }
    return { names, text: dump.join('\n') };
  });
  expect(stored.names).toContain('kmslab');
  expect(stored.text.length).toBeGreaterThan(100);
  for (const needle of [secret, Buffer.from(secret).toString('base64').slice(0, 16), dataKeyB64]) {
    expect(trail.includes(needle), `audit trail holds ${needle}`).toBe(false);
    expect(stored.text.includes(needle), `stored state holds ${needle}`).toBe(false);
  }
});
