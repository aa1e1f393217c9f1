import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';
import { UI_BANK, currentAnswer, importBank, openHubFilters, pressOptions, startPractice } from './quiz-helpers';

/** Some answers (one wrong) and a finished exam, so every page has something to show. */
async function seed(page: Page) {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz');
  await openHubFilters(page);
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await startPractice(page, 'Start practice (3)');
  for (let i = 0; i < 3; i++) {
    const q = await currentAnswer(page);
    await pressOptions(page, i === 1 ? q.wrong : q.right);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText(/You answered 3 questions/)).toBeVisible();
}

async function noAxeViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, where).toEqual([]);
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
];

for (const theme of THEMES) {
  for (const vp of WIDTHS) {
    test(`quiz pages at ${vp.width}px, ${theme}: readable, no sideways scroll, no axe violations`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.emulateMedia({ colorScheme: theme });
      await seed(page);
      const tag = `${vp.name}-${theme}`;

      for (const [path, name] of [
        ['/quiz', 'hub'],
        ['/quiz/review', 'review'],
        ['/quiz/drill', 'drill'],
        ['/quiz/banks', 'banks'],
        ['/progress', 'progress'],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText(/Loading/)).toHaveCount(0);
        await noSidewaysScroll(page);
        await noAxeViolations(page, `${path} ${tag}`);
        await snap(page, `quiz-${name}-${tag}`);
      }

      // Drill shows the feedback view after answering.
      await page.goto('/quiz/drill');
      await page.getByRole('button', { name: 'Start drilling (1)' }).click();
      const q = await currentAnswer(page);
      await pressOptions(page, q.right);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
      await noSidewaysScroll(page);
      await noAxeViolations(page, `drill feedback ${tag}`);
      await snap(page, `quiz-feedback-${tag}`);

      // Exam: setup, running, confirm dialog, results.
      await page.goto('/quiz/exam');
      await page.getByLabel('Questions from').selectOption({ label: 'UI test bank' });
      await noAxeViolations(page, `exam setup ${tag}`);
      await snap(page, `quiz-exam-setup-${tag}`);
      await page.getByRole('button', { name: 'Start the exam' }).click();
      await pressOptions(page, [0]);
      await page.getByRole('button', { name: 'Flag for review' }).click();
      if (vp.width < 1024) await page.getByRole('button', { name: 'Show question map' }).click();
      await noSidewaysScroll(page);
      await noAxeViolations(page, `exam running ${tag}`);
      await snap(page, `quiz-exam-running-${tag}`);
      await page.getByRole('button', { name: 'Submit exam' }).first().click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await snap(page, `quiz-exam-confirm-${tag}`);
      await page.getByRole('button', { name: 'Submit now' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
      await noSidewaysScroll(page);
      await noAxeViolations(page, `exam results ${tag}`);
      await snap(page, `quiz-exam-results-${tag}`);

      await page.goto('/');
      await expect(page.getByText(/due today/)).toBeVisible();
      await snap(page, `home-due-${tag}`);
    });
  }
}
