import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useDeferredValue, useMemo, useState } from 'react';
import { describeFilter, filterPool, type PoolEntry, type QuestionFilter } from './question-pool';
import { FilterForm } from './filter-form';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { EmptyBankNotice } from './empty-bank-notice';
import { ExamResumeBanner } from './exam-resume-banner';
import { useDueAndMistakes } from './use-due-and-mistakes';
import { ButtonLink } from '@/components/ui';

/**
 * The quiz hub below its heading: pick questions, then a mode (practice, exam, review, drill), or
 * import banks. Its own chunk: QuizHubPage (quiz-hub-page.tsx) shows the heading while it loads.
 */
export function QuizHub() {
  const filter = useSearch({ from: '/quiz' });
  const navigate = useNavigate();
  const data = useQuizData();
  // The banks arrive as one large update (241 questions, the filter menus, every count). Deferred, it
  // renders in the background in short slices instead of one long task that would block input.
  const { ready, pool, storageError, progress } = useDeferredValue(data);
  const flags = progress?.flags;
  const matching = useMemo(() => filterPool(pool, filter, flags).length, [pool, filter, flags]);
  const flaggedCount = useMemo(() => (flags ? pool.filter((e) => flags[e.question.id]).length : 0), [pool, flags]);
  const { dueToday, mistakeIds } = useDueAndMistakes();
  const setFilter = (next: QuestionFilter) => void navigate({ to: '/quiz', search: next, replace: true });

  return (
    <>
      <StorageNotice />
      {/* The mode cards and the links render at once; the questions arrive in their own chunk.
          Until then the filter box keeps its place and the buttons go without counts. */}
      <div className="flex flex-col gap-6">
        <ExamResumeBanner />
        {storageError && <p className="text-sm text-red-800 dark:text-red-300">{storageError}</p>}
        {ready && pool.length === 0 ? (
          <EmptyBankNotice />
        ) : (
          <FoldedFilters filter={filter} pool={pool} matching={ready ? matching : undefined}>
            <FilterForm pool={pool} filter={filter} onChange={setFilter} matching={matching} flaggedCount={flaggedCount} loading={!ready} />
          </FoldedFilters>
        )}
        <ul className="grid gap-4 sm:grid-cols-2">
          <ModeCard
            title="Practice"
            text="One question at a time, with the answer, why each option is right or wrong, and links to the AWS documentation."
            action={
              <ButtonLink to="/quiz/practice" search={filter} variant="primary" disabled={ready && matching === 0}>
                {ready ? `Start practice (${matching})` : 'Start practice'}
              </ButtonLink>
            }
          />
          <ModeCard
            title="Exam simulation"
            text="Timed, no feedback until you submit, flag questions for review; an estimated score for the KMS part of the exam, by exam-guide domain and by topic."
            action={
              <ButtonLink to="/quiz/exam" variant="primary">
                Set up an exam
              </ButtonLink>
            }
          />
          <ModeCard
            title="Review"
            text="Spaced repetition (FSRS): the questions you are most likely to forget, on the day they are due."
            action={
              <ButtonLink to="/quiz/review" variant="primary">
                {ready ? `Review ${dueToday} due today` : 'Review what is due today'}
              </ButtonLink>
            }
          />
          <ModeCard
            title="Drill mistakes"
            text="Only the questions whose last answer, in the past 30 days, was wrong. Answer one right and it leaves the list."
            action={
              <ButtonLink to="/quiz/drill" variant="primary">
                {ready ? `Drill ${mistakeIds.length} mistake${mistakeIds.length === 1 ? '' : 's'}` : 'Drill your mistakes'}
              </ButtonLink>
            }
          />
        </ul>
        <p>
          <Link to="/quiz/banks">Import your own question banks</Link> (Markdown files; they stay in this browser) ·{' '}
          <Link to="/progress">See your progress</Link>
        </p>
      </div>
    </>
  );
}

/** Wide enough for the four menus to share a row or two (Tailwind's `sm`). */
const WIDE = '(min-width: 640px)';

/**
 * The filter menus, folded on a phone so the modes' buttons are on the first screen rather than
 * below four menus; open on wider screens, and whenever a filter is set (a link that narrows the
 * questions shows what it chose). The summary says which questions are chosen either way.
 */
function FoldedFilters({
  filter,
  pool,
  matching,
  children,
}: {
  filter: QuestionFilter;
  pool: readonly PoolEntry[];
  matching?: number;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(
    () => Object.values(filter).some(Boolean) || (typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches),
  );
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="flex flex-col gap-2">
      <summary className="cursor-pointer font-medium">
        Choose the questions: {describeFilter(filter, pool)}
        {matching === undefined ? '' : ` (${matching})`}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

function ModeCard({ title, text, action }: { title: string; text: string; action: React.ReactNode }) {
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5 dark:border-slate-700">
      <h2 className="text-xl font-semibold">{title}</h2>
      <p className="flex-1 text-slate-700 dark:text-slate-300">{text}</p>
      <div>{action}</div>
    </li>
  );
}
