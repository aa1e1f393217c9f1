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
  await page.getByLabel('File to encrypt').setInputFiles({ name: 'diary.txt', mimeType: 'text/plain', buffer: Buffer.from(`${secret}\n`.repeat(64)) });
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(page.getByText(/Encrypted .* under arn:aws:kms:us-east-1:/)).toBeVisible();
  await expect(page.getByText(/plaintext bytes were overwritten with zeros/)).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(seen.length).toBeGreaterThan(0);
  const encoded = [secret, Buffer.from(secret).toString('base64').slice(0, 16), Buffer.from(secret).toString('hex').slice(0, 24)];
  expect(seen.filter((line) => encoded.some((s) => line.includes(s)))).toEqual([]);
});
