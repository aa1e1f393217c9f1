import { test, expect, snap } from './fixtures';

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
