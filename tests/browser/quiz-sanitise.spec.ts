import { test, expect, snap } from './fixtures';
import { assertNoHandlers, importBank, startPractice } from './quiz-helpers';
import { HOSTILE_PAYLOADS as PAYLOADS } from '../fixtures/hostile-markdown';

function hostileBank(): string {
  const chunk = (from: number, to: number) => PAYLOADS.slice(from, to).join('\n\n');
  return `---
title: "Hostile bank <img src=x onerror=window.__xss=99>"
---

## Question one ${PAYLOADS[1]} ${PAYLOADS[4]}
<!-- id: xss-001; topic: policies -->

${chunk(0, 10)}

- [x] Option A ${PAYLOADS[5]}
  > Rationale ${PAYLOADS[6]} ${PAYLOADS[27]}
- [ ] Option B ${PAYLOADS[2]}
  > ${PAYLOADS[10]}
- [ ] Option C ${PAYLOADS[16]}

**Explanation:** ${chunk(10, 20)}

**References:**
- javascript:window.__xss=40
- https://docs.aws.amazon.com/kms/latest/developerguide/overview.html

## Question two ${PAYLOADS[11]}
<!-- id: xss-002; topic: grants -->

${chunk(20, 30)}

- [ ] ${PAYLOADS[22]}
- [x] ${PAYLOADS[25]}
- [ ] ${PAYLOADS[28]}

**Explanation:** ${PAYLOADS.join(' ')}

## Broken question ${PAYLOADS[1]}

- [ ] no right answer ${PAYLOADS[2]}
- [ ] none ${PAYLOADS[0]}
`;
}

test('hostile Markdown in an imported bank runs nothing and fetches nothing', async ({ page, baseURL }) => {
  const offsite: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(baseURL!) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) offsite.push(req.url());
  });
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });

  await importBank(page, 'hostile.md', hostileBank(), /Added 2 questions/);
  // The broken question is listed by line, as text.
  await expect(page.getByText(/Line \d+ \(error, question skipped\)/).first()).toBeVisible();
  await assertNoHandlers(page);

  const check = async (where: string) => {
    // Hover and focus everything that could carry a handler, and toggle every <details>.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('main *'))) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) el.dispatchEvent(new Event(type));
      }
      document.querySelectorAll('details').forEach((d) => (d.open = !d.open));
    });
    await page.locator('main p').first().hover();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `window.__xss after ${where}`).toBeUndefined();
    await assertNoHandlers(page);
    const bad = await page.evaluate(() => ({
      tags: Array.from(
        document.querySelectorAll(
          'main script, main style, main iframe, main object, main embed, main form, main svg, main math, main base, main meta, main link, main video',
        ),
      ).map((e) => e.tagName),
      hrefs: Array.from(document.querySelectorAll('main a[href]'))
        .map((a) => a.getAttribute('href')!.trim())
        .filter((h) => !/^(https?:|mailto:|#|\/)/i.test(h)),
      styles: Array.from(document.querySelectorAll('main [style]'))
        .map((e) => e.getAttribute('style')!)
        .filter((s) => /url\(|fixed|display/i.test(s)),
      images: Array.from(document.querySelectorAll('main img')).map((i) => i.getAttribute('src')),
      unsafeTargets: Array.from(document.querySelectorAll('main a[target="_blank"]')).filter(
        (a) => !/noopener/.test(a.getAttribute('rel') ?? ''),
      ).length,
    }));
    expect(bad, where).toEqual({ tags: [], hrefs: [], styles: [], images: [], unsafeTargets: 0 });
  };

  await check('the banks page');

  // Practice: see the first question with its feedback.
  await page.goto('/quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'Hostile bank <img src=x onerror=window.__xss=99> (every question)' });
  await startPractice(page, /Start practice \(2\)/);
  const card = page.locator('article').first();
  await card.locator('input').first().check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
  await check('practice feedback');
  await snap(page, 'quiz-sanitise-practice');

  // Exam results show every question revealed at once.
  await page.goto('/quiz/exam');
  await page.getByLabel('Questions from').selectOption({ label: 'Hostile bank <img src=x onerror=window.__xss=99>' });
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  // Remote images became links to click, and were not loaded.
  await expect(page.locator('a[data-remote-image]').first()).toBeVisible();
  await check('exam review');

  // The page was not restyled or hidden by injected CSS.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  expect(offsite).toEqual([]);
  expect(dialogs).toEqual([]);
});
