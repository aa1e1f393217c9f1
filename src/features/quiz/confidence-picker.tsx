import { useId } from 'react';
import type { Confidence } from '@/quiz';

const CONFIDENCE: { value: Confidence; label: string }[] = [
  { value: 'low', label: 'Guessed' },
  { value: 'normal', label: 'Fairly sure' },
  { value: 'high', label: 'Certain' },
];

/** Optional: how sure the learner is, which turns a right answer into Hard, Good or Easy for FSRS. */
export function ConfidencePicker({ value, onChange }: { value: Confidence; onChange: (c: Confidence) => void }) {
  const id = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-2 text-sm">
      <legend className="sr-only">How sure are you?</legend>
      <span aria-hidden="true" className="font-medium">
        How sure?
      </span>
      {CONFIDENCE.map((c) => (
        <label
          key={c.value}
          htmlFor={`${id}-${c.value}`}
          className="cursor-pointer rounded border border-slate-400 px-2 py-1 has-checked:border-blue-800 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-blue-700 dark:border-slate-500 dark:has-checked:border-amber-300 dark:has-checked:bg-amber-300 dark:has-checked:text-slate-950"
        >
          <input
            id={`${id}-${c.value}`}
            type="radio"
            name={`${id}-confidence`}
            className="sr-only"
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
