import { test, expect, snap } from './fixtures';
import { UI_BANK, currentAnswer, importBank, pressOptions, shownPositions, startPractice } from './quiz-helpers';

test('practice session: filter by bank, answer by keyboard, feedback, summary, progress and home count', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);

  await page.goto('/quiz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await expect(page.getByText('3 questions match.')).toBeVisible();
  await startPractice(page, 'Start practice (3)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');

  // First question: right answer by keys, Enter to check.
  const card = page.locator('article').first();
  await expect(card.getByText('Question 1 of 3')).toBeVisible();
  let q = await currentAnswer(page);
  await pressOptions(page, q.right);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Correct\.$/ })).toBeAttached();
  await expect(card.getByText(/^Correct: the answer is/)).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Explanation' })).toBeVisible();
  await expect(card.getByRole('link', { name: /docs\.aws\.amazon\.com/ })).toHaveAttribute('target', '_blank');
  await snap(page, 'quiz-practice-feedback-desktop');
  await page.keyboard.press('Enter');

  // Second question: wrong on purpose, with the mouse.
  await expect(card.getByText('Question 2 of 3')).toBeVisible();
  q = await currentAnswer(page);
  for (const at of await shownPositions(page, q.wrong)) await card.locator('input').nth(at).check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByText(/^Incorrect: the answer is/)).toBeVisible();
  await expect(card.getByText('Wrong, you chose it').first()).toBeVisible();
  await card.getByRole('button', { name: 'Next question' }).click();

  // Third question: right.
  await expect(card.getByText('Question 3 of 3')).toBeVisible();
  q = await currentAnswer(page);
  await pressOptions(page, q.right);
  await page.keyboard.press('Enter');
  await expect(card.getByText(/^Correct: the answer is/)).toBeVisible();
  await card.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('You answered 3 questions: 2 right (67%).')).toBeVisible();

  // The answers are saved: progress page and drill list know about them.
  await page.getByRole('link', { name: 'See progress' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress');
  const answers = page.getByText('Answers given').locator('..');
  await expect(answers).toContainText('3');
  await expect(answers).toContainText('67% right');
  await expect(page.getByText('Mistakes to drill').locator('..')).toContainText('1');

  // The wrong answer is an FSRS "Again": due today, counted on the home page without the quiz engine.
  await page.goto('/');
  await expect(page.getByText(/review(s)? due today/)).toBeVisible();
});

test('practice with no questions matching says so instead of breaking', async ({ page }) => {
  await page.goto('/quiz/practice?bank=does-not-exist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await expect(page.getByText(/No questions (match these filters|yet)/)).toBeVisible();
});

test('flag a question for later in practice, then practise only flagged questions', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await startPractice(page, 'Start practice (3)');
  const card = page.locator('article').first();
  const flagged = await currentAnswer(page);
  const flag = card.getByRole('button', { name: 'Flag for later' });
  await flag.click();
  await expect(flag).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/quiz');
  await page.getByLabel('Only questions I flagged for later (1)').check();
  await expect(page.getByText('1 question match.')).toBeVisible();
  await startPractice(page, 'Start practice (1)');
  await expect(card.getByText('Question 1 of 1')).toBeVisible();
  expect((await currentAnswer(page)).stem).toBe(flagged.stem);
  // Unflagging during the session keeps the question on screen; the flag is gone next time.
  await card.getByRole('button', { name: 'Flag for later' }).click();
  await expect(card.getByRole('button', { name: 'Flag for later' })).toHaveAttribute('aria-pressed', 'false');
  await expect(card.getByText('Question 1 of 1')).toBeVisible();
  await page.goto('/quiz');
  await expect(page.getByLabel('Only questions I flagged for later (0)')).toBeVisible();
});
