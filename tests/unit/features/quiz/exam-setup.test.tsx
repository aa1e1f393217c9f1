import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExamSetup } from '@/features/quiz/exam-setup';
import type { PoolEntry } from '@/features/quiz/question-pool';
import { singleQuestion } from './fixtures';

const bankA = { id: 'a', title: 'Bank A', fileName: 'a.md', origin: 'built-in' as const, problems: [], questionCount: 70 };
const bankB = { id: 'b', title: 'Bank B', fileName: 'b.md', origin: 'imported' as const, problems: [], questionCount: 10 };
// 70 SAA questions in bank A, 10 SCS questions in bank B.
const pool: PoolEntry[] = [
  ...Array.from({ length: 70 }, (_, i) => ({ question: singleQuestion({ id: `a${i}`, exams: ['SAA-C03'] }), bank: bankA })),
  ...Array.from({ length: 10 }, (_, i) => ({ question: singleQuestion({ id: `b${i}`, exams: ['SCS-C03'] }), bank: bankB })),
];

describe('ExamSetup', () => {
  it('defaults to 65 questions in 130 minutes, as the real exam', () => {
    render(<ExamSetup pool={pool} onStart={vi.fn()} />);
    expect(screen.getByLabelText('Number of questions')).toHaveValue(65);
    expect(screen.getByLabelText('Time in minutes')).toHaveValue(130);
    expect(screen.getByText('80 questions available.')).toBeInTheDocument();
  });

  it('caps the length at the questions available and keeps the real pace (Security: 170 min for 65)', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<ExamSetup pool={pool} onStart={onStart} />);
    await user.selectOptions(screen.getByLabelText('Exam'), 'SCS-C03');
    expect(screen.getByLabelText('Number of questions')).toHaveValue(10);
    expect(screen.getByLabelText('Time in minutes')).toHaveValue(27); // ceil(170 × 10 / 65)
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    expect(onStart).toHaveBeenCalledWith({ exam: 'SCS-C03', bank: undefined, count: 10, minutes: 27 });
  });

  it('a shorter exam gets proportionally less time; the learner can override it', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<ExamSetup pool={pool} onStart={onStart} />);
    await user.selectOptions(screen.getByLabelText('Questions from'), 'Bank A');
    await user.clear(screen.getByLabelText('Number of questions'));
    await user.type(screen.getByLabelText('Number of questions'), '20');
    expect(screen.getByLabelText('Time in minutes')).toHaveValue(40);
    await user.clear(screen.getByLabelText('Time in minutes'));
    await user.type(screen.getByLabelText('Time in minutes'), '15');
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    expect(onStart).toHaveBeenCalledWith({ exam: undefined, bank: 'a', count: 20, minutes: 15 });
  });

  it('opens on a bank given by the banks page; a remembered exam that bank has no questions for gives way to "any"', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<ExamSetup pool={pool} onStart={onStart} remembered={{ exam: 'SAA-C03' }} initialBank="b" />);
    expect(screen.getByLabelText('Questions from')).toHaveValue('b');
    expect(screen.getByLabelText('Exam')).toHaveValue('');
    expect(screen.getByText('10 questions available.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    expect(onStart).toHaveBeenCalledWith({ exam: undefined, bank: 'b', count: 10, minutes: 20 });
  });

  it('keeps the remembered exam when the given bank has questions for it, and ignores a bank that is gone', () => {
    const { unmount } = render(<ExamSetup pool={pool} onStart={vi.fn()} remembered={{ exam: 'SAA-C03' }} initialBank="a" />);
    expect(screen.getByLabelText('Exam')).toHaveValue('SAA-C03');
    expect(screen.getByLabelText('Questions from')).toHaveValue('a');
    unmount();
    render(<ExamSetup pool={pool} onStart={vi.fn()} initialBank="removed-bank" />);
    expect(screen.getByLabelText('Questions from')).toHaveValue('');
    expect(screen.getByText('80 questions available.')).toBeInTheDocument();
  });

  it('refuses a length above what is available, with a message, and does not start', async () => {
    const user = userEvent.setup();
    const onStart = vi.fn();
    render(<ExamSetup pool={pool} onStart={onStart} />);
    await user.selectOptions(screen.getByLabelText('Questions from'), 'Bank B');
    await user.clear(screen.getByLabelText('Number of questions'));
    await user.type(screen.getByLabelText('Number of questions'), '11');
    expect(screen.getByLabelText('Number of questions')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Only 10 questions are available.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the exam' }));
    expect(onStart).not.toHaveBeenCalled();
  });

  it('starts from the learner’s remembered choices when they still fit', () => {
    render(<ExamSetup pool={pool} onStart={vi.fn()} remembered={{ exam: 'SAA-C03', examCount: 30, examMinutes: 45 }} />);
    expect(screen.getByLabelText('Exam')).toHaveValue('SAA-C03');
    expect(screen.getByLabelText('Number of questions')).toHaveValue(30);
    expect(screen.getByLabelText('Time in minutes')).toHaveValue(45);
  });
});
