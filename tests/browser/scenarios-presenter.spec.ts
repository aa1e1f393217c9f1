import type { Page } from '@playwright/test';
import { test, expect, snap } from './fixtures';
import { SCENARIOS } from './scenario-ids';

const announcer = (page: Page) => page.getByTestId('step-announcer');

interface Measure {
  smallest: number;
  smallestText: string;
  overflowing: string[];
  covered: string[];
  narration: number;
}

/**
 * What a person at the back of the room sees: the smallest rendered diagram text (font size times
 * the diagram's zoom), labels whose text does not fit their box, and chips lying over node text.
 */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const viewport = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    let smallest = Infinity;
    let smallestText = '';
    const overflowing: string[] = [];
    const labels = [...document.querySelectorAll<HTMLElement>('.scn-diagram .scn-label')];
    for (const el of labels) {
      if (!el.textContent?.trim()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
      if (size < smallest) [smallest, smallestText] = [size, el.textContent];
      if (el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === 'ellipsis') overflowing.push(el.textContent);
      const node = el.closest('.scn-node');
      if (node && !el.closest('[data-testid="local-tokens"]')) {
        const r = el.getBoundingClientRect();
        const n = node.getBoundingClientRect();
        if (r.left < n.left - 1 || r.right > n.right + 1 || r.top < n.top - 1 || r.bottom > n.bottom + 1) overflowing.push(el.textContent);
      }
    }
    const covered: string[] = [];
    const nodeText = labels.filter((el) => el.closest('.scn-node') && !el.closest('[data-testid="local-tokens"]'));
    for (const chip of document.querySelectorAll<HTMLElement>('[data-token-state="resting"], [data-testid="local-tokens"] > *')) {
      const c = chip.getBoundingClientRect();
      for (const t of nodeText) {
        const r = t.getBoundingClientRect();
        if (c.left < r.right && c.right > r.left && c.top < r.bottom && c.bottom > r.top)
          covered.push(`${chip.textContent} over ${t.textContent}`);
      }
    }
    const narration = parseFloat(getComputedStyle(document.querySelector('#scn-caption')!).fontSize);
    return { smallest, smallestText, overflowing, covered, narration };
  });
}

test.describe('presenter mode at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const id of SCENARIOS) {
    test(`${id}: every label 16 px or more, none cut or covered, narration 28 px or more`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/scenarios/${id}`);
      await expect(announcer(page)).toHaveText(/^Step 1 of (\d+): /);
      const total = Number((await announcer(page).textContent())!.match(/of (\d+)/)![1]);
      await page.getByRole('button', { name: 'Presenter mode' }).click();
      await expect(page.getByTestId('presenter-stage')).toBeFocused();
      for (let i = 1; i <= total; i++) {
        await expect(page.locator('#scn-caption')).toContainText(`${i}/${total}`);
        // Let the diagram refit after the layout change.
        await page.waitForTimeout(i === 1 ? 400 : 80);
        const m = await measure(page);
        expect(m.smallest, `step ${i}: "${m.smallestText}"`).toBeGreaterThanOrEqual(16);
        expect(m.overflowing, `step ${i}`).toEqual([]);
        expect(m.covered, `step ${i}`).toEqual([]);
        expect(m.narration).toBeGreaterThanOrEqual(28);
        if (i === 1 || i === total) await snap(page, `presenter-${id}-step-${i}`);
        await page.keyboard.press('PageDown');
      }
    });
  }
});
