import { test, expect } from './fixtures';
import { UI_BANK, currentAnswer, importBank, pressOptions, startPractice } from './quiz-helpers';

test('two tabs answering different questions: both answers are kept', async ({ page, context }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  const tabA = page;
  const tabB = await context.newPage();
  // Each tab practises one topic of the test bank, so they answer different questions.
  await tabA.goto('/quiz');
  await tabA.getByLabel('Bank or topic').selectOption({ label: 'UI test bank: Key rotation' });
  await startPractice(tabA, 'Start practice (1)');
  await tabB.goto('/quiz');
  await tabB.getByLabel('Bank or topic').selectOption({ label: 'UI test bank: The 4 KB Encrypt limit' });
  await startPractice(tabB, 'Start practice (1)');

  // Both tabs loaded their progress before either answered.
  const qa = await currentAnswer(tabA);
  const qb = await currentAnswer(tabB);
  expect(qa.stem).not.toBe(qb.stem);
  await tabA.bringToFront();
  await pressOptions(tabA, qa.right);
  await tabA.keyboard.press('Enter');
  await expect(tabA.getByText(/^Correct: the answer is/)).toBeVisible();
  await tabB.bringToFront();
  await pressOptions(tabB, qb.wrong);
  await tabB.keyboard.press('Enter');
  await expect(tabB.getByText(/^Incorrect: the answer is/)).toBeVisible();

  const stored = await tabA.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith('kmslab.progress')) out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
  const text = Object.values(stored).join('\n');
  expect(text).toContain('uitest-001');
  expect(text).toContain('uitest-003');

  // Either tab's progress page shows both answers.
  for (const tab of [tabA, tabB]) {
    await tab.goto('/progress');
    await expect(tab.getByText('Answers given').locator('..')).toContainText('2');
    await expect(tab.getByText('Answers given').locator('..')).toContainText('50% right');
  }
  await tabB.close();
});
