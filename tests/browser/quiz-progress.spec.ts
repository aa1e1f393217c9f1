import { readFile } from 'node:fs/promises';
import { test, expect, snap } from './fixtures';
import { UI_BANK, answerRotationWrong, currentAnswer, importBank, pressOptions, startPractice, storedAttempts } from './quiz-helpers';

const DAY = 86_400_000;

test('home shows reviews due today from stored progress, without loading the quiz engine', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const now = Date.now();
  const card = (due: number) => ({
    due: new Date(due).toISOString(),
    stability: 1,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
  });
  await page.addInitScript((doc) => localStorage.setItem('kmslab.progress', JSON.stringify(doc)), {
    version: 2,
    attempts: [],
    cards: { a: card(now - DAY), b: card(now - 60_000), c: card(now + 30 * DAY) },
    flags: {},
    exams: [],
    settings: {},
  });
  await page.goto('/');
  await expect(page.getByText('2 reviews due today.')).toBeVisible();
  const heavy = scripts.filter((u) => /parse-bank|markdown|quiz-hub-|review-page|ts-fsrs/.test(u));
  expect(heavy).toEqual([]);
  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
});

test('review mode asks the due cards, with confidence mapped to FSRS', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  // Answer one question wrong in practice: it becomes an "Again" card, due today.
  const q = await answerRotationWrong(page);
  await expect(page.getByText(/comes back for review in \d+ minutes?\./)).toBeVisible();

  await page.goto('/quiz');
  await expect(page.getByRole('link', { name: 'Review 1 due today' })).toBeVisible();
  await page.getByRole('link', { name: 'Review 1 due today' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  await page.getByRole('button', { name: 'Start review (1)' }).click();
  await page.getByText('Certain', { exact: true }).click();
  await pressOptions(page, q.right);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Correct: the answer is/)).toBeVisible();
  await expect(page.getByText(/comes back for review (tomorrow|in \d+ days)/)).toBeVisible();
  await snap(page, 'quiz-review-feedback');

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kmslab.progress')!));
  const attempts = (await storedAttempts(page)).filter((a) => a.questionId === 'uitest-001');
  expect(attempts.map((a) => [a.mode, a.correct, a.confidence ?? null])).toEqual([
    ['practice', false, null],
    ['review', true, 'high'],
  ]);
  // Easy after a lapse pushes the card past today, so nothing is due any more.
  expect(Date.parse(stored.cards['uitest-001'].due)).toBeGreaterThan(Date.now() + 12 * 3_600_000);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await page.goto('/quiz/review');
  await expect(page.getByText('Nothing due today')).toBeVisible();
});

test('the home page stops counting reviews of a removed bank, and counts them again when it is back', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await answerRotationWrong(page);
  await page.goto('/');
  await expect(page.getByText('1 review due today.')).toBeVisible();
  // The light home page shows its count before the service worker's helper chunk has arrived: let the
  // load finish, or leaving aborts that request (a failed request fails the test).
  await page.waitForLoadState('networkidle');

  await page.goto('/quiz/banks');
  await page.getByRole('button', { name: 'Remove UI test bank' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove bank' }).click();
  await expect(page.getByText(/Removed “UI test bank”/)).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The review page could not ask it, so the home page does not promise it.
  await expect(page.getByText(/reviews? due today/)).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  // The progress is kept: importing the bank again brings the review back.
  expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('kmslab.progress')!).cards))).toContain('uitest-001');
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/');
  await expect(page.getByText('1 review due today.')).toBeVisible();
});

test('export, then import into a fresh browser, with a summary of what changed', async ({ page, browser }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await startPractice(page, 'Start practice (3)');
  const q = await currentAnswer(page);
  await pressOptions(page, q.right);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Correct: the answer is/)).toBeVisible();

  await page.goto('/progress');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^kmslab-progress-\d{4}-\d\d-\d\d\.json$/);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text).attempts).toHaveLength(1);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByText('Answers given').locator('..')).toContainText('0');
  await fresh.locator('input[type=file]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(fresh.getByText('Imported progress.json')).toBeVisible();
  await expect(fresh.getByText('1 answer added')).toBeVisible();
  await expect(fresh.getByText('Answers given').locator('..')).toContainText('1');
  // The same file again changes nothing, and says so.
  await fresh.locator('input[type=file]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(fresh.getByText('1 answer added')).toHaveCount(0);
  // A file that is not progress is refused with a reason, and nothing changes.
  await fresh
    .locator('input[type=file]')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(fresh.getByText('notes.json was not imported')).toBeVisible();
  await expect(fresh.getByText('Your current progress is unchanged.')).toBeVisible();
  await snap(fresh, 'quiz-progress-import');
  await other.close();
});

test('corrupt stored progress: the app starts, says so, and offers the damaged data for download', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('kmslab.progress', '{"version": 2, "attempts": [ this is not json');
    }
  });
  await page.goto('/progress');
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress needs attention' });
  await expect(notice).toContainText('could not be read');
  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: /Download the kept data/ }).click();
  const text = await readFile(await (await downloading).path(), 'utf8');
  expect(text).toBe('{"version": 2, "attempts": [ this is not json');
  await snap(page, 'quiz-progress-corrupt');
  // Hidden notice, reload: the kept copy is still offered, and new answers can be saved meanwhile.
  await notice.getByRole('button', { name: 'Hide this message' }).click();
  await expect(notice).toHaveCount(0);
  // Let the first load finish (favicon included): a reload mid-request shows up as a failed request.
  await page.waitForLoadState('networkidle');
  await page.reload();
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download damaged copy \(kmslab\.progress\.corrupt\./ }).click();
  expect(await readFile(await (await again).path(), 'utf8')).toBe('{"version": 2, "attempts": [ this is not json');
});

test('progress from a newer app version is kept, read-only, and answers say they were not saved', async ({ page }) => {
  const future = JSON.stringify({ version: 99, attempts: [], cards: {}, flags: {}, exams: [], settings: {}, somethingNew: true });
  await page.addInitScript((doc) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('kmslab.progress', doc);
    }
  }, future);
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz');
  await expect(page.getByText(/saved by a newer version of KMS Lab/)).toBeVisible();
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await startPractice(page, 'Start practice (3)');
  const q = await currentAnswer(page);
  await pressOptions(page, q.right);
  await page.keyboard.press('Enter');
  // The session goes on, the learner is told, and the newer data is untouched.
  await expect(page.getByText(/^Correct: the answer is/)).toBeVisible();
  await expect(page.getByText('Your last answer could not be saved')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('kmslab.progress'))).toBe(future);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the kept data \(stored progress\)/ }).click();
  expect(await readFile(await (await downloading).path(), 'utf8')).toBe(future);
});

test('a full storage quota: a clear message, and the practice session carries on', async ({ page }) => {
  await importBank(page, 'ui-test.md', UI_BANK, /Added 3 questions/);
  await page.goto('/quiz');
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank (every question)' });
  await startPractice(page, 'Start practice (3)');
  // From now on every write to localStorage fails as a full quota does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const q = await currentAnswer(page);
  await pressOptions(page, q.right);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Correct: the answer is/)).toBeVisible();
  const error = page.getByRole('alert').filter({ hasText: 'Your last answer could not be saved' });
  await expect(error).toBeVisible();
  await expect(error).toContainText(/full|quota|space/i);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 3')).toBeVisible();
});
