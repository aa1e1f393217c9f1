import { expect, type Locator, type Page } from '@playwright/test';

/** A small bank in KMS Lab's format, written for the UI tests (facts per content/README.md). */
export const UI_BANK = `---
title: UI test bank
exams: [SAA-C03]
tags: [ui-test]
---

## Which rotation period does automatic key rotation use when you do not choose one?
<!-- id: uitest-001; topic: rotation -->

- [ ] 90 days
  > 90 days is the shortest period you can choose, not the default.
- [x] 365 days
  > One year is the default period.
- [ ] 2,560 days
  > That is the longest period you can choose.
- [ ] 30 days

**Explanation:** Automatic rotation defaults to one year; since April 2024 you can choose 90 to 2,560 days.

**References:**
- https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html

## Which TWO are types of KMS keys? (Choose TWO)
<!-- id: uitest-002; topic: key-types -->

- [x] Customer managed keys
- [ ] Bucket keys
- [x] AWS managed keys
- [ ] Session keys
- [ ] Grant keys

**Explanation:** KMS keys are customer managed, AWS managed or AWS owned.

**References:**
- https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html

## What is the largest plaintext that a single Encrypt call accepts?
<!-- id: uitest-003; topic: encrypt-limit; scenario: encrypt-limit -->

- [ ] 1 KB
- [x] 4 KB
- [ ] 64 KB
- [ ] 1 MB

**Explanation:** Encrypt takes up to 4,096 bytes; larger data uses envelope encryption.

**References:**
- https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
`;

/**
 * Right and wrong option indexes (0-based, in the order the bank writes them) by a distinctive piece
 * of each stem, with the option texts: the app shuffles options per attempt, so tests find an
 * option on screen by its text.
 */
export const UI_ANSWERS: { stem: string; topic: string; right: number[]; wrong: number[]; options: string[] }[] = [
  {
    stem: 'automatic key rotation',
    topic: 'Key rotation',
    right: [1],
    wrong: [0],
    options: ['90 days', '365 days', '2,560 days', '30 days'],
  },
  {
    stem: 'types of KMS keys',
    topic: 'Key types',
    right: [0, 2],
    wrong: [0, 1],
    options: ['Customer managed keys', 'Bucket keys', 'AWS managed keys', 'Session keys', 'Grant keys'],
  },
  { stem: 'largest plaintext', topic: 'The 4 KB Encrypt limit', right: [1], wrong: [3], options: ['1 KB', '4 KB', '64 KB', '1 MB'] },
];

/** Which answer entry the question on screen is. */
export async function currentAnswer(page: Page, scope = page.locator('article').first()) {
  const text = await scope.innerText();
  const found = UI_ANSWERS.find((a) => text.includes(a.stem));
  if (!found) throw new Error(`unknown question on screen: ${text.slice(0, 120)}`);
  return found;
}

/** Display positions (0-based) of written option indexes in the card on screen, read from the option labels. */
export async function shownPositions(page: Page, indexes: number[], scope = page.locator('article').first()): Promise<number[]> {
  const q = await currentAnswer(page, scope);
  const labels = (await scope.locator('label:has(input[type=radio]), label:has(input[type=checkbox])').allInnerTexts()).map((l) =>
    l.replace(/^[A-Z]\.\s*/, '').trim(),
  );
  return indexes.map((i) => {
    const at = labels.findIndex((l) => l.startsWith(q.options[i]!));
    if (at < 0) throw new Error(`option "${q.options[i]}" not on screen: ${labels.join(' | ')}`);
    return at;
  });
}

/** Imports a bank through the real file picker on /quiz/banks and waits for the confirmation. */
export async function importBank(page: Page, fileName: string, content: string, expected: RegExp = /Added \d+ question/) {
  await page.goto('/quiz/banks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question banks');
  await page.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/markdown', buffer: Buffer.from(content) });
  await expect(page.getByText(expected)).toBeVisible();
}

/** Presses the keys ("1", "3"...) for a set of written option indexes of the question on screen, wherever the shuffle put them. */
export async function pressOptions(page: Page, indexes: number[]) {
  for (const at of await shownPositions(page, indexes)) await page.keyboard.press(String(at + 1));
}

/** No element anywhere has an on* attribute, and no script came from bank content. */
export async function assertNoHandlers(page: Page) {
  const found = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => `${el.tagName}[${a.name}]`),
    ),
  );
  expect(found).toEqual([]);
}

/**
 * On the quiz hub, unfolds the question menus when they are folded (a phone-sized screen folds them,
 * so the modes' buttons come first); waits for the hub to render either way.
 */
export async function openHubFilters(page: Page) {
  const summary = page.locator('summary', { hasText: /^Choose the questions:/ });
  await expect(summary).toBeVisible();
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  await expect(page.getByLabel('Bank or topic')).toBeVisible();
}

/**
 * Practises the UI test bank's one "Key rotation" question and answers it wrong, so it becomes a
 * review card due today. Returns that question's answers.
 */
export async function answerRotationWrong(page: Page) {
  await page.goto('/quiz');
  await openHubFilters(page);
  await page.getByLabel('Bank or topic').selectOption({ label: 'UI test bank: Key rotation' });
  await startPractice(page, 'Start practice (1)');
  const q = await currentAnswer(page);
  await pressOptions(page, q.wrong);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Incorrect: the answer is/)).toBeVisible();
  return q;
}

/**
 * From the quiz hub: follows its "Start practice (N)" link, then starts the session on the practice
 * page (length as offered, 20 or all when fewer match), and waits for the first question.
 */
export async function startPractice(page: Page, hubLink: string | RegExp) {
  await page.getByRole('link', { name: hubLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
}

/** Every stored attempt: the history in IndexedDB plus what the progress document still holds. */
export async function storedAttempts(page: Page): Promise<{ questionId: string; mode: string; correct: boolean; confidence?: string }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('kmslab-quiz-progress');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    const stored = await new Promise<unknown[]>((resolve, reject) => {
      if (!db.objectStoreNames.contains('attempts')) return resolve([]);
      const request = db.transaction('attempts').objectStore('attempts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
    db.close();
    const doc = JSON.parse(localStorage.getItem('kmslab.progress') ?? '{}') as { pending?: { attempts?: unknown[] } };
    const all = [...stored, ...(doc.pending?.attempts ?? [])] as {
      questionId: string;
      at: string;
      mode: string;
      correct: boolean;
      confidence?: string;
    }[];
    const seen = new Set<string>();
    return all
      .filter((a) => {
        const key = `${a.questionId}|${a.at}|${a.mode}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => (a.at < b.at ? -1 : 1));
  });
}

/**
 * Gives any answer to the question on screen, by touch (or by mouse): the first option of a choice
 * item, the order as shown for an ordering item, the first response for every prompt of a matching item.
 */
export async function answerAnyhow(card: Locator, how: 'tap' | 'click' = 'tap') {
  const keep = card.getByRole('button', { name: 'Keep this order' });
  const menus = card.getByRole('combobox');
  if ((await keep.count()) > 0) await keep[how]();
  else if ((await menus.count()) > 0) for (const menu of await menus.all()) await menu.selectOption({ index: 1 });
  else await card.locator('label').first()[how]();
}
