import { useId, type ReactNode } from 'react';
import type { Question } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { QuestionFeedback } from './question-feedback';
import { correctIndexes, lettersOf, optionLetter } from './option-letter';
import { useAnswerKeys } from './use-answer-keys';

export interface QuestionCardProps {
  question: Question;
  /** "Question 3 of 10" when given. */
  position?: { index: number; total: number };
  selected: number[];
  onSelect: (selected: number[]) => void;
  /** Show right/wrong, rationales and the explanation (practice after submitting, exam review). */
  revealed: boolean;
  /** Whether the revealed answer was correct (graded by the core, all-or-nothing). */
  correct?: boolean;
  /** Practice: grade the selection. Enter calls it when something is selected and nothing is revealed. */
  onSubmit?: () => void;
  submitLabel?: string;
  /** Move on. Enter calls it once the answer is revealed (or at any time when there is no onSubmit). */
  onNext?: () => void;
  nextLabel?: string;
  /** Extra controls (flag for review, previous) placed next to the main button. */
  actions?: ReactNode;
  /** Turn off the window-wide keys (e.g. while a dialog is open). */
  keysEnabled?: boolean;
  /** Badges shown above the stem (bank, topic, exam). */
  meta?: ReactNode;
}

/**
 * One question: the stem, its options as radio buttons (one answer) or checkboxes (several),
 * and, once revealed, feedback for every option. Keys: 1–9 or A–I choose, Enter submits / next.
 */
export function QuestionCard(props: QuestionCardProps) {
  const { question, position, selected, onSelect, revealed, correct, onSubmit, onNext, actions, meta } = props;
  const baseId = useId();
  const multiple = question.multiple;
  const readOnly = revealed;

  const toggle = (index: number) => {
    if (readOnly) return;
    if (!multiple) {
      onSelect([index]);
      return;
    }
    onSelect(selected.includes(index) ? selected.filter((i) => i !== index) : [...selected, index].sort((a, b) => a - b));
  };

  const enter = () => {
    if (!revealed && onSubmit) {
      if (selected.length > 0) onSubmit();
      return;
    }
    onNext?.();
  };

  useAnswerKeys({ optionCount: question.options.length, onToggle: toggle, onEnter: enter, enabled: props.keysEnabled ?? true });

  const stemId = `${baseId}-stem`;
  const hintId = `${baseId}-hint`;
  const choose = question.choose || question.options.filter((o) => o.correct).length;

  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900"
      aria-labelledby={stemId}
    >
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        {position && (
          <span className="font-semibold">
            Question {position.index + 1} of {position.total}
          </span>
        )}
        {meta}
      </div>
      <fieldset aria-labelledby={stemId} aria-describedby={hintId}>
        <div id={stemId} className="w-full text-lg font-medium">
          <Markdown source={question.stem} />
        </div>
        <p id={hintId} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {readOnly
            ? 'Your answer is locked: the feedback is below.'
            : multiple
              ? `Multiple response: choose ${choose} (${selected.length} selected). Keys 1–${Math.min(9, question.options.length)} toggle options.`
              : `Multiple choice: choose one. Keys 1–${Math.min(9, question.options.length)} pick an option.`}
        </p>
        <ul className="mt-4 flex flex-col gap-2">
          {question.options.map((option, index) => {
            const isSelected = selected.includes(index);
            const inputId = `${baseId}-opt-${index}`;
            return (
              <li key={index}>
                <label
                  htmlFor={inputId}
                  className={`flex cursor-pointer items-start gap-3 rounded-md border p-3 ${optionClasses(revealed, option.correct, isSelected)} ${readOnly ? 'cursor-default' : 'hover:border-blue-700 dark:hover:border-sky-400'} has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-700 dark:has-focus-visible:outline-amber-300`}
                >
                  <input
                    id={inputId}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`${baseId}-options`}
                    checked={isSelected}
                    onChange={() => toggle(index)}
                    // Keep revealed inputs focusable (not disabled) so keyboard users can review them.
                    onClick={readOnly ? (e) => e.preventDefault() : undefined}
                    className="mt-1 size-4 shrink-0 accent-blue-800 dark:accent-amber-300"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="mr-1 font-semibold">{optionLetter(index)}.</span>
                    <Markdown source={option.text} inline className="md-inline" />
                    {revealed && <OptionVerdict correct={option.correct} selected={isSelected} />}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div role="status" aria-live="polite" className="sr-only">
        {revealed && correct !== undefined
          ? correct
            ? 'Correct.'
            : `Incorrect. The correct answer is ${lettersOf(correctIndexes(question.options))}.`
          : ''}
      </div>

      {revealed && <QuestionFeedback question={question} selected={selected} correct={correct} />}

      <div className="mt-5 flex flex-wrap items-center gap-3">
        {!revealed && onSubmit && (
          <button
            type="button"
            onClick={onSubmit}
            disabled={selected.length === 0}
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-300 dark:text-slate-950"
          >
            {props.submitLabel ?? 'Check answer'}
          </button>
        )}
        {(revealed || !onSubmit) && onNext && (
          <button
            type="button"
            onClick={onNext}
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white dark:bg-amber-300 dark:text-slate-950"
          >
            {props.nextLabel ?? 'Next question'}
          </button>
        )}
        {actions}
        {((!revealed && onSubmit) || onNext) && (
          <span className="text-sm text-slate-600 dark:text-slate-400">
            <kbd>Enter</kbd> {revealed || !onSubmit ? 'next' : 'check'}
          </span>
        )}
      </div>
    </article>
  );
}

function optionClasses(revealed: boolean, correct: boolean, selected: boolean): string {
  if (!revealed) {
    return selected ? 'border-blue-800 bg-blue-50 dark:border-sky-400 dark:bg-slate-800' : 'border-slate-300 dark:border-slate-600';
  }
  if (correct) return 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950';
  if (selected) return 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950';
  return 'border-slate-300 dark:border-slate-600';
}

function OptionVerdict({ correct, selected }: { correct: boolean; selected: boolean }) {
  const text = correct
    ? selected
      ? 'Correct answer, you chose it'
      : 'Correct answer, you missed it'
    : selected
      ? 'Wrong, you chose it'
      : null;
  if (!text) return null;
  return (
    <span
      className={`ml-2 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${
        correct
          ? 'bg-green-800 text-white dark:bg-green-300 dark:text-green-950'
          : 'bg-red-800 text-white dark:bg-red-300 dark:text-red-950'
      }`}
    >
      {text}
    </span>
  );
}
