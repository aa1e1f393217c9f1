import { expect, type Page } from '@playwright/test';

/** Every top-level route a learner can open, with the h1 it must show. */
export const ROUTES: readonly { path: string; h1: string | RegExp; slug: string }[] = [
  { path: '/', h1: 'Learn AWS KMS by using it', slug: 'home' },
  { path: '/lab', h1: 'KMS Lab console', slug: 'lab' },
  { path: '/lab/envelope', h1: 'Envelope encryption', slug: 'lab-envelope' },
  { path: '/scenarios', h1: 'Scenarios', slug: 'scenarios' },
  { path: '/scenarios/envelope-encryption', h1: 'Envelope encryption', slug: 'scenario' },
  { path: '/labs', h1: 'Hands-on labs', slug: 'labs' },
  { path: '/labs/rotation-old-ciphertext', h1: 'Rotate a key and read what it encrypted before', slug: 'labs-challenge' },
  { path: '/learn', h1: 'Study guides', slug: 'learn' },
  { path: '/learn/rotation', h1: 'Key rotation', slug: 'learn-guide' },
  { path: '/learn/notes', h1: 'Check your notes', slug: 'learn-notes' },
  { path: '/learn/changes', h1: 'What changed', slug: 'learn-changes' },
  { path: '/quiz', h1: 'Quiz', slug: 'quiz' },
  { path: '/progress', h1: 'Progress', slug: 'progress' },
  { path: '/sources', h1: 'Sources', slug: 'sources' },
];

/** Deeper pages that load more code (quiz modes, console tabs, every scenario): covered by the CSP and origin tests. */
export const DEEP_ROUTES: readonly string[] = [
  '/quiz/practice',
  '/quiz/exam',
  '/quiz/review',
  '/quiz/drill',
  '/quiz/banks',
  '/lab?tab=operations',
  '/lab?tab=services',
  '/lab?tab=principals',
  '/lab?tab=audit',
  '/scenarios/direct-encrypt',
  '/scenarios/four-kb-limit',
  '/scenarios/key-rotation',
  '/scenarios/regions',
  '/scenarios/permissions',
  '/scenarios/aws-managed-keys',
  '/labs/cross-account-decrypt',
  '/labs/investigate-decrypt',
  '/learn/what-is-kms',
  '/learn/policies',
  '/learn/service-integrations',
];

/** Opens a route and waits until its page has rendered and stopped loading (lazy chunks, banks). */
export async function openRoute(page: Page, path: string, h1?: string | RegExp) {
  await page.goto(path);
  const heading = page.getByRole('heading', { level: 1 });
  if (h1 !== undefined) await expect(heading).toHaveText(h1);
  else await expect(heading).not.toHaveText(/not found/i);
  await settle(page);
}

/** Waits for the network to go quiet and for "Loading…" placeholders to disappear. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(/^Loading\b/)).toHaveCount(0);
}
