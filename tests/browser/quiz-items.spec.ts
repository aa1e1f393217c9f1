import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';
import { answerAnyhow, importBank, openHubFilters } from './quiz-helpers';

/** One ordering and one matching item in KMS Lab's format (content/README.md); facts per docs/kms-facts.md §8 and §3. */
const ITEMS_BANK = `---
title: Item types test bank
exams: [SCS-C03]
---

## A service reads a file written with envelope encryption. In which order should it perform these steps?
<!-- id: items-ordering-001; type: ordering; topic: envelope-encryption -->

1. Read the encrypted data key from the file header
   > The data key travels with the data.
2. Call Decrypt on the encrypted data key
   > KMS returns the plaintext data key.
3. Decrypt the file body locally
   > KMS never uses data keys itself.
4. Erase the plaintext data key
   > Only once it is no longer needed.

**Explanation:** Each step needs the one before it.

**References:**
- https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html

## Match each key state with the action that makes the key usable again.
<!-- id: items-matching-001; type: matching; topic: key-states -->

- Disabled → Call EnableKey
  > One call.
- PendingDeletion → Call CancelKeyDeletion, then EnableKey
  > Cancelling leaves the key disabled.
- PendingImport → Import the same key material again
  > Imported material expired or was deleted.

**Distractors:**
- Call EnableKeyRotation
  > Rotation never changes a key state.

**Explanation:** Each state has its own way back to Enabled.

**References:**
- https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
`;

const STEPS = [
  'Read the encrypted data key from the file header',
  'Call Decrypt on the encrypted data key',
  'Decrypt the file body locally',
  'Erase the plaintext data key',
];
const PAIRS: [string, string][] = [
  ['Disabled', 'Call EnableKey'],
  ['PendingDeletion', 'Call CancelKeyDeletion, then EnableKey'],
  ['PendingImport', 'Import the same key material again'],
];

/** What to Tab to: an element with this accessible label, id or text. */
type Target = { label?: string; id?: string; text?: string };

/** Presses Tab until the focused element is the target (keyboard only: no clicks, no focus() calls). */
async function tabTo(page: Page, target: Target) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((t) => {
      const el = document.activeElement;
      if (!el) return false;
      if (t.label !== undefined) return el.getAttribute('aria-label') === t.label;
      if (t.id !== undefined) return el.id === t.id;
      return el.textContent === t.text;
    }, target);
    if (found) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** The steps in the order on screen. */
async function stepsOnScreen(card: Locator): Promise<string[]> {
  const texts = await card.getByRole('list', { name: 'Steps in your order' }).locator('[id*="-step-"]').allInnerTexts();
  return texts.map((t) => t.replace(/^Position \d+:\s*/, '').trim());
}

/** Puts the steps in the right order with the keyboard alone: Tab to a step's Move up button, Enter until it is in place. */
async function orderWithKeyboard(page: Page, card: Locator) {
  for (let target = 0; target < STEPS.length; target++) {
    const at = (await stepsOnScreen(card)).indexOf(STEPS[target]!);
    if (at === target) continue;
    await tabTo(page, { label: `Move up: ${STEPS[target]}` });
    // Enter on the focused Move up button, and Alt+ArrowUp on the focused step for the very first move.
    for (let k = at; k > target; k--) await page.keyboard.press(k === at && target === 0 ? 'Alt+ArrowUp' : 'Enter');
    await expect.poll(() => stepsOnScreen(card).then((s) => s.indexOf(STEPS[target]!))).toBe(target);
  }
  expect(await stepsOnScreen(card)).toEqual(STEPS);
}

/** Matches every prompt with the keyboard alone: Tab to its menu, ArrowDown to the right response. */
async function matchWithKeyboard(page: Page, card: Locator) {
  for (const [prompt, response] of PAIRS) {
    const menu = card.getByRole('combobox', { name: prompt });
    const options = (await menu.locator('option').allInnerTexts()).map((t) => t.replace(/^[A-Z]\.\s*/, ''));
    const steps = options.indexOf(response);
    expect(steps).toBeGreaterThan(0);
    await tabTo(page, { id: (await menu.getAttribute('id'))! });
    for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowDown');
    await expect(menu.locator('option:checked')).toHaveText(new RegExp(`${response.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }
}

async function axeClean(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`)),
    where,
  ).toEqual([]);
}

async function checkWithKeyboard(page: Page, card: Locator) {
  await tabTo(page, { text: 'Check answer' });
  await page.keyboard.press('Enter');
  await expect(card.getByRole('region', { name: 'Answer feedback' })).toBeVisible();
}

/** Practises the test bank's one item of a type, chosen with the quiz hub's menus. */
async function practise(page: Page, type: 'Ordering' | 'Matching') {
  await page.goto('/quiz');
  await openHubFilters(page);
  await page.getByLabel('Bank or topic').selectOption({ label: 'Item types test bank (every question)' });
  await page.getByLabel('Question type').selectOption({ label: type });
  await expect(page.getByText('1 question match.')).toBeVisible();
  await page.getByRole('link', { name: 'Start practice (1)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
  // The practice page asks for the session's length first.
  await page.getByRole('button', { name: 'Start practice' }).click();
}

const VIEWS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const view of VIEWS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`practice: answer an ordering and a matching item with the keyboard only, ${view.width}px, ${scheme}, axe clean`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: view.width, height: view.height });
      await page.emulateMedia({ colorScheme: scheme });
      await importBank(page, 'items.md', ITEMS_BANK, /Added 2 questions/);
      await practise(page, 'Ordering');
      const card = page.locator('article').first();
      const tag = `${view.name}-${scheme}`;

      // Ordering: shuffled, never shown in the right order, answered with Tab, Enter and Alt+ArrowUp.
      await expect(card.getByText('Question 1 of 1')).toBeVisible();
      expect(await stepsOnScreen(card)).not.toEqual(STEPS);
      await axeClean(page, `ordering item, ${tag}`);
      await snap(page, `quiz-items-ordering-${tag}`);
      await orderWithKeyboard(page, card);
      await checkWithKeyboard(page, card);
      await expect(card.getByText('Correct: every step is in the right place.')).toBeVisible();
      await expect(card.getByRole('heading', { name: 'Right order' })).toBeVisible();
      await expect(card.getByText('KMS returns the plaintext data key.')).toBeVisible();
      await axeClean(page, `ordering feedback, ${tag}`);
      await snap(page, `quiz-items-ordering-feedback-${tag}`);

      // Matching: one menu per prompt, answered with Tab and ArrowDown.
      await practise(page, 'Matching');
      await expect(card.getByText('Question 1 of 1')).toBeVisible();
      await axeClean(page, `matching item, ${tag}`);
      await snap(page, `quiz-items-matching-${tag}`);
      await matchWithKeyboard(page, card);
      await checkWithKeyboard(page, card);
      await expect(card.getByText('Correct: every prompt has its right response.')).toBeVisible();
      await expect(card.getByRole('heading', { name: 'Responses that match no prompt' })).toBeVisible();
      await axeClean(page, `matching feedback, ${tag}`);
      await snap(page, `quiz-items-matching-feedback-${tag}`);

      // Nothing on the page is wider than the phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('a wrong order scores nothing and the review shows both orders; the progress page counts the answers', async ({ page }) => {
  await importBank(page, 'items.md', ITEMS_BANK, /Added 2 questions/);
  await practise(page, 'Ordering');
  const card = page.locator('article').first();
  await card.getByRole('button', { name: 'Keep this order' }).click();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByText(/^Incorrect: \d of 4 steps were in the right place/)).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Your order' })).toBeVisible();
  await expect(card.getByText(/Belongs at \d/).first()).toBeVisible();
  await snap(page, 'quiz-items-ordering-wrong-desktop-light');
  await page.goto('/progress');
  await expect(page.getByText('Answers given').locator('..')).toContainText('1');
});

test('a full exam with an ordering and a matching item: answered and flagged counts and the map include them, results review both', async ({
  page,
}) => {
  await importBank(page, 'items.md', ITEMS_BANK, /Added 2 questions/);
  // The banks page's "Exam" action opens the exam setup on this bank.
  await page.getByRole('link', { name: 'Exam from Item types test bank' }).click();
  await expect(page.getByText('2 questions available.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.getByText('0 of 2 answered · 0 flagged')).toBeVisible();
  const card = page.locator('article').first();
  for (let i = 1; i <= 2; i++) {
    await expect(card.getByText(`Question ${i} of 2`)).toBeVisible();
    await answerAnyhow(card, 'click');
    await expect(page.getByText(`${i} of 2 answered`)).toBeVisible();
    if (i === 1) {
      await page.getByRole('button', { name: 'Flag for review' }).click();
      await page.getByRole('button', { name: 'Next question' }).click();
    }
  }
  await expect(page.getByText('2 of 2 answered · 1 flagged')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Question map' }).getByRole('button')).toHaveCount(2);
  await page.getByRole('button', { name: 'Submit exam' }).first().click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exam results');
  await expect(page.getByText(/^[0-2] of 2$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your order' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your pairs and the right ones' })).toBeVisible();
});
