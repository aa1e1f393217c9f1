import type { ChoiceQuestion } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { letterAt } from './display';

/**
 * The options of a choice item as radio buttons (one answer) or checkboxes (several), in the
 * attempt's display order; once revealed, each option says whether it was right and chosen.
 */
export function ChoiceOptions({
  question,
  order,
  selected,
  onToggle,
  revealed,
  name,
}: {
  question: ChoiceQuestion;
  /** Display position to written index. */
  order: readonly number[];
  /** Chosen options, as written-order indexes. */
  selected: readonly number[];
  onToggle: (written: number) => void;
  revealed: boolean;
  /** Base for the inputs' ids and radio group name. */
  name: string;
}) {
  return (
    <ul className="mt-4 flex flex-col gap-2">
      {order.map((written, position) => {
        const option = question.options[written]!;
        const isSelected = selected.includes(written);
        const inputId = `${name}-opt-${position}`;
        return (
          <li key={written}>
            <label
              htmlFor={inputId}
              className={`flex cursor-pointer items-start gap-3 rounded-md border p-3 ${optionClasses(revealed, option.correct, isSelected)} ${revealed ? 'cursor-default' : 'hover:border-blue-700 dark:hover:border-sky-400'} has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-700 dark:has-focus-visible:outline-amber-300`}
            >
              <input
                id={inputId}
                type={question.multiple ? 'checkbox' : 'radio'}
                name={`${name}-options`}
                checked={isSelected}
                onChange={() => onToggle(written)}
                // Keep revealed inputs focusable (not disabled) so keyboard users can review them.
                onClick={revealed ? (e) => e.preventDefault() : undefined}
                className="mt-1 size-4 shrink-0 accent-blue-800 dark:accent-amber-300"
              />
              <span className="min-w-0 flex-1">
                <span className="mr-1 font-semibold">{letterAt(position)}.</span>
                <Markdown source={option.text} inline className="md-inline" />
                {revealed && <OptionVerdict correct={option.correct} selected={isSelected} />}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
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

/** A right/wrong badge, shared by every item type's review. */
export function Verdict({ ok, children }: { ok: boolean; children: string }) {
  return (
    <span
      className={`ml-2 inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${
        ok ? 'bg-green-800 text-white dark:bg-green-300 dark:text-green-950' : 'bg-red-800 text-white dark:bg-red-300 dark:text-red-950'
      }`}
    >
      {children}
    </span>
  );
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
  return <Verdict ok={correct}>{text}</Verdict>;
}
