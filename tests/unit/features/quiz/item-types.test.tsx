import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Question } from '@/quiz/model';
import { isCorrect } from '@/quiz/grade';
import { displayOrder } from '@/quiz/random';
import { QuestionCard } from '@/features/quiz/question-card';
import { matchingQuestion, multipleQuestion, orderingQuestion, singleQuestion } from './fixtures';

/** A practice-like harness graded by the core; `onAnswer` sees every answer the card reports. */
function Harness({ question, seed, onAnswer = () => {} }: { question: Question; seed?: string; onAnswer?: (a: number[]) => void }) {
  const [selected, setSelected] = useState<number[]>([]);
  const [revealed, setRevealed] = useState(false);
  return (
    <QuestionCard
      question={question}
      seed={seed}
      selected={selected}
      onSelect={(a) => {
        onAnswer(a);
        setSelected(a);
      }}
      revealed={revealed}
      correct={revealed ? isCorrect(question, selected) : undefined}
      onSubmit={() => setRevealed(true)}
      onNext={() => {}}
    />
  );
}

/** Step texts in the order on screen. */
const stepsOnScreen = () =>
  within(screen.getByRole('list', { name: 'Steps in your order' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent.replace(/^\d+\.Position \d+: /, '').replace(/↑[\s\S]*$/, ''));

/** Picks a response in a prompt's menu by the response text (the option also shows its letter). */
async function pick(user: ReturnType<typeof userEvent.setup>, prompt: string, response: string) {
  const menu = screen.getByRole('combobox', { name: prompt });
  const option = within(menu)
    .getAllByRole('option')
    .find((o) => o.textContent.replace(/^[A-Z]\. /, '') === response);
  if (!option) throw new Error(`no response "${response}" for ${prompt}`);
  await user.selectOptions(menu, option);
}

/** Moves a step to a target position with the keyboard only: Tab to its "Move" button, then Enter. */
async function moveWithKeys(user: ReturnType<typeof userEvent.setup>, stepText: string, to: number) {
  for (;;) {
    const at = stepsOnScreen().findIndex((t) => t.startsWith(stepText));
    if (at === to) return;
    const name = new RegExp(`^Move ${at > to ? 'up' : 'down'}: ${stepText}`);
    const button = screen.getByRole('button', { name });
    // Reach the button by tabbing, as a keyboard user would.
    for (let guard = 0; document.activeElement !== button && guard < 40; guard++) await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
  }
}

describe('ordering items', () => {
  const question = orderingQuestion();
  const texts = question.steps.map((s) => s.text.replace(/`/g, ''));

  it('shows the steps shuffled (never in the right order) and unanswered until the learner acts', () => {
    render(<Harness question={question} seed="s1" />);
    const order = displayOrder(question, 's1');
    if (order.type !== 'ordering') throw new Error('not ordering');
    expect(stepsOnScreen()).toEqual(order.steps.map((i) => texts[i]));
    expect(order.steps).not.toEqual([0, 1, 2, 3]);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    expect(screen.getByText(/Ordering: put the 4 steps in the right order/)).toBeInTheDocument();
  });

  it('every control is named after its step, for screen readers', () => {
    render(<Harness question={question} seed="s1" />);
    for (const text of texts) {
      expect(screen.getByRole('button', { name: `Move up: ${text}` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Move down: ${text}` })).toBeInTheDocument();
    }
  });

  it('keyboard only: reorder with Tab and Enter, hear each move, check, and get it right', async () => {
    const user = userEvent.setup();
    render(<Harness question={question} seed="s1" />);
    for (const [i, text] of texts.entries()) await moveWithKeys(user, text, i);
    expect(stepsOnScreen()).toEqual(texts);
    expect(screen.getByText(/moved to position \d of 4\./)).toBeInTheDocument();
    await user.keyboard('{Enter}'); // focus is on a Move button: Enter moves, it does not check
    screen.getByRole('button', { name: 'Check answer' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/^Correct\.$/);
  });

  it('Alt+ArrowUp and Alt+ArrowDown move the focused step; the first step cannot go higher', async () => {
    const user = userEvent.setup();
    const answers: number[][] = [];
    render(<Harness question={question} seed="s1" onAnswer={(a) => answers.push(a)} />);
    const first = stepsOnScreen()[0]!;
    screen.getByRole('button', { name: `Move down: ${first}` }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(stepsOnScreen()[1]).toBe(first);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(stepsOnScreen()[0]).toBe(first);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByText(`"${first}" is already first.`)).toBeInTheDocument();
    expect(answers).toHaveLength(2);
    // Focus stays on the moved step's button, so the next key press moves the same step.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move down: ${first}` }));
  });

  it('"Keep this order" answers with the order shown; a wrong order gets no credit and the review shows both orders', async () => {
    const user = userEvent.setup();
    const answers: number[][] = [];
    render(<Harness question={question} seed="s1" onAnswer={(a) => answers.push(a)} />);
    await user.click(screen.getByRole('button', { name: 'Keep this order' }));
    const order = displayOrder(question, 's1');
    expect(answers).toEqual([order.type === 'ordering' ? order.steps : []]);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Incorrect. Your order and the right order are shown below.');
    const feedback = screen.getByRole('region', { name: 'Answer feedback' });
    expect(within(feedback).getByRole('heading', { name: 'Your order' })).toBeInTheDocument();
    expect(within(feedback).getByRole('heading', { name: 'Right order' })).toBeInTheDocument();
    expect(within(feedback).getByText('KMS returns the plaintext data key.')).toBeInTheDocument();
    expect(within(feedback).getByText(/steps were in the right place, and an order counts only when all are/)).toBeInTheDocument();
    // The answer is locked: no more Move buttons.
    expect(screen.queryByRole('button', { name: /^Move/ })).not.toBeInTheDocument();
  });
});

describe('matching items', () => {
  const question = matchingQuestion();

  it('one labelled menu per prompt, every response on offer, reachable with Tab alone', async () => {
    const user = userEvent.setup();
    render(<Harness question={question} seed="m1" />);
    const menus = screen.getAllByRole('combobox');
    expect(menus).toHaveLength(3);
    for (const prompt of ['Disabled', 'PendingDeletion', 'PendingImport']) {
      const menu = screen.getByRole('combobox', { name: prompt });
      // "Choose a response…" plus the four responses, distractor included.
      expect(within(menu).getAllByRole('option')).toHaveLength(5);
    }
    const reached = [];
    for (let i = 0; i < menus.length; i++) {
      await user.tab();
      reached.push(document.activeElement);
    }
    expect(reached).toEqual(menus);
  });

  it('right pairs are correct; the answer is per prompt in written order whatever the display order', async () => {
    const user = userEvent.setup();
    const answers: number[][] = [];
    render(<Harness question={question} seed="m1" onAnswer={(a) => answers.push(a)} />);
    await pick(user, 'PendingImport', 'Import the same key material again');
    expect(answers.at(-1)).toEqual([-1, -1, 2]);
    await pick(user, 'Disabled', 'Call EnableKey');
    await pick(user, 'PendingDeletion', 'Call CancelKeyDeletion, then EnableKey');
    expect(answers.at(-1)).toEqual([0, 1, 2]);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Correct\.$/);
  });

  it('a partly right match scores nothing; the review shows each pair beside the right one, and the distractor', async () => {
    const user = userEvent.setup();
    render(<Harness question={question} seed="m1" />);
    await pick(user, 'Disabled', 'Call EnableKey');
    await pick(user, 'PendingDeletion', 'Call EnableKey');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const feedback = screen.getByRole('region', { name: 'Answer feedback' });
    expect(within(feedback).getByText(/1 of 3 prompts had the right response/)).toBeInTheDocument();
    expect(within(feedback).getAllByText('Right')).toHaveLength(1);
    expect(within(feedback).getAllByText('Wrong')).toHaveLength(2);
    expect(within(feedback).getByText('Cancelling leaves it disabled.')).toBeInTheDocument();
    expect(within(feedback).getByRole('heading', { name: 'Responses that match no prompt' })).toBeInTheDocument();
    expect(within(feedback).getByText('Rotation never changes a key state.')).toBeInTheDocument();
  });

  it('clearing every menu makes the item unanswered again', async () => {
    const user = userEvent.setup();
    const answers: number[][] = [];
    render(<Harness question={question} seed="m1" onAnswer={(a) => answers.push(a)} />);
    await pick(user, 'Disabled', 'Call EnableKey');
    await pick(user, 'Disabled', 'Choose a response…');
    expect(answers.at(-1)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  });
});

describe('shuffled choice options', () => {
  it('number keys follow the order on screen, and the answer stays in written order', async () => {
    const user = userEvent.setup();
    const question = multipleQuestion();
    const order = displayOrder(question, 'x7');
    if (order.type !== 'choice') throw new Error('not choice');
    const onAnswer = vi.fn();
    render(<Harness question={question} seed="x7" onAnswer={onAnswer} />);
    const labels = screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent);
    expect(labels.map((l) => l.slice(2))).toEqual(order.options.map((i) => question.options[i]!.text.replace(/`/g, '')));
    expect(labels.map((l) => l.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.']);
    await user.keyboard('1');
    expect(onAnswer).toHaveBeenLastCalledWith([order.options[0]]);
  });

  it('the verdict names the right option by the letter shown', async () => {
    const user = userEvent.setup();
    const question = singleQuestion();
    const order = displayOrder(question, 'x7');
    if (order.type !== 'choice') throw new Error('not choice');
    render(<Harness question={question} seed="x7" />);
    const shownAt = order.options.indexOf(1); // "AWS KMS" is written second
    const wrongAt = shownAt === 0 ? 1 : 0;
    await user.keyboard(String(wrongAt + 1));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(`Incorrect. The correct answer is ${String.fromCharCode(65 + shownAt)}.`);
  });
});
