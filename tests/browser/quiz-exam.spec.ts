import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';
import { UI_BANK, answerAnyhow, currentAnswer, importBank, pressOptions } from './quiz-helpers';

async function setUpExam(page: Page, minutes: string) {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz/exam');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam simulation');
  await page.getByLabel('Questions from').selectOption({ label: 'UI test bank' });
  // The default length is capped at what is available; time follows the real exam's pace.
  await expect(page.getByLabel('Number of questions')).toHaveValue('3');
  await expect(page.getByLabel('Time in minutes')).toHaveValue('6');
  await page.getByLabel('Time in minutes').fill(minutes);
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam in progress');
}

test('full exam: no feedback, flag, question map, survives a reload, confirm, results and review', async ({ page }) => {
  await setUpExam(page, '30');
  const card = page.locator('article').first();
  const map = page.getByRole('navigation', { name: 'Question map' });

  // Q1: answer right with the keys. No feedback is shown during the exam.
  let q = await currentAnswer(page, card);
  const firstStem = q.stem;
  const rightTopic = q.topic;
  await pressOptions(page, q.right);
  await expect(card.getByRole('region', { name: 'Answer feedback' })).toHaveCount(0);
  await page.keyboard.press('Enter'); // next
  await expect(card.getByText('Question 2 of 3')).toBeVisible();

  // Q2: answer wrong and flag it.
  q = await currentAnswer(page, card);
  const wrongTopic = q.topic;
  await pressOptions(page, q.wrong);
  await card.getByRole('button', { name: 'Flag for review' }).click();
  await expect(card.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await card.getByRole('button', { name: 'Next question' }).click();

  // Q3 left unanswered. The map shows the three states.
  await expect(card.getByText('Question 3 of 3')).toBeVisible();
  const skippedTopic = (await currentAnswer(page, card)).topic;
  await expect(page.getByText('2 of 3 answered · 1 flagged')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(map.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Question 3, unanswered' })).toBeVisible();
  await snap(page, 'quiz-exam-running-desktop');

  // A reload resumes the same exam with the same answers and a running clock.
  const before = await page.getByRole('timer').getAttribute('aria-label');
  // Let the first load finish (favicon included): a reload mid-request shows up as a failed request.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam in progress');
  await expect(page.getByText('2 of 3 answered · 1 flagged')).toBeVisible();
  await expect(page.getByRole('timer')).toHaveAttribute('aria-label', /Time left (29|30):\d\d/);
  expect(before).toMatch(/Time left/);
  await map.getByRole('button', { name: /Question 1,/ }).click();
  await expect(card).toContainText(firstStem);

  // Submitting with an unanswered question asks first; "Keep working" goes back.
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  const dialog = page.getByRole('alertdialog', { name: 'Submit the exam?' });
  await expect(dialog).toContainText('1 unanswered');
  await expect(dialog).toContainText('1 question is flagged');
  await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  // Results: 1 of 3 right, estimate labelled, per topic, every answer reviewable.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  await expect(page.getByText('Estimated scaled score')).toBeVisible();
  await expect(page.getByText(/This is an estimate/)).toBeVisible();
  await expect(page.getByText('1 of 3', { exact: true })).toBeVisible();
  await expect(page.getByText('400', { exact: true })).toBeVisible(); // round(100 + 900 × 1/3)
  // An imported bank: no KMS-only label, and never a pass or fail verdict.
  await expect(page.getByRole('heading', { name: 'Your score' })).toBeVisible();
  await expect(page.getByText(/not a pass or a fail|Pass\b|Not yet a pass/)).toHaveCount(0);
  const topics = page.getByRole('table', { name: 'Score by topic' });
  await expect(topics.getByRole('row', { name: rightTopic })).toContainText('1 / 1');
  await expect(topics.getByRole('row', { name: wrongTopic })).toContainText('0 / 1');
  await expect(topics.getByRole('row', { name: skippedTopic })).toContainText('0 / 1');
  await expect(page.locator('article')).toHaveCount(3);
  await page.getByText(/^Unanswered \(1\)$/).click();
  await expect(page.locator('article')).toHaveCount(1);
  await expect(page.locator('article').getByText(/Not answered: the answer is/)).toBeVisible();
  await snap(page, 'quiz-exam-results-desktop');

  // Results survive a reload too, and the exam is in the history.
  // Let the first load finish (favicon included): a reload mid-request shows up as a failed request.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  // The results show before the banks' chunk has arrived: let it finish, or leaving aborts it.
  await page.waitForLoadState('networkidle');
  await page.goto('/progress');
  const history = page.getByRole('region', { name: 'Exam history' });
  await expect(history.getByRole('row').nth(1)).toContainText('400');
  await expect(history.getByRole('row').nth(1)).toContainText('1 / 3');

  // Each row reopens the exam with its full review.
  await history.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Exam of /);
  await expect(page.getByText('1 of 3', { exact: true })).toBeVisible();
  await expect(page.locator('article')).toHaveCount(3);
  await page.getByText(/^Wrong \(2\)$/).click();
  await expect(page.locator('article')).toHaveCount(2);
  await expect(page.locator('article').getByText(/Not answered: the answer is/)).toBeVisible();
  // And after a reload, straight from its address (the history is in IndexedDB).
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.locator('article')).toHaveCount(3);
  await snap(page, 'quiz-past-exam-desktop');
});

test('the exam submits itself when time runs out', async ({ page }) => {
  await page.clock.install();
  await setUpExam(page, '1');
  const card = page.locator('article').first();
  const q = await currentAnswer(page, card);
  await pressOptions(page, q.right);
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  await expect(page.getByText('Time ran out: the exam was submitted automatically.')).toBeVisible();
  await expect(page.getByText('1 of 3', { exact: true })).toBeVisible();
});

test('a full-length exam from the built-in banks: 65 questions in 130 minutes by default, 170 for Security', async ({ page }) => {
  await page.goto('/quiz/exam');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam simulation');
  await expect(page.getByLabel('Number of questions')).toHaveValue('65');
  await expect(page.getByLabel('Time in minutes')).toHaveValue('130');
  await page.getByLabel('Exam').selectOption('SCS-C03');
  await expect(page.getByLabel('Time in minutes')).toHaveValue('170');
  await page.getByLabel('Exam').selectOption('');
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByText('0 of 65 answered · 0 flagged')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Question map' }).getByRole('button')).toHaveCount(65);
  // Answer the first question (whatever its item type), go to the last one with the map, then submit.
  await answerAnyhow(page.locator('article').first(), 'click');
  await expect(page.getByText('1 of 65 answered · 0 flagged')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Question map' })
    .getByRole('button', { name: /^Question 65,/ })
    .click();
  await expect(page.locator('article').first().getByText('Question 65 of 65')).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  await expect(page.getByRole('alertdialog')).toContainText('64 unanswered');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  await expect(page.locator('article')).toHaveCount(65);
  await expect(page.getByText(/^[01] of 65$/)).toBeVisible(); // right answers in the score box
});
