import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExamRunner } from '@/features/quiz/exam-runner';
import { createExamSession, type ExamSession } from '@/features/quiz/exam-session';
import { displayOrder } from '@/quiz/random';
import { multipleQuestion, singleQuestion } from './fixtures';
import { installDialogPolyfill } from '../../components/dialog-polyfill';

// The submit confirmation is the UI kit's native <dialog>, which jsdom lacks.
beforeAll(installDialogPolyfill);

const questions = [
  singleQuestion({ id: 'a' }),
  multipleQuestion({ id: 'b' }),
  singleQuestion({ id: 'c', stem: 'Third question: which one?' }),
];

function Harness({ start, onSubmit }: { start: ExamSession; onSubmit: (by: 'learner' | 'timeout') => void }) {
  const [session, setSession] = useState(start);
  return (
    <>
      <ExamRunner session={session} questions={questions} onChange={setSession} onSubmit={onSubmit} />
      <output data-testid="answers">{JSON.stringify(session.answers)}</output>
    </>
  );
}

const fresh = () => createExamSession(['a', 'b', 'c'], { minutes: 30, now: new Date(), id: 'exam-test' });

/** The written index of the option a key press picks: options are shuffled per exam, seeded by its id. */
const picked = (q: (typeof questions)[number], key: number) => {
  const order = displayOrder(q, 'exam-test');
  return order.type === 'choice' ? order.options[key - 1]! : -1;
};

describe('ExamRunner', () => {
  it('answers without feedback, moves with Enter, and shows progress on the map', async () => {
    const user = userEvent.setup();
    render(<Harness start={fresh()} onSubmit={vi.fn()} />);
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
    await user.keyboard('2');
    expect(screen.queryByRole('region', { name: 'Answer feedback' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Correct|Incorrect/)).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Question 2 of 3')).toBeInTheDocument();
    await user.keyboard('1');
    await user.keyboard('3');
    const b = [picked(questions[1]!, 1), picked(questions[1]!, 3)].sort((x, y) => x - y);
    expect(screen.getByTestId('answers')).toHaveTextContent(JSON.stringify({ a: [picked(questions[0]!, 2)], b }));
    const map = screen.getByRole('navigation', { name: 'Question map' });
    expect(within(map).getByRole('button', { name: 'Question 1, answered' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Question 2, answered' })).toHaveAttribute('aria-current', 'step');
    expect(within(map).getByRole('button', { name: 'Question 3, unanswered' })).toBeInTheDocument();
    expect(screen.getByText('2 of 3 answered · 0 flagged')).toBeInTheDocument();
  });

  it('flags a question and jumps with the map', async () => {
    const user = userEvent.setup();
    render(<Harness start={fresh()} onSubmit={vi.fn()} />);
    const flag = screen.getByRole('button', { name: 'Flag for review' });
    await user.click(flag);
    expect(flag).toHaveAttribute('aria-pressed', 'true');
    const map = screen.getByRole('navigation', { name: 'Question map' });
    await user.click(within(map).getByRole('button', { name: 'Question 3, unanswered' }));
    expect(screen.getByText('Third question: which one?')).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Question 1, unanswered, flagged' })).toBeInTheDocument();
    // The last question has no "Next" but a submit button.
    expect(screen.queryByRole('button', { name: 'Next question' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Submit exam' })).toHaveLength(2);
  });

  it('asks before submitting with unanswered questions; cancel keeps the exam going', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Harness start={fresh()} onSubmit={onSubmit} />);
    await user.keyboard('2');
    await user.click(screen.getAllByRole('button', { name: 'Submit exam' })[0]!);
    const dialog = screen.getByRole('alertdialog', { name: 'Submit the exam?' });
    expect(dialog).toHaveTextContent('You have 2 unanswered questions; they will count as wrong.');
    expect(within(dialog).getByRole('button', { name: 'Keep working' })).toHaveFocus();
    // Answer keys are off while the dialog is open.
    await user.keyboard('3');
    expect(screen.getByTestId('answers')).toHaveTextContent(JSON.stringify({ a: [picked(questions[0]!, 2)] }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getAllByRole('button', { name: 'Submit exam' })[0]!);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Submit now' }));
    expect(onSubmit).toHaveBeenCalledWith('learner');
  });

  it('submits without asking when every question is answered and none is flagged', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const start = { ...fresh(), answers: { a: [0], b: [1, 2], c: [3] } };
    render(<Harness start={start} onSubmit={onSubmit} />);
    await user.click(screen.getAllByRole('button', { name: 'Submit exam' })[0]!);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledWith('learner');
  });

  it('submits by itself once the time is up (as after a reload past the end)', () => {
    const onSubmit = vi.fn();
    const late = createExamSession(['a', 'b', 'c'], { minutes: 1, now: new Date(Date.now() - 2 * 60_000) });
    render(<Harness start={late} onSubmit={onSubmit} />);
    expect(onSubmit).toHaveBeenCalledWith('timeout');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
