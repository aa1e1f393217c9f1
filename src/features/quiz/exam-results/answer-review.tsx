import { useState } from 'react';
import { hasAnswer, isCorrect } from '@/quiz';
import type { PoolEntry } from '../question-pool';
import { QuestionCard } from '../question-card';
import { QuestionMeta } from '../question-meta';

type ReviewFilter = 'all' | 'wrong' | 'flagged' | 'unanswered';
const LABELS: Record<ReviewFilter, string> = { all: 'All', wrong: 'Wrong', flagged: 'Flagged', unanswered: 'Unanswered' };

/** Every question of the exam with the learner's answer and the full feedback, filterable. */
export function AnswerReview({
  entries,
  answers,
  flagged,
  total,
  seed,
}: {
  /** The exam's questions still in the banks, in exam order, with their number in the exam. */
  entries: readonly { entry: PoolEntry; index: number }[];
  answers: Readonly<Record<string, number[]>>;
  flagged: ReadonlySet<string>;
  /** Questions the exam had (some may have left the banks since). */
  total: number;
  /** The exam's display-order seed, so the review shows options in the order the learner saw. */
  seed?: string;
}) {
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const rows = entries.map(({ entry, index }) => {
    const selected = answers[entry.question.id] ?? [];
    return { entry, index, selected, correct: isCorrect(entry.question, selected), flagged: flagged.has(entry.question.id) };
  });
  const keep: Record<ReviewFilter, (r: (typeof rows)[number]) => boolean> = {
    all: () => true,
    wrong: (r) => !r.correct,
    flagged: (r) => r.flagged,
    unanswered: (r) => !hasAnswer(r.selected),
  };
  const shown = rows.filter(keep[filter]);
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title" className="text-xl font-semibold">
        Review every answer
      </h2>
      <fieldset className="mt-3 flex flex-wrap gap-2">
        <legend className="sr-only">Show</legend>
        {(Object.keys(LABELS) as ReviewFilter[]).map((f) => (
          <label
            key={f}
            className="cursor-pointer rounded border border-slate-400 px-3 py-1 text-sm has-checked:border-blue-800 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-blue-700 dark:border-slate-500 dark:has-checked:border-amber-300 dark:has-checked:bg-amber-300 dark:has-checked:text-slate-950"
          >
            <input type="radio" name="review-filter" className="sr-only" checked={filter === f} onChange={() => setFilter(f)} />
            {LABELS[f]} ({rows.filter(keep[f]).length})
          </label>
        ))}
      </fieldset>
      <ol className="mt-4 flex flex-col gap-4">
        {shown.map((r) => (
          <li key={r.entry.question.id}>
            <QuestionCard
              question={r.entry.question}
              position={{ index: r.index, total }}
              seed={seed}
              headingLevel={3}
              meta={
                <>
                  {r.flagged && <span className="font-semibold">⚑ flagged</span>}
                  <QuestionMeta entry={r.entry} />
                </>
              }
              selected={r.selected}
              onSelect={() => {}}
              revealed
              correct={r.correct}
              keysEnabled={false}
            />
          </li>
        ))}
        {shown.length === 0 && <li>No questions in this group.</li>}
      </ol>
    </section>
  );
}
