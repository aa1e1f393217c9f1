import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QuestionMeta } from '@/features/quiz/question-meta';
import { topicLabel } from '@/lib/topics';
import { singleQuestion } from './fixtures';

const bank = (title: string) => ({ id: 'b', title, fileName: 'b.md', origin: 'built-in' as const, problems: [], questionCount: 1 });

describe('QuestionMeta', () => {
  it('names the bank and the topic once each', () => {
    const question = singleQuestion({ topic: 'what-is-kms', difficulty: 'easy' });
    render(<QuestionMeta entry={{ question, bank: bank('My community bank') }} />);
    expect(screen.getByText('My community bank')).toBeInTheDocument();
    expect(screen.getByText(topicLabel('what-is-kms'))).toBeInTheDocument();
    expect(screen.getByText('easy')).toBeInTheDocument();
  });

  it('shows one badge when the bank is named after its topic (KMS Lab’s banks)', () => {
    const question = singleQuestion({ topic: 'what-is-kms' });
    render(<QuestionMeta entry={{ question, bank: bank(topicLabel('what-is-kms')) }} />);
    expect(screen.getAllByText(topicLabel('what-is-kms'))).toHaveLength(1);
  });
});
