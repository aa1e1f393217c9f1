import { useId, useState } from 'react';
import { DEFAULT_LIMITS, MAX_LIMIT, limitsFrom, type ProgressSettings } from '@/quiz';
import { useQuizProgress } from './stores/quiz-progress';
import { Button, TextField } from '@/components/ui';

/**
 * The daily limits of spaced review, as in Anki: how many new questions and how many reviews a day
 * may bring. Today's learning steps are never limited.
 */
export function DailyLimitsForm({ settings }: { settings: ProgressSettings }) {
  const id = useId();
  const updateSettings = useQuizProgress((s) => s.updateSettings);
  const limits = limitsFrom(settings);
  const [newText, setNewText] = useState(String(limits.newPerDay));
  const [reviewText, setReviewText] = useState(String(limits.reviewsPerDay));
  const [status, setStatus] = useState('');
  const parse = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : NaN);
  const newValue = parse(newText);
  const reviewValue = parse(reviewText);
  const invalid = (n: number) => !Number.isInteger(n) || n < 0 || n > MAX_LIMIT;
  const error = `Enter a whole number from 0 to ${MAX_LIMIT}.`;

  return (
    <form
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700"
      onSubmit={(e) => {
        e.preventDefault();
        if (invalid(newValue) || invalid(reviewValue)) return;
        updateSettings({ newPerDay: newValue, reviewsPerDay: reviewValue });
        setStatus(`Saved: ${newValue} new questions and ${reviewValue} reviews a day.`);
      }}
      noValidate
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        Daily limits
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        They keep each day's queue to a size you can finish, however much you studied the day before. Anki's defaults are{' '}
        {DEFAULT_LIMITS.newPerDay} new and {DEFAULT_LIMITS.reviewsPerDay} reviews. Questions you answered minutes ago always come back when
        due.
      </p>
      <div className="mt-3 grid max-w-lg gap-4 sm:grid-cols-2">
        {[
          { label: 'New questions a day', text: newText, set: setNewText, value: newValue },
          { label: 'Reviews a day', text: reviewText, set: setReviewText, value: reviewValue },
        ].map((f) => (
          <TextField
            key={f.label}
            label={f.label}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_LIMIT}
            value={f.text}
            onChange={f.set}
            error={invalid(f.value) ? error : undefined}
            className="w-32"
          />
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit">Save limits</Button>
        <p role="status" className="text-sm">
          {status}
        </p>
      </div>
    </form>
  );
}
