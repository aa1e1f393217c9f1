import { test, expect, snap } from './fixtures';
import { UI_BANK, importBank } from './quiz-helpers';

// A bank in the common community task-list format, with CRLF line endings and one broken question.
const TASK_LIST = [
  '# Practice questions',
  '',
  '## Table of contents',
  '- [Questions](#questions)',
  '',
  '### Which AWS service creates and controls the keys that encrypt data at rest?',
  '',
  '- [ ] Amazon Macie',
  '- [x] AWS Key Management Service',
  '- [ ] AWS Certificate Manager',
  '',
  '**[⬆ Back to top](#table-of-contents)**',
  '',
  '### Which TWO can hold a KMS key policy statement? (Choose TWO)',
  '',
  '- [X] A key policy document',
  '- [ ] A bucket ACL',
  '- [x] An IAM policy, when the key policy allows IAM',
  '',
  '### A question without a right answer',
  '',
  '- [ ] one',
  '- [ ] two',
  '',
].join('\r\n');

test('drag and drop a community bank: listed with its problems, usable, removable', async ({ page }) => {
  await page.goto('/quiz/banks');
  await expect(page.getByRole('heading', { name: /Your imported banks \(0\)/ })).toBeVisible();
  // A real drop event carrying a real File, as the browser sends it.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'community.md', { type: 'text/markdown' }));
    const zone = document.querySelector('[data-testid="bank-drop-zone"]')!;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, TASK_LIST);
  await expect(page.getByText(/community\.md: Added 2 questions; 1 could not be read/)).toBeVisible();
  const imported = page.getByRole('region', { name: /Your imported banks \(1\)/ });
  // The file's first heading is its title.
  await expect(imported.getByRole('heading', { level: 3 })).toHaveText('Practice questions');
  await expect(imported).toContainText('community.md · 2 questions · task-list format');
  await expect(imported.getByText(/^Line 20 \(error, question skipped\):/)).toBeVisible();
  await snap(page, 'quiz-banks-imported');

  // The imported questions appear in practice.
  await page.goto('/quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'Practice questions (every question)' });
  await expect(page.getByText('2 questions match.')).toBeVisible();

  // Remove it, after confirming; it is gone from the quiz too.
  await page.goto('/quiz/banks');
  await page.getByRole('button', { name: 'Remove Practice questions' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove bank' }).click();
  await expect(page.getByText(/Removed “Practice questions”/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /Your imported banks \(0\)/ })).toBeVisible();
  // Let the first load finish (favicon included): a reload mid-request shows up as a failed request.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('heading', { name: /Your imported banks \(0\)/ })).toBeVisible();
});

test('after importing, "Practice this bank" starts practice on that bank; each bank offers Practice and Exam', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  // Keyboard only: Tab to the success message's link and follow it.
  const practiceThis = page.getByRole('link', { name: 'Practice this bank' });
  await practiceThis.focus();
  await expect(practiceThis).toBeFocused();
  await snap(page, 'quiz-banks-practice-this-bank');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await expect(page.getByText('3 of 3 questions from UI test bank, in random order.')).toBeVisible();
  await page.getByText('All (3)').click();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(
    page
      .locator('article')
      .first()
      .getByText(/^Question 1 of 3$/),
  ).toBeVisible();
  // Only the bank's own questions.
  await expect(page.locator('article').first()).toContainText(/rotation period|types of KMS keys|largest plaintext/);

  // The banks page: the imported bank and every built-in one offer Practice and Exam.
  await page.goto('/quiz/banks');
  const imported = page.getByRole('region', { name: /Your imported banks \(1\)/ });
  await expect(imported.getByRole('link', { name: 'Practice UI test bank' })).toBeVisible();
  const builtIn = page.getByRole('region', { name: /KMS Lab’s banks/ });
  const builtInCount = await builtIn.getByRole('heading', { level: 3 }).count();
  expect(builtInCount).toBeGreaterThan(0);
  await expect(builtIn.getByRole('link', { name: /^Practice / })).toHaveCount(builtInCount);
  await expect(builtIn.getByRole('link', { name: /^Exam from / })).toHaveCount(builtInCount);
  await imported.getByRole('link', { name: 'Exam from UI test bank' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam simulation');
  await expect(page.getByLabel('Questions from')).toHaveValue(/.+/);
  await expect(page.getByLabel('Questions from').locator('option:checked')).toHaveText('UI test bank');
  await expect(page.getByText('3 questions available.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByText('0 of 3 answered · 0 flagged')).toBeVisible();
});
