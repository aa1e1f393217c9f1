import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';

const MiB = 1024 * 1024;
const HEADER_MAGIC = [0x89, 0x4b, 0x4d, 0x53, 0x4c, 0x41, 0x42, 0x0a];

/** Pseudo-random bytes, different per seed, so a wrong byte anywhere shows. */
function pattern(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function openPageWithKey(page: Page) {
  await page.goto('/lab/envelope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envelope encryption');
  // A fresh browser has no keys: the page offers to create one.
  await page.getByRole('button', { name: /Create a key in us-east-1/ }).click();
  await expect(page.getByLabel(/KMS key \(symmetric/)).toHaveValue(/.+/);
  await expect(page.getByLabel(/KMS key \(symmetric/).locator('option:checked')).toHaveText('alias/envelope-lab');
}

async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const decryptSection = (page: Page) => page.getByRole('region', { name: 'Decrypt', exact: true });
const jobPanel = (page: Page) => page.locator('section[aria-labelledby="job-heading"]');

test('encrypts a real file through the page and decrypts it back, byte for byte', async ({ page }) => {
  await openPageWithKey(page);
  const original = pattern(2 * MiB + 12345);
  await page.getByLabel('File to encrypt').setInputFiles({ name: 'notes.bin', mimeType: 'application/octet-stream', buffer: original });
  await page.getByRole('button', { name: 'Add a pair' }).first().click();
  await page.getByLabel('Context key 2').first().fill('team');
  await page.getByLabel('Context value 2').first().fill('blue');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();

  const panel = jobPanel(page);
  await expect(panel.getByText(/Encrypted 2\.0 MiB in 3 chunks under arn:aws:kms:us-east-1:111122223333:key\//)).toBeVisible();
  // The step list mirrors the diagram and says the plaintext key was zeroed.
  for (const step of ['GenerateDataKey', 'Discard the plaintext key', 'Encrypt locally', 'Store the wrapped key with the data']) {
    await expect(panel.getByText(new RegExp(`${step}.*\\(done\\)`))).toBeVisible();
  }
  await expect(panel.getByText(/32 plaintext bytes were overwritten with zeros/)).toBeVisible();
  await expect(panel.getByRole('progressbar')).toHaveAttribute('value', '100');
  await snap(page, 'envelope-encrypted-desktop');

  const sealed = await download(page, /Download notes\.bin\.kmslab/);
  expect(sealed.name).toBe('notes.bin.kmslab');
  expect([...sealed.bytes.subarray(0, 8)]).toEqual(HEADER_MAGIC);
  const headerLength = sealed.bytes.readUInt32BE(10);
  expect(sealed.bytes.length).toBe(headerLength + original.length + 3 * 16);
  expect(sealed.bytes.includes(original.subarray(1000, 1032))).toBe(false);

  // Decrypt the downloaded file: the header is shown, the context prefilled from it.
  const dec = decryptSection(page);
  await dec.getByLabel('.kmslab file to decrypt').setInputFiles({ name: 'notes.bin.kmslab', mimeType: 'application/octet-stream', buffer: sealed.bytes });
  await expect(dec.getByText('.kmslab version 1, AES-256-GCM chunks')).toBeVisible();
  await expect(dec.getByLabel('Context key 1')).toHaveValue('purpose');
  await expect(dec.getByLabel('Context value 2')).toHaveValue('blue');
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByText(/Decrypted 2\.0 MiB: all 3 chunks authenticated/)).toBeVisible();
  for (const step of ['Read the header', 'Decrypt the data key', 'Discard the plaintext key', 'Decrypt locally']) {
    await expect(panel.getByText(new RegExp(`${step}.*\\(done\\)`))).toBeVisible();
  }
  const plain = await download(page, /Download notes\.bin/);
  expect(plain.name).toBe('notes.bin');
  expect(plain.bytes.equals(original)).toBe(true);

  // A wrong encryption context is named as such, and nothing is offered for download.
  await dec.getByLabel('Context value 2').fill('Blue');
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Wrong encryption context');
  await expect(panel.getByRole('link', { name: /Download/ })).toHaveCount(0);
  await expect(panel.getByText(/Decrypt the data key.*\(failed\)/)).toBeVisible();
  await snap(page, 'envelope-wrong-context-desktop');
});

test('damaged, truncated and foreign files each get a message naming the problem', async ({ page }) => {
  await openPageWithKey(page);
  const original = pattern(3 * MiB, 3);
  await page.getByLabel('File to encrypt').setInputFiles({ name: 'data.bin', mimeType: 'application/octet-stream', buffer: original });
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  const sealed = (await download(page, /Download data\.bin\.kmslab/)).bytes;
  const headerLength = sealed.readUInt32BE(10);
  const frame = MiB + 16;

  const dec = decryptSection(page);
  const panel = jobPanel(page);
  const attempt = async (name: string, bytes: Buffer) => {
    await dec.getByLabel('.kmslab file to decrypt').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
  };

  const flipped = Buffer.from(sealed);
  flipped[headerLength + frame + 500]! ^= 0x04;
  await attempt('flipped.kmslab', flipped);
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Chunk 1 failed authentication');
  await expect(panel.getByRole('link', { name: /Download/ })).toHaveCount(0);

  await attempt('cut.kmslab', sealed.subarray(0, headerLength + 2 * frame));
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('truncated: it ends after chunk 1');
  await expect(panel.getByRole('link', { name: /Download/ })).toHaveCount(0);

  await attempt('extra.kmslab', Buffer.concat([sealed, Buffer.from('trailing garbage')]));
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('extra bytes after its end');

  const version = Buffer.from(sealed);
  version.writeUInt16BE(2, 8);
  await attempt('future.kmslab', version);
  await expect(dec.getByRole('alert')).toContainText('envelope format version 2');

  await attempt('holiday.jpg', pattern(5000, 11));
  await expect(dec.getByRole('alert')).toContainText('not a KMS Lab envelope file');
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('not a KMS Lab envelope file');
  await expect(panel.getByText(/Read the header.*\(failed\)/)).toBeVisible();
});

test('typed text round trip, "decrypt this file below", screenshots and accessibility', async ({ page }) => {
  await openPageWithKey(page);
  await page.getByLabel('Text I type').check();
  await page.getByLabel('Text to encrypt').fill('Envelope encryption: KMS wraps the key, not the data. ✓');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await page.getByRole('button', { name: 'Decrypt this file below' }).click();
  await expect(decryptSection(page).getByText(/Using the file you just encrypted: text\.txt\.kmslab/)).toBeVisible();
  await decryptSection(page).getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(jobPanel(page).getByText('Envelope encryption: KMS wraps the key, not the data. ✓')).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await snap(page, `envelope-${width}-${scheme}`);
      if (width === 360) {
        await page.getByRole('region', { name: 'Encrypt', exact: true }).screenshot({ path: `tests/artifacts/screenshots/envelope-360-${scheme}-encrypt.png` });
        await jobPanel(page).screenshot({ path: `tests/artifacts/screenshots/envelope-360-${scheme}-steps.png` });
      }
    }
    if (scheme === 'dark') {
      const dark = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
      expect(dark.violations.map((v) => v.id)).toEqual([]);
    }
  }
});
