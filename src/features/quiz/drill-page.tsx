import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { createStudySession } from '@/quiz';
import { PageHeading } from '@/components/ui/page-heading';
import { StudyRunner } from './study-runner';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { useDueAndMistakes } from './use-due-and-mistakes';
import { useStudySession } from './use-study-session';
import { freshSeed } from './study-session-store';
import { MISTAKE_WINDOW_DAYS } from './progress-stats';
import { Button, Notice } from '@/components/ui';
import { Loading } from './loading';

/**
 * Drill mistakes: the questions whose latest answer in the last 30 days was wrong (or the misses a
 * practice or exam handed over with "Drill these"), as a session that resumes after a reload.
 */
export function DrillPage() {
  const { ready, pool } = useQuizData();
  const { mistakeIds } = useDueAndMistakes();
  const { session, update } = useStudySession('drill');
  const entries = useMemo(() => new Map(pool.map((e) => [e.question.id, e])), [pool]);

  const start = () => update(createStudySession({ mode: 'drill', questionIds: mistakeIds, seed: freshSeed(), now: new Date() }));

  return (
    <div>
      <PageHeading
        title="Drill mistakes"
        lead={`The questions you got wrong on your last try, in the past ${MISTAKE_WINDOW_DAYS} days, most recent first. Answer one right and it leaves this list.`}
      />
      <StorageNotice />
      {!ready ? (
        <Loading>Loading questions…</Loading>
      ) : session ? (
        <StudyRunner
          session={session}
          entries={entries}
          onChange={update}
          end={{ onRestart: () => update(null), restartLabel: 'Back to your mistakes' }}
        />
      ) : mistakeIds.length === 0 ? (
        <Notice tone="success" title="No mistakes to drill">
          <p>
            Nothing you answered recently is still wrong. <Link to="/quiz/practice">Practice</Link> or{' '}
            <Link to="/quiz/exam">sit an exam</Link> to find weak spots.
          </p>
        </Notice>
      ) : (
        <section aria-labelledby="drill-title" className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
          <h2 id="drill-title" className="text-xl font-semibold">
            {mistakeIds.length} mistake{mistakeIds.length === 1 ? '' : 's'} to drill
          </h2>
          <Button variant="primary" className="mt-3" onClick={start}>
            Start drilling ({mistakeIds.length})
          </Button>
        </section>
      )}
    </div>
  );
}
