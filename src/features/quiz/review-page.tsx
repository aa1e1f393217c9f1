import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { createStudySession, type DailyQueue } from '@/quiz';
import { PageHeading } from '@/components/ui/page-heading';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { useDueAndMistakes } from './use-due-and-mistakes';
import { useStudySession } from './use-study-session';
import { freshSeed } from './study-session-store';
import { StudyRunner } from './study-runner';
import { DailyLimitsForm } from './daily-limits-form';
import { describeNextReview } from './next-review';
import { Button, Notice } from '@/components/ui';
import { Loading } from './loading';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Spaced repetition with FSRS: every answered question is a card; this page asks today's queue
 * (cards due, within the daily review limit) and, on request, new questions up to the daily new limit.
 * A card answered here comes back in the same session when its same-day learning step is due.
 */
export function ReviewPage() {
  const { ready, pool, progress } = useQuizData();
  const { queue } = useDueAndMistakes();
  const { session, update } = useStudySession('review');
  const entries = useMemo(() => new Map(pool.map((e) => [e.question.id, e])), [pool]);

  const begin = (ids: readonly string[], kind: 'due' | 'new') => {
    const next = createStudySession({
      mode: 'review',
      questionIds: ids,
      seed: freshSeed(),
      now: new Date(),
      scope: { kind },
      // Anki does the same: with nothing else left, a step due within 20 minutes is taken early.
      learnAhead: true,
    });
    // Today's steps due later (answered in practice minutes ago) join when due.
    update({ ...next, waiting: queue.later.map((x) => x.id).filter((id) => !ids.includes(id)) });
  };
  const due = [...queue.learning, ...queue.reviews];
  const cardCount = progress ? Object.keys(progress.cards).length : 0;

  return (
    <div>
      <PageHeading
        title="Review"
        lead="Questions come back just before you are likely to forget them (FSRS spaced repetition). Say how sure you were to fine-tune the next interval."
      />
      <StorageNotice />
      {!ready || !progress ? (
        <Loading>Loading your reviews…</Loading>
      ) : session ? (
        <StudyRunner
          session={session}
          entries={entries}
          onChange={update}
          askConfidence
          end={{ onRestart: () => update(null), restartLabel: "Back to today's queue" }}
        />
      ) : (
        <div className="flex flex-col gap-6">
          {due.length > 0 ? (
            <DueCard queue={queue} onStart={() => begin(due, 'due')} />
          ) : (
            <Notice tone="success" title="Nothing due today">
              <p>
                {cardCount === 0
                  ? 'Every question you answer becomes a review card. '
                  : `You have ${plural(cardCount, 'card', 'cards')}; none is due now${queue.later.length ? ` (the next comes back ${describeNextReview(queue.later[0]!.due, new Date())})` : ''}. `}
                <Link to="/quiz/practice">Practice</Link> to add more, or learn some new questions below.
              </p>
            </Notice>
          )}
          <NewCard queue={queue} onStart={() => begin(queue.fresh, 'new')} />
          <DailyLimitsForm settings={progress.settings} />
        </div>
      )}
    </div>
  );
}

function DueCard({ queue, onStart }: { queue: DailyQueue; onStart: () => void }) {
  const count = queue.learning.length + queue.reviews.length;
  return (
    <section aria-labelledby="due-title" className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
      <h2 id="due-title" className="text-xl font-semibold">
        {plural(count, 'review', 'reviews')} due
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {queue.learning.length > 0 && `${plural(queue.learning.length, 'question', 'questions')} from a few minutes ago, `}
        {plural(queue.reviews.length, 'card', 'cards')} due today.
        {queue.reviewsOverLimit > 0 &&
          ` ${plural(queue.reviewsOverLimit, 'more card waits', 'more cards wait')} beyond your daily limit: they come first tomorrow.`}
      </p>
      <Button variant="primary" className="mt-3" onClick={onStart}>
        Start review ({count})
      </Button>
    </section>
  );
}

function NewCard({ queue, onStart }: { queue: DailyQueue; onStart: () => void }) {
  return (
    <section aria-labelledby="new-title" className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
      <h2 id="new-title" className="text-xl font-semibold">
        New questions
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {queue.fresh.length > 0
          ? `${plural(queue.fresh.length, 'question', 'questions')} you have never answered, topic by topic, within today's limit.`
          : queue.freshOverLimit > 0
            ? "You have reached today's limit of new questions. More tomorrow, or raise the limit below."
            : 'You have answered every question in your banks at least once.'}
      </p>
      {queue.fresh.length > 0 && (
        <Button variant="primary" className="mt-3" onClick={onStart}>
          Learn new questions ({queue.fresh.length})
        </Button>
      )}
    </section>
  );
}
