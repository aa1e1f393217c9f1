import { useRef, useState, type KeyboardEvent } from 'react';
import type { OrderingQuestion } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { plainText } from './display';
import { arrangementOf, moveStep } from './ordering-moves';

const moveButton =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded border border-slate-400 bg-white px-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/**
 * Answering an ordering item: the steps as a numbered list in the learner's order, each with
 * "Move up" and "Move down" buttons (Alt+↑ / Alt+↓ on a focused step do the same), and every move
 * announced in a polite live region. Nothing is dragged, so it works the same with a keyboard, a
 * screen reader, a mouse or a finger. Until the learner moves something the answer is empty
 * ("not answered"); "Keep this order" answers with the order shown.
 */
export function OrderingAnswer({
  question,
  shown,
  answer,
  onAnswer,
  name,
}: {
  question: OrderingQuestion;
  /** The attempt's shuffled order of the steps (display position to written index). */
  shown: readonly number[];
  /** The learner's order (written indexes), or empty before the first move. */
  answer: readonly number[];
  onAnswer: (answer: number[]) => void;
  name: string;
}) {
  const arrangement = arrangementOf(question, shown, answer);
  const touched = answer.length > 0;
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const total = arrangement.length;

  /** Moves a step; `focus` is the key of the button to keep focused on the moved step (default: the one pressed). */
  const move = (position: number, by: -1 | 1, focus: string = `${arrangement[position]}:${by}`) => {
    const step = arrangement[position]!;
    const text = plainText(question.steps[step]!.text);
    const next = moveStep(arrangement, position, by);
    if (!next) {
      setAnnouncement(`"${text}" is already ${by < 0 ? 'first' : 'last'}.`);
      return;
    }
    onAnswer(next);
    setAnnouncement(`"${text}" moved to position ${position + by + 1} of ${total}.`);
    // Keep focus on the same button of the moved step, wherever the step now is.
    requestAnimationFrame(() => buttons.current.get(focus)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent, position: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const by = event.key === 'ArrowUp' ? -1 : 1;
    const focused = event.target instanceof HTMLElement ? event.target.dataset.move : undefined;
    move(position, by, focused ?? `${arrangement[position]}:${by}`);
  };

  return (
    <div className="mt-4">
      <ol aria-label="Steps in your order" className="flex flex-col gap-2">
        {arrangement.map((step, position) => {
          const textId = `${name}-step-${step}`;
          const label = plainText(question.steps[step]!.text);
          return (
            <li
              key={step}
              onKeyDown={(e) => onKeyDown(e, position)}
              className="flex items-center gap-3 rounded-md border border-slate-300 p-2 pl-3 has-focus-visible:border-blue-800 dark:border-slate-600 dark:has-focus-visible:border-amber-300"
            >
              <span aria-hidden="true" className="w-6 shrink-0 text-center font-semibold tabular-nums">
                {position + 1}.
              </span>
              <span id={textId} className="min-w-0 flex-1">
                <span className="sr-only">Position {position + 1}: </span>
                <Markdown source={question.steps[step]!.text} inline className="md-inline" />
              </span>
              <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
                {([-1, 1] as const).map((by) => {
                  const edge = by < 0 ? position === 0 : position === total - 1;
                  return (
                    <button
                      key={by}
                      ref={(el) => {
                        if (el) buttons.current.set(`${step}:${by}`, el);
                        else buttons.current.delete(`${step}:${by}`);
                      }}
                      type="button"
                      data-move={`${step}:${by}`}
                      className={moveButton}
                      aria-label={`Move ${by < 0 ? 'up' : 'down'}: ${label}`}
                      // aria-disabled, not disabled: a disabled button drops the focus of a keyboard user who just moved the step to the end.
                      aria-disabled={edge || undefined}
                      onClick={() => move(position, by)}
                    >
                      <span aria-hidden="true">{by < 0 ? '↑' : '↓'}</span>
                      <span className="hidden sm:inline">{by < 0 ? 'Move up' : 'Move down'}</span>
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
      {!touched && (
        <p className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <span>Not answered yet: the steps are shuffled.</span>
          <button type="button" className={moveButton} onClick={() => onAnswer([...arrangement])}>
            Keep this order
          </button>
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
