import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Question } from '@/quiz/model';
import { isCorrect } from '@/quiz/grade';
import { QuestionCard } from '@/features/quiz/question-card';
import { multipleQuestion, singleQuestion } from './fixtures';

// A practice-like harness, graded by the core (all-or-nothing).
const grade = isCorrect;

function Harness({ question, onNext = () => {} }: { question: Question; onNext?: () => void }) {
  const [selected, setSelected] = useState<number[]>([]);
  const [revealed, setRevealed] = useState(false);
  return (
    <QuestionCard
      question={question}
      selected={selected}
      onSelect={setSelected}
      revealed={revealed}
      correct={revealed ? grade(question, selected) : undefined}
      onSubmit={() => setRevealed(true)}
      onNext={onNext}
    />
  );
}

describe('QuestionCard', () => {
  it('single choice: radios, one selection at a time, rendered Markdown', async () => {
    const user = userEvent.setup();
    render(<Harness question={singleQuestion()} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(4);
    expect(screen.getByText('encryption keys').tagName).toBe('STRONG');
    await user.click(screen.getByLabelText(/Amazon Macie/));
    await user.click(screen.getByLabelText(/AWS KMS/));
    expect(screen.getByLabelText(/AWS KMS/)).toBeChecked();
    expect(screen.getByLabelText(/Amazon Macie/)).not.toBeChecked();
  });

  it('the check button stays disabled until an option is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness question={singleQuestion()} />);
    const check = screen.getByRole('button', { name: 'Check answer' });
    expect(check).toBeDisabled();
    await user.click(screen.getByLabelText(/AWS KMS/));
    expect(check).toBeEnabled();
  });

  it('wrong answer: feedback, rationales, explanation, references, live announcement', async () => {
    const user = userEvent.setup();
    render(<Harness question={singleQuestion()} />);
    await user.click(screen.getByLabelText(/Amazon Macie/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Incorrect. The correct answer is B.');
    const feedback = screen.getByRole('region', { name: 'Answer feedback' });
    expect(within(feedback).getByText(/Incorrect: the answer is B; you chose A/)).toBeInTheDocument();
    expect(within(feedback).getByText('Macie finds sensitive data; it does not hold keys.')).toBeInTheDocument();
    expect(within(feedback).getByText('AWS KMS is the managed key service.')).toBeInTheDocument();
    const ref = within(feedback).getByRole('link', { name: /docs.aws.amazon.com/ });
    expect(ref).toHaveAttribute('target', '_blank');
    expect(ref).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Wrong, you chose it')).toBeInTheDocument();
    expect(screen.getByText('Correct answer, you missed it')).toBeInTheDocument();
    // The answer cannot be changed once revealed.
    await user.click(screen.getByLabelText(/AWS KMS/));
    expect(screen.getByLabelText(/Amazon Macie/)).toBeChecked();
    expect(screen.getByRole('button', { name: 'Next question' })).toBeInTheDocument();
  });

  it('right answer is announced as correct', async () => {
    const user = userEvent.setup();
    render(<Harness question={singleQuestion()} />);
    await user.click(screen.getByLabelText(/AWS KMS/));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Correct\.$/);
  });

  it('multiple response: checkboxes, a count, all-or-nothing feedback and a scenario link', async () => {
    const user = userEvent.setup();
    render(<Harness question={multipleQuestion()} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    expect(screen.getByText(/choose 2 \(0 selected\)/)).toBeInTheDocument();
    await user.click(screen.getByLabelText(/GenerateDataKey$/));
    await user.click(screen.getByLabelText(/Decrypt/));
    await user.click(screen.getByLabelText(/ReEncrypt/));
    expect(screen.getByText(/choose 2 \(3 selected\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    // Two right and one wrong is still wrong: no partial credit.
    expect(screen.getByRole('status')).toHaveTextContent('Incorrect. The correct answer is A, C.');
    const scenario = screen.getByRole('link', { name: /the “envelope basics” scenario/ });
    expect(scenario).toHaveAttribute('href', '/scenarios/envelope-basics');
  });

  it('keyboard: number and letter keys choose, Enter checks and then moves on', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    render(<Harness question={multipleQuestion()} onNext={onNext} />);
    await user.keyboard('1');
    await user.keyboard('c');
    expect(screen.getByLabelText(/GenerateDataKey$/)).toBeChecked();
    expect(screen.getByLabelText(/Decrypt/)).toBeChecked();
    await user.keyboard('9'); // no ninth option: ignored
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/^Correct\.$/);
    await user.keyboard('{Enter}');
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('Enter does nothing before an option is chosen', async () => {
    const user = userEvent.setup();
    render(<Harness question={singleQuestion()} />);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: 'Answer feedback' })).not.toBeInTheDocument();
  });

  it('sanitises hostile Markdown in stems and options', () => {
    render(
      <Harness
        question={singleQuestion({
          stem: 'Pick one <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
          options: [
            { text: '[click](javascript:alert(1))', correct: true },
            { text: '<a href="https://example.com" onclick="x()">site</a>', correct: false },
          ],
        })}
      />,
    );
    expect(document.querySelector('script')).toBeNull();
    const all = Array.from(document.querySelectorAll('*'));
    expect(all.some((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on')))).toBe(false);
    expect(screen.getByText('click').closest('a')?.getAttribute('href') ?? null).toBeNull();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });
});
