import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BanksPage } from '@/features/quiz/banks-page';
import { useQuizBanks } from '@/features/quiz/stores/quiz-banks';
import { filterPool, scopeGroups, withScope } from '@/features/quiz/question-pool';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderWithRouter } from './render-with-router';

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  useQuizBanks.setState({ status: 'idle', builtIn: [], imported: [], pool: [], storageError: undefined });
});

describe('importing a bank with ordering and matching items', () => {
  it('lists the bank with its item types, and the filters and pool offer its items', async () => {
    const user = userEvent.setup();
    await renderWithRouter(() => <BanksPage />, '/quiz/banks');
    await screen.findByRole('heading', { name: /Your imported banks \(0\)/ });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(
      input,
      new File([readFileSync(join(import.meta.dirname, '../../../fixtures/banks/ordering-matching.md'), 'utf8')], 'items.md', {
        type: 'text/markdown',
      }),
    );
    expect(await screen.findByText(/Added 3 questions/)).toBeInTheDocument();
    expect(await screen.findByText(/items\.md · 3 questions \(1 ordering, 1 matching\)/)).toBeInTheDocument();

    const { pool } = useQuizBanks.getState();
    const group = scopeGroups(pool).find((g) => g.label === 'Imported: Ordering and matching fixture')!;
    expect(group.choices.map((c) => c.label)).toEqual(['Ordering and matching fixture (every question)']);
    const mine = filterPool(pool, withScope({}, group.choices[0]!.value));
    expect(mine.map((e) => e.question.type)).toEqual(['ordering', 'matching', 'choice']);
    expect(filterPool(pool, { type: 'ordering' }).map((e) => e.question.id)).toContain('fixture-ordering-001');
  });
});
