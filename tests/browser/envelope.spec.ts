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
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
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
  await dec
    .getByLabel('.kmslab file to decrypt')
    .setInputFiles({ name: 'notes.bin.kmslab', mimeType: 'application/octet-stream', buffer: sealed.bytes });
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
        await page
          .getByRole('region', { name: 'Encrypt', exact: true })
          .screenshot({ path: `tests/artifacts/screenshots/envelope-360-${scheme}-encrypt.png` });
        await jobPanel(page).screenshot({ path: `tests/artifacts/screenshots/envelope-360-${scheme}-steps.png` });
      }
    }
    if (scheme === 'dark') {
      const dark = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
      expect(dark.violations.map((v) => v.id)).toEqual([]);
    }
  }
});

/** A stand-in for the File System Access API that records what the page writes, closes and aborts. */
async function fakeSaveFilePicker(page: Page) {
  await page.addInitScript(() => {
    const fs = { parts: [] as Uint8Array[], closed: false, aborted: false, delay: 0, name: '' };
    (window as unknown as { __fs: typeof fs }).__fs = fs;
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (options: { suggestedName: string }) => {
      fs.parts = [];
      fs.closed = false;
      fs.aborted = false;
      fs.name = options.suggestedName;
      return {
        name: options.suggestedName,
        createWritable: async () => ({
          write: async (data: Uint8Array) => {
            await new Promise((r) => setTimeout(r, fs.delay));
            fs.parts.push(data.slice());
          },
          close: async () => void (fs.closed = true),
          abort: async () => void (fs.aborted = true),
        }),
      };
    };
  });
}

const fsState = (page: Page) =>
  page.evaluate(() => {
    const fs = (window as unknown as { __fs: { parts: Uint8Array[]; closed: boolean; aborted: boolean; name: string } }).__fs;
    return { closed: fs.closed, aborted: fs.aborted, name: fs.name, bytes: fs.parts.reduce((n, p) => n + p.length, 0) };
  });

test('"write to a file as it goes" streams chunks to the chosen file, aborts it on failure and on cancel', async ({ page }) => {
  await fakeSaveFilePicker(page);
  await openPageWithKey(page);
  const enc = page.getByRole('region', { name: 'Encrypt', exact: true });
  const dec = decryptSection(page);
  const panel = jobPanel(page);
  const original = pattern(3 * MiB + 5, 21);
  await enc.getByLabel('File to encrypt').setInputFiles({ name: 'big.bin', mimeType: 'application/octet-stream', buffer: original });
  await enc.getByLabel(/Write to a file as it goes/).check();
  await enc.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(panel.getByText('Saved to the file big.bin.kmslab.')).toBeVisible();
  const written = await fsState(page);
  expect(written.closed).toBe(true);
  expect(written.aborted).toBe(false);
  // Header + 4 chunks (3 full + 5 bytes), each with a 16-byte tag, arrived as separate writes.
  const sealedB64 = await page.evaluate(() => {
    const fs = (window as unknown as { __fs: { parts: Uint8Array[] } }).__fs;
    const all = new Uint8Array(fs.parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of fs.parts) {
      all.set(p, at);
      at += p.length;
    }
    let s = '';
    for (let i = 0; i < all.length; i += 0x8000) s += String.fromCharCode(...all.subarray(i, i + 0x8000));
    return { b64: btoa(s), writes: fs.parts.length };
  });
  expect(sealedB64.writes).toBe(5);
  const sealed = Buffer.from(sealedB64.b64, 'base64');
  expect(sealed.length).toBe(sealed.readUInt32BE(10) + original.length + 4 * 16);

  // Decrypting a damaged copy to a file aborts the file instead of closing it.
  const damaged = Buffer.from(sealed);
  damaged[damaged.length - 3]! ^= 0x10;
  await dec
    .getByLabel('.kmslab file to decrypt')
    .setInputFiles({ name: 'big.bin.kmslab', mimeType: 'application/octet-stream', buffer: damaged });
  await dec.getByLabel(/Write to a file as it goes/).check();
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Chunk 3, the last one in this file, failed authentication');
  expect(await fsState(page)).toMatchObject({ aborted: true, closed: false, name: 'big.bin' });

  // The intact file decrypts to the original, written straight to the file.
  await dec
    .getByLabel('.kmslab file to decrypt')
    .setInputFiles({ name: 'big.bin.kmslab', mimeType: 'application/octet-stream', buffer: sealed });
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByText('Saved to the file big.bin.')).toBeVisible();
  expect(await fsState(page)).toMatchObject({ closed: true, aborted: false, bytes: original.length });

  // Cancel in the middle of a slow write: the file is aborted and the page says so.
  await page.evaluate(() => void ((window as unknown as { __fs: { delay: number } }).__fs.delay = 400));
  await enc.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText('Cancelled. Nothing was saved as a finished file.')).toBeVisible();
  await expect.poll(() => fsState(page)).toMatchObject({ aborted: true, closed: false });
  await expect(enc.getByRole('button', { name: 'Encrypt', exact: true })).toBeEnabled();
});

test('a disabled key, a key pending deletion and a principal without kms:Decrypt each stop decryption with a message naming the problem', async ({
  page,
}) => {
  await openPageWithKey(page);
  // A principal that may do everything in KMS except Decrypt (an explicit Deny), made in the console.
  await page.goto('/lab');
  await page.getByRole('link', { name: 'Principals' }).click();
  await page.getByLabel('Name').fill('no-decrypt');
  await page.getByLabel('Identity policy template').selectOption('admin-deny-decrypt');
  await page.getByRole('button', { name: 'Create and act as it' }).click();
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText(/no-decrypt/);

  // The envelope page acts as whoever the console acts as (the shared lab context).
  await page.goto('/lab/envelope');
  const enc = page.getByRole('region', { name: 'Encrypt', exact: true });
  const dec = decryptSection(page);
  const panel = jobPanel(page);
  const principal = page.getByLabel('Acting as');
  await expect(principal.locator('option:checked')).toHaveText('IAM user no-decrypt (111122223333)');

  // GenerateDataKey is allowed, so encryption works under this principal...
  const original = pattern(MiB + 7, 5);
  await enc.getByLabel('File to encrypt').setInputFiles({ name: 'ledger.bin', mimeType: 'application/octet-stream', buffer: original });
  await enc.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(panel.getByText(/Encrypted 1\.0 MiB in 2 chunks/)).toBeVisible();
  const sealed = (await download(page, /Download ledger\.bin\.kmslab/)).bytes;

  // ...but Decrypt is denied, and the page names the missing permission.
  await dec
    .getByLabel('.kmslab file to decrypt')
    .setInputFiles({ name: 'ledger.bin.kmslab', mimeType: 'application/octet-stream', buffer: sealed });
  await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('Access denied');
  await expect(panel.getByRole('alert')).toContainText('kms:Decrypt');
  await expect(panel.getByText(/Decrypt the data key.*\(failed\)/)).toBeVisible();
  await expect(panel.getByRole('link', { name: /Download/ })).toHaveCount(0);

  // Back in the console as the account root, which may decrypt: disable the key there.
  await page.goto('/lab');
  await page.getByLabel('Acting as').selectOption({ label: 'root of account 111122223333' });
  await page.getByRole('cell', { name: 'alias/envelope-lab' }).locator('..').getByRole('link').click();
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.getByText(/Disabled/).first()).toBeVisible();

  const decryptAgain = async () => {
    await page.goto('/lab/envelope');
    await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText('root of account 111122223333');
    await dec
      .getByLabel('.kmslab file to decrypt')
      .setInputFiles({ name: 'ledger.bin.kmslab', mimeType: 'application/octet-stream', buffer: sealed });
    await dec.getByRole('button', { name: 'Decrypt', exact: true }).click();
  };
  await decryptAgain();
  await expect(panel.getByRole('alert')).toContainText('The KMS key is disabled (DisabledException)');
  await expect(panel.getByRole('alert')).toContainText('Enable the key');
  await expect(panel.getByRole('link', { name: /Download/ })).toHaveCount(0);
  await snap(page, 'envelope-key-disabled');

  // Pending deletion: KMS refuses every cryptographic operation, and the page says how to undo it.
  await page.goto('/lab');
  await page.getByRole('cell', { name: 'alias/envelope-lab' }).locator('..').getByRole('link').click();
  await page.getByRole('button', { name: 'Enable', exact: true }).click();
  await page.getByRole('button', { name: 'Schedule deletion' }).click();
  await expect(page.getByRole('button', { name: 'Cancel deletion' })).toBeVisible();
  await decryptAgain();
  await expect(panel.getByRole('alert')).toContainText('pending deletion');
  await expect(panel.getByRole('alert')).toContainText('Cancel the key deletion');
  await expect(panel.getByRole('link', { name: /Download/ })).toHaveCount(0);
});

test('the principal and Region chosen in the console carry over: encrypting on the envelope page is audited as that user', async ({
  page,
}) => {
  // In the console, as root: a key in eu-west-1, then a user allowed envelope encryption, acted as at once.
  await page.goto('/lab');
  await page.getByLabel('Region').selectOption('eu-west-1');
  await page.getByRole('button', { name: 'Create key' }).first().click();
  const form = page.getByRole('form', { name: 'Create key' });
  await form.getByLabel(/Alias/).fill('alias/team-notes');
  await form.getByRole('button', { name: 'Create key' }).click();
  await expect(page.getByRole('cell', { name: 'alias/team-notes' })).toBeVisible();
  await page.getByRole('link', { name: 'Principals' }).click();
  await page.getByLabel('Name').fill('writer');
  await page.getByLabel('Identity policy template').selectOption('envelope');
  await page.getByRole('button', { name: 'Create and act as it' }).click();
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText('IAM user writer (111122223333)');

  // The envelope page, reached through the header, shows whom it acts as and where, and lists the key as that user.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lab', exact: true }).click();
  await page.getByRole('link', { name: 'envelope encryption' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envelope encryption');
  const who = page.getByRole('region', { name: 'Who calls KMS, and where' });
  await expect(who.getByLabel('Acting as').locator('option:checked')).toHaveText('IAM user writer (111122223333)');
  await expect(who.getByLabel('Region')).toHaveValue('eu-west-1');
  await expect(who).toContainText('as IAM user writer (111122223333) in eu-west-1');
  await expect(page.getByLabel(/KMS key \(symmetric, customer managed, in eu-west-1\)/).locator('option:checked')).toHaveText(
    'alias/team-notes',
  );

  await page.getByLabel('Text I type').check();
  await page.getByLabel('Text to encrypt').fill('Minutes of the key-policy review');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(jobPanel(page).getByText(/^Encrypted 32 bytes in 1 chunk under arn:aws:kms:eu-west-1:111122223333:key\//)).toBeVisible();
  await snap(page, 'envelope-as-writer');

  // The audit trail names the user, not root, for the envelope page's GenerateDataKey.
  await page.getByRole('link', { name: 'KMS console' }).click();
  await page.getByRole('navigation', { name: 'Lab sections' }).getByRole('link', { name: 'Audit trail' }).click();
  await page.getByLabel('Event', { exact: true }).selectOption('GenerateDataKey');
  const events = page.getByRole('listitem').filter({ hasText: 'GenerateDataKey' });
  await expect(events).toHaveCount(1);
  await expect(events).toContainText('arn:aws:iam::111122223333:user/writer');
  await expect(events).toContainText('eu-west-1');
  await page.getByLabel('Caller').selectOption('arn:aws:iam::111122223333:root');
  await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(/^0 of \d+ events$/);

  // And a change made on the envelope page carries back to the console.
  await page.goto('/lab/envelope');
  await page
    .getByRole('region', { name: 'Who calls KMS, and where' })
    .getByLabel('Acting as')
    .selectOption({ label: 'root of account 111122223333' });
  await page.getByRole('link', { name: 'KMS console' }).click();
  await expect(page.getByLabel('Acting as').locator('option:checked')).toHaveText('root of account 111122223333');
  await expect(page.getByLabel('Region')).toHaveValue('eu-west-1');
});
