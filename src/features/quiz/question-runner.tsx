import { Link } from '@tanstack/react-router';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useQuizProgress, type Confidence } from './stores/quiz-progress';
import { isCorrect, newSeed } from '@/quiz';
import type { PoolEntry } from './question-pool';
import { QuestionCard } from './question-card';
import { QuestionMeta } from './question-meta';
import { describeNextReview } from './next-review';
import { buttonPrimary, buttonSecondary } from './ui';

type RunnerMode = 'practice' | 'review' | 'drill';

/**
 * Asks a fixed list of questions one by one with instant feedback, saving every answer
 * (attempt + spaced-repetition card) as soon as it is checked, then shows a short summary.
 */
export function QuestionRunner({
  entries,
  mode,
  askConfidence = false,
  onRestart,
  finishExtra,
}: {
  entries: readonly PoolEntry[];
  mode: RunnerMode;
  askConfidence?: boolean;
  onRestart?: () => void;
  finishExtra?: ReactNode;
}) {
  const record = useQuizProgress((s) => s.recordAnswers);
  const toggleFlag = useQuizProgress((s) => s.toggleFlag);
  const flags = useQuizProgress((s) => s.data?.flags);
  const cards = useQuizProgress((s) => s.data?.cards);
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [confidence, setConfidence] = useState<Confidence>('normal');
  const [results, setResults] = useState<{ id: string; correct: boolean }[]>([]);
  const topRef = useRef<HTMLDivElement>(null);
  // One display-order seed per session: options, steps and responses are shuffled once per attempt.
  const [seed] = useState(newSeed);

  const entry = entries[index];
  if (!entry) {
    const right = results.filter((r) => r.correct).length;
    return (
      <section aria-labelledby="runner-done" className="rounded-lg border border-slate-200 p-6 dark:border-slate-700">
        <h2 id="runner-done" tabIndex={-1} className="text-2xl font-semibold">
          Session complete
        </h2>
        <p className="mt-2" role="status">
          You answered {results.length} question{results.length === 1 ? '' : 's'}: {right} right
          {results.length ? ` (${Math.round((right / results.length) * 100)}%)` : ''}.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          {onRestart && (
            <button type="button" className={buttonPrimary} onClick={onRestart}>
              Start again
            </button>
          )}
          {results.some((r) => !r.correct) && mode !== 'drill' && (
            <Link to="/quiz/drill" className={buttonSecondary}>
              Drill your mistakes
            </Link>
          )}
          <Link to="/quiz" className={buttonSecondary}>
            Back to the quiz
          </Link>
          <Link to="/progress" className={buttonSecondary}>
            See progress
          </Link>
        </div>
        {finishExtra}
      </section>
    );
  }

  const question = entry.question;
  const correct = revealed ? isCorrect(question, selected) : undefined;

  const submit = () => {
    if (revealed || selected.length === 0) return;
    const ok = isCorrect(question, selected);
    record([{ questionId: question.id, selected, correct: ok, mode, confidence: askConfidence ? confidence : undefined }]);
    setResults((r) => [...r, { id: question.id, correct: ok }]);
    setRevealed(true);
  };

  const next = () => {
    setIndex((i) => i + 1);
    setSelected([]);
    setRevealed(false);
    setConfidence('normal');
    // Put keyboard and screen-reader users at the top of the next question.
    requestAnimationFrame(() => topRef.current?.focus());
  };

  const right = results.filter((r) => r.correct).length;
  const card = revealed ? cards?.[question.id] : undefined;
  return (
    <div ref={topRef} tabIndex={-1} className="outline-none">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {results.length > 0 ? `${right} of ${results.length} right so far.` : 'Answer with the number or letter keys, then Enter.'}
      </p>
      <QuestionCard
        key={question.id}
        question={question}
        position={{ index, total: entries.length }}
        seed={seed}
        meta={<QuestionMeta entry={entry} />}
        selected={selected}
        onSelect={setSelected}
        revealed={revealed}
        correct={correct}
        onSubmit={submit}
        onNext={next}
        nextLabel={index + 1 < entries.length ? 'Next question' : 'Finish'}
        actions={
          <>
            {card && (
              <span className="order-last w-full text-sm text-slate-700 dark:text-slate-300">
                Spaced repetition: this question comes back for review {describeNextReview(card.due, new Date())}.
              </span>
            )}
            <button
              type="button"
              aria-pressed={!!flags?.[question.id]}
              onClick={() => toggleFlag(question.id)}
              className="rounded border border-slate-400 px-3 py-2 text-sm font-semibold aria-pressed:border-amber-600 aria-pressed:bg-amber-100 aria-pressed:text-amber-950 dark:border-slate-500 dark:aria-pressed:border-amber-300 dark:aria-pressed:bg-amber-900 dark:aria-pressed:text-amber-50"
            >
              {flags?.[question.id] && (
                <span aria-hidden="true" className="mr-1.5">
                  ⚑
                </span>
              )}
              Flag for later
            </button>
            {askConfidence && !revealed && <ConfidencePicker value={confidence} onChange={setConfidence} />}
          </>
        }
      />
    </div>
  );
}

const CONFIDENCE: { value: Confidence; label: string }[] = [
  { value: 'low', label: 'Guessed' },
  { value: 'normal', label: 'Fairly sure' },
  { value: 'high', label: 'Certain' },
];

/** Optional: how sure the learner is, which turns a right answer into Hard, Good or Easy for FSRS. */
function ConfidencePicker({ value, onChange }: { value: Confidence; onChange: (c: Confidence) => void }) {
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
