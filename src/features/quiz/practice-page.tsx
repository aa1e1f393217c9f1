import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { createStudySession, seededRandom, shuffled, type StudySession } from '@/quiz';
import { PageHeading } from '@/components/ui/page-heading';
import { describeFilter, filterPool, type QuestionFilter } from './question-pool';
import { useQuizData } from './use-quiz-data';
import { useQuizProgress } from './stores/quiz-progress';
import { StorageNotice } from './storage-notice';
import { EmptyBankNotice } from './empty-bank-notice';
import { PracticeSetup, effectiveLength } from './practice-setup';
import { StudyRunner } from './study-runner';
import { useStudySession } from './use-study-session';
import { freshSeed } from './study-session-store';
import { Button, Notice } from '@/components/ui';
import { Loading } from './loading';

const FILTER_KEYS = ['topic', 'tag', 'exam', 'bank', 'type', 'question', 'flagged'] as const;

/** The filter a session was started with (its scope), for comparing with the page's filter. */
function scopeFilter(session: StudySession): QuestionFilter {
  const out: QuestionFilter = {};
  for (const key of FILTER_KEYS) {
    const value = session.scope?.[key];
    if (key === 'flagged' ? value === true : typeof value === 'string' && value) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const sameFilter = (a: QuestionFilter, b: QuestionFilter) => FILTER_KEYS.every((k) => (a[k] ?? undefined) === (b[k] ?? undefined));

/**
 * Practice: choose a length and the questions, then one question at a time with instant feedback.
 * The session is saved at every step: a reload resumes at the same question, in the same order.
 */
export function PracticePage() {
  const filter = useSearch({ from: '/quiz/practice' });
  const navigate = useNavigate();
  const { ready, pool, progress } = useQuizData();
  const updateSettings = useQuizProgress((s) => s.updateSettings);
  const { session, update, saved } = useStudySession('practice');
  const flags = progress?.flags;
  const matching = useMemo(() => filterPool(pool, filter, flags), [pool, filter, flags]);
  const flaggedCount = useMemo(() => (flags ? pool.filter((e) => flags[e.question.id]).length : 0), [pool, flags]);
  const entries = useMemo(() => new Map(pool.map((e) => [e.question.id, e])), [pool]);
  const setFilter = (next: QuestionFilter) => void navigate({ to: '/quiz/practice', search: next, replace: true });

  const hasFilter = FILTER_KEYS.some((k) => filter[k] !== undefined);
  // A session in progress is resumed, unless the learner came for other questions: then it is offered.
  const resume = session && (!hasFilter || sameFilter(filter, scopeFilter(session)));

  const start = (length: number) => {
    const seed = freshSeed();
    const ids = shuffled(
      matching.map((e) => e.question.id),
      seededRandom(seed),
    ).slice(0, effectiveLength(length, matching.length));
    updateSettings({ practiceLength: length });
    update(createStudySession({ mode: 'practice', questionIds: ids, seed, now: new Date(), scope: { ...filter, length } }));
  };

  return (
    <div>
      <PageHeading
        title="Practice"
        lead="Instant feedback on every answer: what is right, why the other options are wrong, and where AWS documents it."
      />
      <StorageNotice />
      {!saved && (
        <div className="mb-4">
          <Notice tone="warning">
            This browser refused to save the session, so a reload would start it again. Your answers are saved.
          </Notice>
        </div>
      )}
      {!ready ? (
        <Loading>Loading questions…</Loading>
      ) : pool.length === 0 ? (
        <EmptyBankNotice />
      ) : resume ? (
        <StudyRunner
          session={session}
          entries={entries}
          onChange={update}
          end={{ onRestart: () => update(null), restartLabel: 'New practice session' }}
        />
      ) : (
        <PracticeSetup
          pool={pool}
          filter={filter}
          onFilterChange={setFilter}
          matching={matching.length}
          flaggedCount={flaggedCount}
          scopeText={describeFilter(filter, pool)}
          initialLength={typeof progress?.settings.practiceLength === 'number' ? progress.settings.practiceLength : 20}
          onStart={start}
          notice={session && <ResumeNotice session={session} onResume={() => setFilter(scopeFilter(session))} />}
        />
      )}
    </div>
  );
}

function ResumeNotice({ session, onResume }: { session: StudySession; onResume: () => void }) {
  const answered = session.results.filter((r) => !r.again).length;
  return (
    <Notice tone="info" title="A practice session is in progress">
      <p>
        {answered} of {session.planned.length} answered. Starting a new session below replaces it.
      </p>
      <Button className="mt-3" onClick={onResume}>
        Resume it
      </Button>
    </Notice>
  );
}
