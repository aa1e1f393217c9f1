import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { QuestionRunner } from './question-runner';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { useDueAndMistakes } from './use-due-and-mistakes';
import { Notice, Loading } from './ui';

/**
 * Spaced repetition with FSRS: every answered question is a card; this page asks the cards due today.
 * Wrong is "Again", right is "Good", or "Hard"/"Easy" when the learner says how sure they were.
 */
export function ReviewPage() {
  const { ready, pool, progress } = useQuizData();
  const { dueIds } = useDueAndMistakes();
  const [round, setRound] = useState(0);
  // Freeze the queue: a reviewed card is no longer due, but it must stay in this session.
  const [frozen, setFrozen] = useState<{ round: number; ids: string[] } | null>(null);
  if (ready && (!frozen || frozen.round !== round)) setFrozen({ round, ids: dueIds });
  const entries = useMemo(() => {
    const byId = new Map(pool.map((e) => [e.question.id, e]));
    return (frozen?.ids ?? []).flatMap((id) => byId.get(id) ?? []);
  }, [frozen, pool]);
  const cardCount = progress ? Object.keys(progress.cards).length : 0;

  return (
    <div>
      <PageHeading
        title="Review"
        lead="Questions come back just before you are likely to forget them (FSRS spaced repetition). Say how sure you were to fine-tune the next interval."
      />
      <StorageNotice />
      {!ready ? (
        <Loading>Loading your reviews…</Loading>
      ) : entries.length === 0 ? (
        <Notice tone="success" title="Nothing due today">
          <p>
            {cardCount === 0
              ? 'Every question you answer becomes a review card. '
              : `You have ${cardCount} card${cardCount === 1 ? '' : 's'}; none is due today. `}
            <Link to="/quiz/practice">Practice</Link> to add more, or come back later.
          </p>
        </Notice>
      ) : (
        <QuestionRunner key={round} entries={entries} mode="review" askConfidence onRestart={() => setRound((r) => r + 1)} />
      )}
    </div>
  );
}
