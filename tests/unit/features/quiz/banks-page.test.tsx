import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BanksPage } from '@/features/quiz/banks-page';
import { useQuizBanks } from '@/features/quiz/stores/quiz-banks';
import { renderWithRouter } from './render-with-router';

const GOOD = `---
title: My imported bank
---

## Which service stores KMS keys?
<!-- id: mine-001; topic: what-is-kms -->

- [ ] Amazon S3
- [x] AWS KMS

## A question with no right option
<!-- id: mine-002 -->

- [ ] one
- [ ] two

## Which TWO are symmetric key uses? (Choose TWO)
<!-- id: mine-003 -->

- [x] Encrypt
- [x] Decrypt
- [ ] Sign
`;

function mdFile(name: string, text: string, type = 'text/markdown') {
  return new File([text], name, { type });
}

// Parsing every built-in bank in jsdom is slow on a busy machine: give async queries room.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  // A fresh browser database and a fresh store for every test.
  globalThis.indexedDB = new IDBFactory();
  useQuizBanks.setState({ status: 'idle', builtIn: [], imported: [], pool: [], storageError: undefined });
});

async function renderPage() {
  await renderWithRouter(() => <BanksPage />, '/quiz/banks');
  await screen.findByRole('heading', { name: /Your imported banks \(0\)/ });
}

describe('BanksPage (import UI)', () => {
  it('imports a bank with the file picker and lists its problems by line', async () => {
    const user = userEvent.setup();
    await renderPage();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, mdFile('mine.md', GOOD));
    expect(await screen.findByText(/Added 2 questions; 1 could not be read/)).toBeInTheDocument();
    const list = await screen.findByRole('heading', { name: /Your imported banks \(1\)/ });
    const section = list.closest('section')!;
    expect(within(section).getByText('My imported bank')).toBeInTheDocument();
    expect(within(section).getByText(/mine\.md · 2 questions/)).toBeInTheDocument();
    expect(within(section).getByText(/^Line 11 \(error, question skipped\):/)).toBeInTheDocument();
    // The imported questions join the pool used by every mode.
    expect(useQuizBanks.getState().pool.map((e) => e.question.id)).toEqual(expect.arrayContaining(['mine-001', 'mine-003']));
  }, 30_000);

  it('after an import offers "Practice this bank"; every bank offers Practice and Exam scoped to it', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, mdFile('mine.md', GOOD));
    await screen.findByText(/Added 2 questions/);
    const id = useQuizBanks.getState().imported[0]!.info.id;
    const bankSearch = `bank=${encodeURIComponent(id)}`;
    // The success message's follow-up goes to practice setup with this bank chosen.
    const practiceThis = screen.getByRole('link', { name: 'Practice this bank' });
    expect(practiceThis.getAttribute('href')).toBe(`/quiz/practice?${bankSearch}`);
    // The imported bank's own entry: Practice and Exam, each named after the bank for screen readers.
    const section = (await screen.findByRole('heading', { name: /Your imported banks \(1\)/ })).closest('section')!;
    expect(within(section).getByRole('link', { name: 'Practice My imported bank' }).getAttribute('href')).toBe(
      `/quiz/practice?${bankSearch}`,
    );
    expect(within(section).getByRole('link', { name: 'Exam from My imported bank' }).getAttribute('href')).toBe(`/quiz/exam?${bankSearch}`);
    // A built-in bank offers the same, by its own id (not its topic, which imported questions share).
    const builtIn = screen.getByRole('heading', { name: /KMS Lab’s banks/ }).closest('section')!;
    const first = useQuizBanks.getState().builtIn[0]!.info;
    expect(
      within(builtIn)
        .getByRole('link', { name: `Practice ${first.title}` })
        .getAttribute('href'),
    ).toBe(`/quiz/practice?bank=${encodeURIComponent(first.id)}`);
    expect(within(builtIn).getAllByRole('link', { name: /^Exam from / })).toHaveLength(useQuizBanks.getState().builtIn.length);
  }, 30_000);

  it('a failed import offers no practice link', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, mdFile('empty.md', '# Only a title\n'));
    expect(await screen.findByText(/No questions found/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Practice this bank' })).not.toBeInTheDocument();
  }, 30_000);

  it('imports dropped files, and refuses files that are not Markdown or hold no questions', async () => {
    await renderPage();
    const zone = screen.getByTestId('bank-drop-zone');
    fireEvent.drop(zone, {
      dataTransfer: {
        files: [
          mdFile('picture.png', 'PNG', 'image/png'),
          mdFile('empty.md', '# Just a title\n\nNo questions here.\n'),
          mdFile('good.md', GOOD),
        ],
      },
    });
    expect(await screen.findByText(/Not a Markdown file: choose a file ending in \.md\./)).toBeInTheDocument();
    expect(screen.getByText(/No questions found, so it was not added/)).toBeInTheDocument();
    expect(screen.getByText(/Added 2 questions/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /Your imported banks \(1\)/ })).toBeInTheDocument();
  }, 30_000);

  it('removes a bank after confirmation; cancelling keeps it', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, mdFile('mine.md', GOOD));
    await screen.findByRole('heading', { name: /Your imported banks \(1\)/ });

    await user.click(screen.getByRole('button', { name: 'Remove My imported bank' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { name: /Your imported banks \(1\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove My imported bank' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove bank' }));
    expect(await screen.findByRole('heading', { name: /Your imported banks \(0\)/ })).toBeInTheDocument();
    expect(await screen.findByText(/Removed “My imported bank”/)).toBeInTheDocument();
    await waitFor(() => expect(useQuizBanks.getState().pool.some((e) => e.question.id === 'mine-001')).toBe(false));
  }, 30_000);

  it('importing a file of the same name again replaces the earlier copy', async () => {
    const user = userEvent.setup();
    await renderPage();
    const input = () => document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input(), mdFile('mine.md', GOOD));
    await screen.findByText(/Added 2 questions/);
    await user.upload(input(), mdFile('mine.md', GOOD.replace('Amazon S3', 'Amazon EBS')));
    expect(await screen.findByText(/Replaced the earlier import of this file: now 2 questions/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Your imported banks \(1\)/ })).toBeInTheDocument();
  }, 30_000);

  it('a reload finds imported banks again (they are in IndexedDB)', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, mdFile('mine.md', GOOD));
    await screen.findByRole('heading', { name: /Your imported banks \(1\)/ });
    useQuizBanks.setState({ status: 'idle', builtIn: [], imported: [], pool: [] });
    await useQuizBanks.getState().load();
    expect(useQuizBanks.getState().imported.map((b) => b.info.fileName)).toEqual(['mine.md']);
  }, 30_000);
});
