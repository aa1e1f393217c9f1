import { useId, useState, type ReactNode } from 'react';
import type { PoolEntry, QuestionFilter } from './question-pool';
import { FilterForm } from './filter-form';
import { EmptyBankNotice } from './empty-bank-notice';
import { Button } from '@/components/ui';

/** Session lengths offered: 10, 20 or every matching question ("all" is 0). */
export const PRACTICE_LENGTHS = [10, 20, 0] as const;

/** The length actually used: "all" (0) or more than available means every matching question. */
export function effectiveLength(length: number, available: number): number {
  return length > 0 ? Math.min(length, available) : available;
}

/**
 * Before a practice session: how many questions and which ones. The length and "Start practice" come
 * first, so on a phone the button is on the first screen; the filters (scope) are folded below, with the
 * chosen scope summarised in the line above the button.
 */
export function PracticeSetup({
  pool,
  filter,
  onFilterChange,
  matching,
  flaggedCount,
  scopeText,
  initialLength,
  onStart,
  notice,
}: {
  pool: readonly PoolEntry[];
  filter: QuestionFilter;
  onFilterChange: (filter: QuestionFilter) => void;
  /** Questions the scope leaves. */
  matching: number;
  flaggedCount: number;
  /** "all banks", "topic rotation, SAA-C03"... */
  scopeText: string;
  initialLength: number;
  onStart: (length: number) => void;
  /** Shown above the form (a session in progress). */
  notice?: ReactNode;
}) {
  const id = useId();
  const [length, setLength] = useState<number>(PRACTICE_LENGTHS.includes(initialLength as 10) ? initialLength : 20);
  const count = effectiveLength(length, matching);
  return (
    <div className="flex flex-col gap-4">
      {notice}
      {matching === 0 && <EmptyBankNotice filtered />}
      <form
        className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700"
        onSubmit={(e) => {
          e.preventDefault();
          if (count > 0) onStart(length);
        }}
      >
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="mb-2 font-semibold">How many questions?</legend>
          {PRACTICE_LENGTHS.map((n) => (
            <label
              key={n}
              htmlFor={`${id}-${n}`}
              className="cursor-pointer rounded border border-slate-400 px-3 py-1.5 has-checked:border-blue-800 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-700 dark:border-slate-500 dark:has-checked:border-amber-300 dark:has-checked:bg-amber-300 dark:has-checked:text-slate-950"
            >
              <input
                id={`${id}-${n}`}
                type="radio"
                name={`${id}-length`}
                className="sr-only"
                checked={length === n}
                onChange={() => setLength(n)}
              />
              {n === 0 ? `All (${matching})` : n}
            </label>
          ))}
        </fieldset>
        <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {count} of {matching} question{matching === 1 ? '' : 's'} from {scopeText}, in random order.
        </p>
        <div>
          <Button type="submit" variant="primary" disabled={count === 0}>
            Start practice
          </Button>
        </div>
      </form>
      <details open={matching === 0 || undefined} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer font-medium">Choose the questions: {scopeText}</summary>
        <div className="mt-3">
          <FilterForm pool={pool} filter={filter} onChange={onFilterChange} matching={matching} flaggedCount={flaggedCount} />
        </div>
      </details>
    </div>
  );
}
