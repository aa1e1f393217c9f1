import { useId, useMemo, type ReactNode } from 'react';
import { displayOrder, type DisplayOrder, type Question } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { QuestionFeedback } from './question-feedback';
import { ChoiceOptions } from './items/choice-options';
import { OrderingAnswer } from './items/ordering-answer';
import { MatchingAnswer } from './items/matching-answer';
import { announcement, instruction } from './items/item-text';
import { below, Heading, type HeadingLevel } from './items/heading';
import { useAnswerKeys } from './use-answer-keys';

export interface QuestionCardProps {
  question: Question;
  /** "Question 3 of 10" when given. */
  position?: { index: number; total: number };
  /** The answer in written-order indexes (see `Answer` in src/quiz/model.ts), whatever the display order. */
  selected: number[];
  onSelect: (selected: number[]) => void;
  /**
   * Seed of this attempt's display order (options, steps, prompts and responses shuffled): store it
   * with the session so a reload shows the same order. Without it choice options keep the written
   * order; ordering and matching items are always shuffled.
   */
  seed?: string | number;
  /** Show right/wrong, rationales and the explanation (practice after submitting, exam review). */
  revealed: boolean;
  /** Whether the revealed answer was correct (graded by the core, all-or-nothing). */
  correct?: boolean;
  /** Practice: grade the answer. Enter calls it when something is answered and nothing is revealed. */
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
  /**
   * Level of the card's heading ("Question 3 of 10"): 2 on a page of one question, 3 where the cards
   * sit under a section heading (the exam review). The feedback's headings are one level below.
   */
  headingLevel?: HeadingLevel;
}

/**
 * One question of any item type: the stem, the way to answer it (options, steps to order, prompts to
 * match), and, once revealed, the feedback. The only place that knows the item types: every mode
 * (practice, exam, review, drill, results) renders questions through it. Keys: 1–9 or A–I choose an
 * option in the order shown, Enter submits / next.
 */
export function QuestionCard(props: QuestionCardProps) {
  const { question, position, selected, onSelect, revealed, correct, onSubmit, onNext, meta, seed, headingLevel = 2 } = props;
  const baseId = useId();
  const order = useMemo(() => displayOrder(question, seed), [question, seed]);
  const shownOptions = order.type === 'choice' ? order.options : [];

  const toggle = (written: number) => {
    if (revealed || question.type !== 'choice') return;
    if (!question.multiple) return onSelect([written]);
    onSelect(selected.includes(written) ? selected.filter((i) => i !== written) : [...selected, written].sort((a, b) => a - b));
  };

  const enter = () => {
    if (!revealed && onSubmit) {
      if (selected.length > 0) onSubmit();
      return;
    }
    onNext?.();
  };

  useAnswerKeys({
    optionCount: shownOptions.length,
    onToggle: (shown) => toggle(shownOptions[shown]!),
    onEnter: enter,
    enabled: props.keysEnabled ?? true,
  });

  const stemId = `${baseId}-stem`;
  const hintId = `${baseId}-hint`;
  const hint = instruction(question, selected);
  const locked =
    question.type === 'choice'
      ? 'Your answer is locked: the feedback is below.'
      : 'Your answer is locked: it is shown below beside the right one.';

  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900"
      aria-labelledby={stemId}
    >
      <div className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <Heading level={headingLevel} className={position ? 'text-sm font-semibold' : 'sr-only'}>
          {position ? `Question ${position.index + 1} of ${position.total}` : 'Question'}
        </Heading>
        {meta}
      </div>
      <fieldset aria-labelledby={stemId} aria-describedby={hintId}>
        <div id={stemId} className="w-full text-lg font-medium">
          <Markdown source={question.stem} />
        </div>
        <p id={hintId} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {revealed ? (
            locked
          ) : (
            <>
              {hint.text}
              {hint.keys && <span className="pointer-coarse:hidden">{hint.keys}</span>}
            </>
          )}
        </p>
        <AnswerArea
          question={question}
          order={order}
          selected={selected}
          onSelect={onSelect}
          onToggle={toggle}
          revealed={revealed}
          name={baseId}
        />
      </fieldset>

      <div role="status" aria-live="polite" className="sr-only">
        {revealed && correct !== undefined ? announcement(question, correct, order) : ''}
      </div>

      {revealed && (
        <QuestionFeedback
          question={question}
          selected={selected}
          correct={correct}
          order={order}
          level={below(headingLevel)}
          label={position ? `Answer feedback, question ${position.index + 1}` : undefined}
        />
      )}

      <CardButtons {...props} />
    </article>
  );
}

/** The way to answer: options for a choice item (shown with their verdicts once revealed), steps or prompts otherwise. */
function AnswerArea({
  question,
  order,
  selected,
  onSelect,
  onToggle,
  revealed,
  name,
}: {
  question: Question;
  order: DisplayOrder;
  selected: number[];
  onSelect: (answer: number[]) => void;
  onToggle: (written: number) => void;
  revealed: boolean;
  name: string;
}) {
  if (question.type === 'choice' && order.type === 'choice') {
    return (
      <ChoiceOptions question={question} order={order.options} selected={selected} onToggle={onToggle} revealed={revealed} name={name} />
    );
  }
  // Once revealed, the feedback shows the learner's order or pairs beside the right ones.
  if (revealed) return null;
  if (question.type === 'ordering' && order.type === 'ordering') {
    return <OrderingAnswer question={question} shown={order.steps} answer={selected} onAnswer={onSelect} name={name} />;
  }
  if (question.type === 'matching' && order.type === 'matching') {
    return (
      <MatchingAnswer
        question={question}
        prompts={order.prompts}
        responses={order.responses}
        answer={selected}
        onAnswer={onSelect}
        name={name}
      />
    );
  }
  return null;
}

function CardButtons({ revealed, selected, onSubmit, onNext, submitLabel, nextLabel, actions }: QuestionCardProps) {
  return (
    <div className="mt-5 flex flex-wrap items-center gap-3">
      {!revealed && onSubmit && (
        <button
          type="button"
          onClick={onSubmit}
          disabled={selected.length === 0}
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-300 dark:text-slate-950"
        >
          {submitLabel ?? 'Check answer'}
        </button>
      )}
      {(revealed || !onSubmit) && onNext && (
        <button
          type="button"
          onClick={onNext}
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white dark:bg-amber-300 dark:text-slate-950"
        >
          {nextLabel ?? 'Next question'}
        </button>
      )}
      {actions}
      {((!revealed && onSubmit) || onNext) && (
        // Keyboard hints mean nothing on a touch screen.
        <span className="text-sm text-slate-600 pointer-coarse:hidden dark:text-slate-400">
          <kbd>Enter</kbd> {revealed || !onSubmit ? 'next' : 'check'}
        </span>
      )}
    </div>
  );
}
