import { useMemo, useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { QuestionRunner } from './question-runner';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { useDueAndMistakes } from './use-due-and-mistakes';
import { MISTAKE_WINDOW_DAYS } from './progress-stats';
import { Notice, Loading } from './ui';
import { Link } from '@tanstack/react-router';

/** Drill mistakes: only questions whose latest answer in the last 30 days was wrong. */
export function DrillPage() {
  const { ready, pool } = useQuizData();
  const { mistakeIds } = useDueAndMistakes();
  const [round, setRound] = useState(0);
  // The list is taken once per round: answering right must not pull questions out mid-session.
  const [frozen, setFrozen] = useState<{ round: number; ids: string[] } | null>(null);
  if (ready && (!frozen || frozen.round !== round)) setFrozen({ round, ids: mistakeIds });
  const entries = useMemo(() => {
    const byId = new Map(pool.map((e) => [e.question.id, e]));
    return (frozen?.ids ?? []).flatMap((id) => byId.get(id) ?? []);
  }, [frozen, pool]);

  return (
    <div>
      <PageHeading
        title="Drill mistakes"
        lead={`The questions you got wrong on your last try, in the past ${MISTAKE_WINDOW_DAYS} days, most recent first. Answer one right and it leaves this list.`}
      />
      <StorageNotice />
      {!ready ? (
        <Loading>Loading questions…</Loading>
      ) : entries.length === 0 ? (
        <Notice tone="success" title="No mistakes to drill">
          <p>
            Nothing you answered recently is still wrong. <Link to="/quiz/practice">Practice</Link> or{' '}
            <Link to="/quiz/exam">sit an exam</Link> to find weak spots.
          </p>
        </Notice>
      ) : (
        <QuestionRunner key={round} entries={entries} mode="drill" onRestart={() => setRound((r) => r + 1)} />
      )}
    </div>
  );
}
