import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures';

const announcer = (page: Page) => page.getByTestId('step-announcer');

/** The colour of one screen pixel, from a 1x1 PNG screenshot (a single pixel is stored unfiltered in effect). */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  let offset = 8;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return [raw[1]!, raw[2]!, raw[3]!];
}

async function download(page: Page, button: string, path: string): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await event;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an exported SVG (${scheme}) is vector art a slide tool can import, and shows its edges on its own`, async ({
    page,
    browser,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/scenarios/envelope-encryption?step=2');
    await expect(announcer(page)).toHaveText(/^Step 2 of 9: (.+?)\./);
    const title = (await announcer(page).textContent())!.match(/^Step 2 of 9: (.+?)\. /)![1]!;
    const { name, bytes } = await download(page, 'Export step as SVG', testInfo.outputPath('step.svg'));
    expect(name).toMatch(/^envelope-encryption-02-[a-z0-9-]+\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('viewBox="0 0 1920 1080"');
    expect(svg).toContain(`>${title.replace(/&/g, '&amp;')}</text>`);
    const edges = [...svg.matchAll(/<path class="edge" d="[^"]+" fill="none" stroke="(#[0-9a-f]{6})"/g)];
    expect(edges.length).toBeGreaterThanOrEqual(2);

    // Opened on its own (no app, no stylesheet), an active edge is drawn: its pixels differ from the background.
    const alone = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await alone.goto(`data:image/svg+xml;base64,${bytes.toString('base64')}`);
    const probe = await alone.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('path.edge[stroke-width="3"]')!;
      const at = path.getPointAtLength(path.getTotalLength() * 0.3);
      const m = path.getScreenCTM()!;
      return { x: Math.round(at.x * m.a + m.e), y: Math.round(at.y * m.d + m.f) };
    });
    const onEdge = await pixel(alone, probe.x, probe.y);
    const background = await pixel(alone, 5, 1075);
    const distance = onEdge.reduce((d, c, i) => d + Math.abs(c - background[i]!), 0);
    expect(distance, `edge ${onEdge.join()} vs background ${background.join()}`).toBeGreaterThan(120);
    await alone.close();
  });
}

test('PNG at 2x from the same drawing, and every step in a ZIP of numbered files', async ({ page }, testInfo) => {
  await page.goto('/scenarios/direct-encrypt?step=3');
  await expect(announcer(page)).toHaveText(/^Step 3 of (\d+): /);
  const total = Number((await announcer(page).textContent())!.match(/of (\d+)/)![1]);
  const png = await download(page, 'Export step as PNG', testInfo.outputPath('step.png'));
  expect(png.name).toMatch(/^direct-encrypt-03-[a-z0-9-]+\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([3840, 2160]);

  const zip = await download(page, 'Export all steps (ZIP)', testInfo.outputPath('all.zip'));
  expect(zip.name).toBe('direct-encrypt-slides.zip');
  const files = Object.keys(unzipSync(new Uint8Array(zip.bytes)));
  expect(files).toHaveLength(total * 2);
  expect(files.filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, 3))).toEqual(
    Array.from({ length: total }, (_, i) => `${String(i + 1).padStart(2, '0')}-`),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Saved direct-encrypt-slides.zip.' })).toBeVisible();
});
