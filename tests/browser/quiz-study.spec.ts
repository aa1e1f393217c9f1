import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';
import { UI_BANK, answerAnyhow, currentAnswer, importBank, pressOptions, startPractice } from './quiz-helpers';

/** The option texts of the question on screen, in the order shown. */
async function optionTexts(page: Page): Promise<string[]> {
  return page.locator('article').first().locator('label').allInnerTexts();
}

async function noAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`)),
    where,
  ).toEqual([]);
}

/** The "Question N of M" line of the card on screen. */
const positionLine = (page: Page) =>
  page
    .locator('article')
    .first()
    .getByText(/^Question \d+ of \d+$/);

/**
 * True when the element is fully inside the viewport and below every sticky bar at the top (the exam's
 * timer bar), i.e. a learner sees it without scrolling.
 */
async function fullyVisibleBelowBars(page: Page, target: Locator): Promise<{ ok: boolean; detail: string }> {
  const box = await target.boundingBox();
  const { barBottom, height } = await page.evaluate(() => ({
    barBottom: Math.max(0, ...Array.from(document.querySelectorAll('[data-sticky-top]')).map((b) => b.getBoundingClientRect().bottom)),
    height: window.innerHeight,
  }));
  if (!box) return { ok: false, detail: 'not rendered' };
  return { ok: box.y >= barBottom - 0.5 && box.y + box.height <= height, detail: `top ${box.y}, bar ${barBottom}, viewport ${height}` };
}

test('practice: length and scope before starting, resume after reload at the same question, in the same order', async ({ page }) => {
  await page.goto('/quiz/practice');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await page.getByText('10', { exact: true }).click();
  await expect(page.getByText(/^10 of \d+ questions from all banks, in random order\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(positionLine(page)).toHaveText('Question 1 of 10');
  // Answer the first (whatever its item type: the shuffle may open with an ordering or matching
  // item, which number keys do not answer), move on to the second without answering it.
  await answerAnyhow(page.locator('article').first(), 'click');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(positionLine(page)).toHaveText('Question 2 of 10');
  const stem = await page.locator('article').first().locator('fieldset').first().innerText();
  const options = await optionTexts(page);
  const planned = await page.evaluate(() => JSON.parse(localStorage.getItem('kmslab.quiz.session.practice')!).planned as string[]);

  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(positionLine(page)).toHaveText('Question 2 of 10');
  expect(await page.locator('article').first().locator('fieldset').first().innerText()).toBe(stem);
  expect(await optionTexts(page)).toEqual(options);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kmslab.quiz.session.practice')!).planned)).toEqual(planned);
  await expect(page.getByText('1 of 1 right so far.').or(page.getByText('0 of 1 right so far.'))).toBeVisible();
});

test('practice end screen: every miss with its explanation, and "Drill these" drills exactly them', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await startPractice(page, 'Start practice (3)');
  const missed: string[] = [];
  for (let i = 0; i < 3; i++) {
    const q = await currentAnswer(page);
    const wrong = i !== 1;
    if (wrong) missed.push(q.stem);
    await pressOptions(page, wrong ? q.wrong : q.right);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText('You answered 3 questions: 1 right (33%).')).toBeVisible();
  const misses = page.getByRole('heading', { name: 'What you missed (2)' }).locator('..');
  await expect(misses.getByRole('listitem').filter({ has: page.getByText('You chose', { exact: true }) })).toHaveCount(2);
  for (const stem of missed) await expect(misses).toContainText(stem);
  await expect(misses.getByText('Explanation', { exact: true }).filter({ visible: true })).toHaveCount(2);
  // Every question answered comes back minutes later: a second look is offered.
  await expect(page.getByRole('button', { name: /^Second look now \(\d\)$/ })).toBeVisible();
  await snap(page, 'quiz-practice-end-desktop');
  await noAxeViolations(page, 'practice end screen');

  await page.getByRole('button', { name: 'Drill these (2)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Drill mistakes');
  await expect(positionLine(page)).toHaveText('Question 1 of 2');
  expect(missed).toContain((await currentAnswer(page)).stem);
});

test('a KMS-only exam through the UI: labelled as the KMS part, per-domain scores, no pass or fail; SCS-C02 not offered', async ({
  page,
}) => {
  await page.goto('/quiz/exam');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam simulation');
  await expect(page.getByLabel('Number of questions')).toBeVisible();
  const exams = await page.getByLabel('Exam', { exact: true }).locator('option').allInnerTexts();
  expect(exams.join('\n')).toContain('SCS-C03');
  expect(exams.join('\n')).not.toContain('SCS-C02');
  await page.getByLabel('Exam', { exact: true }).selectOption('SCS-C03');
  await expect(page.getByText(/this is the KMS part of SCS-C03, not a full practice exam/)).toBeVisible();
  await page.getByLabel('Number of questions').fill('6');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam in progress: SCS-C03, KMS part');
  for (let i = 1; i <= 6; i++) {
    await expect(positionLine(page)).toHaveText(`Question ${i} of 6`);
    await page.keyboard.press(i % 2 ? '1' : '2');
    if (i < 6) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  const dialog = page.getByRole('alertdialog');
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Submit now' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  await expect(page.getByRole('heading', { name: 'Your score on the KMS part of SCS-C03' })).toBeVisible();
  await expect(page.getByText('Estimated scaled score, KMS questions only')).toBeVisible();
  await expect(page.getByText(/estimate covers KMS questions only/)).toBeVisible();
  await expect(page.getByText(/not a pass or a fail/)).toBeVisible();
  const scoreBox = page.getByRole('region', { name: 'Your score on the KMS part of SCS-C03' });
  await expect(scoreBox).not.toContainText(/\bPass\b|Not yet a pass|\bFail\b/);
  const domains = page.getByRole('table', { name: 'Score by exam domain' });
  // Every SCS-C03 domain of the guide, in guide order; the KMS questions serve Data Protection at least.
  await expect(domains.getByRole('row')).toHaveCount(7);
  await expect(domains.getByRole('row', { name: /5\. Data Protection/ })).toContainText(/\d+ \/ \d+/);
  await expect(domains.getByText('Not covered by these questions').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Score by topic' })).toBeVisible();
  await snap(page, 'quiz-exam-kms-results-desktop');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await noAxeViolations(page, `KMS exam results (${scheme})`);
  }

  // The history names it the same way and reopens it.
  await page.goto('/progress');
  const history = page.getByRole('region', { name: 'Exam history' });
  await expect(history.getByRole('row').nth(1)).toContainText('SCS-C03, KMS part');
  await history.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Your score on the KMS part of SCS-C03' })).toBeVisible();
  await expect(page.locator('article')).toHaveCount(6);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await noAxeViolations(page, `past exam (${scheme})`);
  }
});

test("review: today's queue within the daily limits, new questions on request, limits settable", async ({ page }) => {
  await page.goto('/quiz/review');
  await expect(page.getByText('Nothing due today')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Learn new questions (20)' })).toBeVisible();
  await page.getByLabel('New questions a day').fill('3');
  await page.getByRole('button', { name: 'Save limits' }).click();
  await expect(page.getByText('Saved: 3 new questions and 200 reviews a day.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Learn new questions (3)' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await noAxeViolations(page, `review page (${scheme})`);
  }
  await page.getByRole('button', { name: 'Learn new questions (3)' }).click();
  // A right answer in the session waits in a 10-minute step; a wrong one comes back after a minute.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
    await page.keyboard.press('Enter');
  }
  // Answered minutes ago, they come back in the same session (learn-ahead, as Anki): a second look.
  await expect(page.getByText('Second look', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'End this session' }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  // The day's new questions are used up; the three wait in their steps and are due within minutes.
  await page.getByRole('button', { name: "Back to today's queue" }).click();
  await expect(page.getByText(/^You have reached today's limit of new questions\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start review (3)' })).toBeVisible();
});

for (const mode of ['exam', 'practice'] as const) {
  test(`phone (390 px, touch): every new ${mode} question starts fully visible below any sticky bar`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    if (mode === 'exam') {
      await page.goto('/quiz/exam');
      await page.getByLabel('Number of questions').fill('4');
      await page.getByRole('button', { name: 'Start the exam' }).click();
    } else {
      await page.goto('/quiz/practice');
      await page.getByRole('button', { name: 'Start practice' }).click();
    }
    for (let i = 1; i <= 3; i++) {
      const line = positionLine(page);
      await expect(line).toHaveText(new RegExp(`^Question ${i} of`));
      const seen = await fullyVisibleBelowBars(page, line);
      expect(seen.ok, `question ${i}: ${seen.detail}`).toBe(true);
      // The start of the stem is on screen too.
      const stem = page.locator('article').first().locator('fieldset p, fieldset div').first();
      expect((await fullyVisibleBelowBars(page, stem)).ok || (await stem.boundingBox())!.y < 844 - 40).toBe(true);
      // What the learner sees (the viewport, not the full page, where sticky bars are drawn elsewhere).
      if (i === 2) await page.screenshot({ path: `tests/artifacts/screenshots/quiz-${mode}-phone-question-2.png` });
      await answerAnyhow(page.locator('article').first());
      if (mode === 'practice') {
        await page.getByRole('button', { name: 'Check answer' }).tap();
        await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
        // "Next question" is on screen without scrolling through the feedback.
        const next = page.locator('button:visible', { hasText: 'Next question' });
        const boxes = await Promise.all((await next.all()).map((b) => b.boundingBox()));
        expect(boxes.some((b) => b && b.y >= 0 && b.y + b.height <= 844)).toBe(true);
        // The learner scrolls down into the feedback before moving on.
        await page.evaluate(() => window.scrollBy(0, 600));
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        if (i === 1) await page.screenshot({ path: 'tests/artifacts/screenshots/quiz-practice-phone-feedback.png' });
        await next.last().tap();
      } else {
        await page.evaluate(() => window.scrollBy(0, 400));
        await page.getByRole('button', { name: 'Next question' }).tap();
      }
    }
    // No keyboard hints on a touch screen.
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await expect(page.getByText('Answer with the number or letter keys, then Enter.')).toBeHidden();
    await expect(page.getByText(/Keys 1–\d/)).toBeHidden();
    await expect(page.locator('kbd', { hasText: 'Enter' })).toBeHidden();
    await context.close();
  });
}

test('phone (390 px): the quiz hub shows "Start practice" on the first screen, the menus folded above it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/quiz');
  const start = page.getByRole('link', { name: /^Start practice \(\d+\)$/ });
  await expect(start).toBeVisible();
  const box = (await start.boundingBox())!;
  expect(box.y + box.height, 'Start practice is above the fold').toBeLessThanOrEqual(844);
  await expect(page.getByLabel('Bank or topic')).toBeHidden();
  await page.screenshot({ path: 'tests/artifacts/screenshots/quiz-hub-phone-first-screen.png' });
  // The menus are one tap away, and the summary follows the choice.
  await page.getByText(/^Choose the questions: all banks \(\d+\)$/).tap();
  await page.getByLabel('Question type').selectOption({ label: 'Ordering' });
  await expect(page.getByText(/^Choose the questions: ordering \(\d+\)$/)).toBeVisible();
  await context.close();
});
