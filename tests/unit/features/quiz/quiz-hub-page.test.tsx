import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import { QuizHubPage } from '@/features/quiz/quiz-hub-page';
import { builtInBanks } from '@/features/quiz/built-in-banks';
import { useQuizBanks } from '@/features/quiz/stores/quiz-banks';
import { renderWithRouter } from './render-with-router';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  useQuizBanks.setState({ status: 'idle', builtIn: [], imported: [], pool: [], storageError: undefined });
});

afterEach(() => vi.unstubAllGlobals());

/** Pretends the screen is a phone (narrow) or wider, as CSS media queries would see it. */
function screenWidth(wide: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: wide && query.includes('min-width'), media: query }));
}

describe('QuizHubPage', () => {
  it('shows the modes at once and says the questions are loading, without made-up counts', async () => {
    // A load already under way that has not finished: the page must not wait for it to render.
    useQuizBanks.setState({ status: 'loading' });
    await renderWithRouter(() => <QuizHubPage />, '/quiz');

    expect(screen.getByRole('heading', { level: 1, name: 'Quiz' })).toBeInTheDocument();
    // The hub below the heading is its own chunk (a moment later in a browser).
    expect(await screen.findByRole('heading', { level: 2, name: 'Practice' })).toBeInTheDocument();
    for (const mode of ['Practice', 'Exam simulation', 'Review', 'Drill mistakes']) {
      expect(screen.getByRole('heading', { level: 2, name: mode })).toBeInTheDocument();
    }
    expect(screen.getByRole('status')).toHaveTextContent('Loading questions…');
    expect(screen.getByRole('link', { name: 'Start practice' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review what is due today' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Drill your mistakes' })).toBeInTheDocument();
    expect(screen.queryByText(/\d+ questions? match/)).not.toBeInTheDocument();
    // The filter box keeps its place, with nothing to choose yet.
    const filters = screen.getByRole('group', { name: 'Choose questions' });
    for (const menu of ['Bank or topic', 'Exam', 'Question type', 'Tag']) expect(within(filters).getByLabelText(menu)).toBeDisabled();
  });

  it('fills in the filters and counts when the built-in banks arrive', async () => {
    await renderWithRouter(() => <QuizHubPage />, '/quiz');
    const total = builtInBanks().reduce((n, b) => n + b.info.questionCount, 0);
    expect(await screen.findByRole('link', { name: `Start practice (${total})` })).toBeInTheDocument();
    expect(screen.getByText(`${total}`, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review 0 due today' })).toBeInTheDocument();
    const scopeMenu = within(screen.getByRole('group', { name: 'Choose questions' })).getByLabelText('Bank or topic');
    expect(scopeMenu).toBeEnabled();
    // The built-in banks are one per topic, so each is listed once, as its topic.
    expect(within(scopeMenu).getAllByRole('option')).toHaveLength(builtInBanks().length + 1);
    expect(within(scopeMenu).getByRole('group', { name: 'Topics' })).toBeInTheDocument();
    expect(screen.queryByText('Loading questions…')).not.toBeInTheDocument();
  });

  it('on a phone folds the menus, so the modes come first; a summary says which questions are chosen', async () => {
    screenWidth(false);
    await renderWithRouter(() => <QuizHubPage />, '/quiz');
    const total = builtInBanks().reduce((n, b) => n + b.info.questionCount, 0);
    const summary = await screen.findByText(`Choose the questions: all banks (${total})`);
    expect(summary.closest('details')).not.toHaveAttribute('open');
  }, 30_000);

  it('opens the menus on a wider screen, and on a phone when the link chose questions', async () => {
    screenWidth(true);
    const { unmount } = await renderWithRouter(() => <QuizHubPage />, '/quiz');
    expect((await screen.findByText(/^Choose the questions: all banks/)).closest('details')).toHaveAttribute('open');
    unmount();
    screenWidth(false);
    await renderWithRouter(() => <QuizHubPage />, '/quiz?exam=SCS-C03');
    expect((await screen.findByText(/^Choose the questions: SCS-C03/)).closest('details')).toHaveAttribute('open');
  }, 30_000);
});
