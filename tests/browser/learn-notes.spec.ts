import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';
import { settle } from './platform-routes';
import { assertNoHandlers } from './quiz-helpers';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile-markdown';

// The course-note sentences of issue 21, as a learner's Obsidian note has them.
const COURSE_NOTE = `# KMS from the 2021 course

> [!tip] Exam
> Implements FIPS 140-2 (Level 2) overall. Memorise this, it will likely be on the exam

- AWS managed keys are rotated every three years.
- Automatic rotation is always yearly.
- Imported key material cannot be rotated.
- Envelope encryption: GenerateDataKey for anything over 4 KB, see [[Envelope encryption]].

![[kms-architecture.png]]

KMS was FIPS 140-2 Level 2 until 2023.
`;

/** The current fact shown for each course sentence, and the date it changed. */
const EXPECTED = [
  { sentence: 'Implements FIPS 140-2 (Level 2) overall.', since: 'Out of date since May 2023', now: 'FIPS 140-3 Level 3' },
  { sentence: 'AWS managed keys are rotated every three years.', since: 'Out of date since May 2022', now: 'every year (about 365 days)' },
  { sentence: 'Automatic rotation is always yearly.', since: 'Out of date since April 2024', now: 'every 90 to 2,560 days' },
  { sentence: 'Imported key material cannot be rotated.', since: 'Out of date since June 2025', now: 'rotated on demand' },
];

async function pasteNote(page: Page, text: string) {
  await page.goto('/learn/notes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your notes');
  await settle(page);
  await page.getByLabel(/Paste a note/).fill(text);
  await page.getByRole('button', { name: 'Check this note' }).click();
}

test('a pasted course note has each stale sentence flagged with the current fact, its date and its AWS source', async ({ page }) => {
  await pasteNote(page, COURSE_NOTE);
  await expect(page.getByRole('heading', { level: 2, name: 'KMS from the 2021 course' })).toBeFocused();
  await expect(page.getByRole('heading', { name: '4 claims to check' })).toBeVisible();

  for (const [i, e] of EXPECTED.entries()) {
    const mark = page.locator(`#claim-${i + 1}`);
    await expect(mark).toHaveText(e.sentence);
    const note = page.locator(`#claim-${i + 1}-note`);
    await expect(note).toContainText(e.since);
    await expect(note).toContainText(e.now);
    await expect(note.getByRole('link', { name: /^AWS KMS (API Reference|Developer Guide)/ })).toHaveAttribute(
      'href',
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
  }
  // The historical sentence is not flagged.
  const article = page.getByRole('article', { name: 'Your note: KMS from the 2021 course' });
  await expect(article.getByText('KMS was FIPS 140-2 Level 2 until 2023.')).toBeVisible();
  // The paste box is emptied once the note is checked and kept.
  await expect(page.getByLabel(/Paste a note/)).toHaveValue('');
  await expect(page.locator('mark[data-claim]').filter({ hasText: 'until 2023' })).toHaveCount(0);
  // Obsidian syntax: the callout, the resolved wiki link, the missing image's placeholder.
  await expect(page.locator('[data-callout="tip"]')).toContainText('Tip Exam');
  await expect(page.getByRole('link', { name: 'Envelope encryption', exact: true })).toHaveAttribute('href', '/learn/envelope-encryption');
  await expect(page.getByText('[Image: kms-architecture.png — not included in this note]')).toBeVisible();

  // The summary's jump link moves focus to the flagged sentence.
  await page.getByRole('link', { name: 'Out of date since April 2024' }).click();
  await expect(page.locator('#claim-3')).toBeFocused();
  await snap(page, 'learn-notes-course-note');
});

test('a concept link leads to its study guide, and the guide to its scenario step', async ({ page }) => {
  await pasteNote(page, COURSE_NOTE);
  const concepts = page.getByRole('region', { name: 'KMS concepts in this note' });
  await concepts.getByRole('link', { name: 'Study guide: Key rotation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key rotation');
  await expect(page).toHaveURL(/\/learn\/rotation$/);
  await expect(page.getByRole('link', { name: 'Practice this topic' })).toHaveAttribute('href', '/quiz/practice?topic=rotation');

  await page.getByRole('complementary', { name: 'Do something with it' }).getByRole('link', { name: 'Rotate on demand' }).click();
  await expect(page).toHaveURL(/\/scenarios\/key-rotation\?step=6$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key rotation');
  await expect(page.getByRole('list', { name: 'Steps' }).getByRole('listitem').nth(5)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('list', { name: 'Steps' }).getByRole('listitem').nth(5)).toContainText('Rotate on demand');
});

test('a flag links to the guide section that explains the fact', async ({ page }) => {
  await pasteNote(page, 'Imported key material cannot be rotated.');
  await page.locator('#claim-1-note').getByRole('link', { name: 'Study guide: Key rotation' }).click();
  await expect(page).toHaveURL(/\/learn\/rotation#imported-key-material$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Imported key material' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Imported key material' })).toBeInViewport();
});

test('notes open from the file picker and by drag and drop, stay after a reload, and can be removed', async ({ page }) => {
  await page.goto('/learn/notes');
  await settle(page);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'rotation.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Rotation\n\nAWS managed keys rotate every 3 years.\n'),
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Rotation' })).toBeVisible();
  await expect(page.locator('#claim-1-note')).toContainText('Out of date since May 2022');

  // Drop a file on the drop zone, as from a desktop file manager.
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['> [!warning] Trap\n> Cancelling the key deletion makes the key enabled again.'], 'deletion.md', { type: 'text/markdown' }),
    );
    return dt;
  });
  await page.getByTestId('note-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { level: 2, name: 'deletion' })).toBeVisible();
  await expect(page.locator('#claim-1-note')).toContainText('Commonly wrong');
  await expect(page.locator('#claim-1-note')).toContainText('CancelKeyDeletion leaves the key Disabled');

  // A file that is not a note is refused with a reason.
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'slides.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(page.getByRole('alert')).toContainText('"slides.pdf" is not a Markdown note');

  await page.reload();
  const list = page.getByRole('region', { name: 'Your notes' });
  await expect(list.getByRole('link')).toHaveText(['deletion', 'Rotation']);
  await list.getByRole('button', { name: 'Remove Rotation' }).click();
  await list.getByRole('group', { name: 'Remove Rotation?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(list.getByRole('link')).toHaveText(['deletion']);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your notes' }).getByRole('link')).toHaveText(['deletion']);
});

test('hostile Markdown in a note runs nothing, fetches nothing and links nowhere unsafe', async ({ page, baseURL }) => {
  const offsite: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) offsite.push(req.url());
  });
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const note = `# Hostile ${HOSTILE_PAYLOADS[1]}\n\n> [!danger] ${HOSTILE_PAYLOADS[4]}\n> ${HOSTILE_PAYLOADS.slice(0, 10).join('\n> ')}\n\n${HOSTILE_PAYLOADS.join('\n\n')}\n\n[[${HOSTILE_PAYLOADS[0]}|${HOSTILE_PAYLOADS[2]}]] ![[${HOSTILE_PAYLOADS[17]}]]\n\nAWS managed keys rotate every 3 years. ${HOSTILE_PAYLOADS[27]}`;
  await pasteNote(page, note);
  await expect(page.locator('#claim-1')).toBeVisible();
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) el.dispatchEvent(new Event(type));
    }
    document.querySelectorAll('details').forEach((d) => (d.open = !d.open));
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await assertNoHandlers(page);
  const bad = await page.evaluate(() => ({
    tags: Array.from(
      document.querySelectorAll(
        'script, style, iframe, object, embed, form, svg, math, base, meta, link, video, img'
          .split(', ')
          .map((t) => `main article ${t}`)
          .join(', '),
      ),
    ).map((e) => e.tagName),
    hrefs: Array.from(document.querySelectorAll('main a[href]'))
      .map((a) => a.getAttribute('href')!.trim())
      .filter((h) => !/^(https?:|mailto:|#|\/)/i.test(h)),
    styles: Array.from(document.querySelectorAll('main article [style]')).length,
  }));
  expect(bad).toEqual({ tags: [], hrefs: [], styles: 0 });
  expect(offsite).toEqual([]);
  expect(dialogs).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the what-changed page lists every change newest first and links its guide and its questions', async ({ page }) => {
  await page.goto('/learn/changes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  const dates = await page.locator('main time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(15);
  expect([...dates].sort().reverse()).toEqual(dates);
  const entry = page.getByRole('article', { name: 'AWS managed keys rotate every year' });
  await expect(entry).toContainText('May 2022');
  await expect(entry.getByRole('link', { name: 'Key rotation: AWS managed and AWS owned keys' })).toHaveAttribute(
    'href',
    '/learn/rotation#aws-managed-and-aws-owned-keys',
  );
  await entry.getByRole('link', { name: /healthcare company/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  // Practice opens on its setup step, scoped to the one question the timeline names.
  await expect(page.getByText('1 of 1 question from question rotation-015')).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText(/Question 1 of 1/)).toBeVisible();
});

test('a guide prints as a clean handout: no site header or buttons, link addresses written out', async ({ page }) => {
  await page.goto('/learn/envelope-encryption');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Envelope encryption');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  const after = await page
    .locator('main .md-prose a[href^="https://docs.aws.amazon.com"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://docs.aws.amazon.com/');
  await snap(page, 'learn-guide-print');
});

// The empty notes page is in the platform axe run; this covers a checked note: marks, flag notes,
// callouts, placeholders and the concept list, in both themes.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations on a checked note (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await pasteNote(page, COURSE_NOTE);
    await expect(page.locator('#claim-4-note')).toBeVisible();
    await page.waitForTimeout(500);
    await snap(page, `learn-notes-checked-${scheme}`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`))).toEqual([]);
  });
}

test('offline after one visit: guides, the timeline and note checking all work without the network', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'KMS Lab is ready to work offline.' })).toBeVisible();
  await context.setOffline(true);

  for (const [path, h1] of [
    ['/learn/grants', 'Grants'],
    ['/learn/changes', 'What changed'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await settle(page);
  }
  await pasteNote(page, 'Automatic rotation is always yearly.');
  await expect(page.locator('#claim-1-note')).toContainText('Out of date since April 2024');
  // Nothing needed the network: no request failed (the fixture checks) and the note is kept.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your notes' }).getByRole('link')).toHaveText(['Automatic rotation is always yearly.']);
});
