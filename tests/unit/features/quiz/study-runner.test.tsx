import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createStudySession, type Question } from '@/quiz';
import { StudyRunner } from '@/features/quiz/study-runner';
import type { PoolEntry } from '@/features/quiz/question-pool';
import { orderingQuestion, singleQuestion } from './fixtures';

const bank = { id: 'b', title: 'Bank', fileName: 'b.md', origin: 'built-in' as const, problems: [], questionCount: 1 };
const KEY_HINT = 'Answer with the number or letter keys, then Enter.';

function renderFirstTurn(question: Question) {
  const session = createStudySession({ mode: 'practice', questionIds: [question.id], seed: 's', now: new Date() });
  const entries = new Map<string, PoolEntry>([[question.id, { question, bank }]]);
  render(<StudyRunner session={session} entries={entries} onChange={vi.fn()} />);
}

describe('StudyRunner', () => {
  it('offers the number and letter keys before a choice item is answered', () => {
    renderFirstTurn(singleQuestion());
    expect(screen.getByText(KEY_HINT)).toBeInTheDocument();
  });

  it('does not offer number keys for an ordering item, which they do not answer', () => {
    renderFirstTurn(orderingQuestion());
    expect(screen.getByText(/^Question 1 of 1$/)).toBeInTheDocument();
    expect(screen.queryByText(KEY_HINT)).not.toBeInTheDocument();
  });
});
