import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { LEARN_AHEAD_MS, takeWaitingEarly, waitingSteps, type StudySession } from '@/quiz';
import { useQuizProgress } from './stores/quiz-progress';
import type { PoolEntry } from './question-pool';
import type { RunnerEnd } from './study-runner';
import { MissList } from './miss-list';
import { saveDrillSession } from './study-session-store';
import { useNow } from './use-now';
import { Button, ButtonLink } from '@/components/ui';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The ids the session got wrong at least once, in the order they were first missed. */
export function missedIds(session: StudySession): string[] {
  return [...new Set(session.results.filter((r) => !r.correct).map((r) => r.questionId))];
}

/**
 * The end of a study session: how it went, every miss with its explanation and a way to drill them,
 * and the questions still in a short learning step (a second look now takes them early).
 */
export function StudySummary({
  session,
  entries,
  onChange,
  end,
}: {
  session: StudySession;
  entries: ReadonlyMap<string, PoolEntry>;
  onChange: (next: StudySession | null) => void;
  end?: RunnerEnd;
}) {
  const navigate = useNavigate();
  const now = useNow(15_000);
  const cards = useQuizProgress((s) => s.data?.cards);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const first = session.results.filter((r) => !r.again);
  const seconds = session.results.filter((r) => r.again);
  const right = first.filter((r) => r.correct).length;
  const missed = missedIds(session).filter((id) => entries.has(id));
  const steps = waitingSteps(session, cards ?? {});
  const soon = steps.filter((s) => s.due <= now.getTime() + LEARN_AHEAD_MS);

  const drill = () => {
    saveDrillSession(missed, session.mode);
    void navigate({ to: '/quiz/drill' });
  };

  return (
    <section aria-labelledby="runner-done" className="rounded-lg border border-slate-200 p-4 sm:p-6 dark:border-slate-700">
      <h2 id="runner-done" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold outline-none">
        Session complete
      </h2>
      <p className="mt-2" role="status">
        You answered {plural(first.length, 'question', 'questions')}: {right} right
        {first.length ? ` (${Math.round((right / first.length) * 100)}%)` : ''}.
        {seconds.length > 0 && ` Second looks: ${seconds.filter((r) => r.correct).length} of ${seconds.length} right.`}
      </p>
      {steps.length > 0 && (
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          {plural(steps.length, 'question is', 'questions are')} in a short learning step: spaced repetition brings a question back minutes
          after an answer, so it sticks.{' '}
          {soon.length > 0
            ? `${plural(soon.length, 'is', 'are')} ready for a second look now.`
            : 'They come back in your review queue later today.'}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        {soon.length > 0 && (
          <Button variant="primary" onClick={() => onChange(takeWaitingEarly(session, cards ?? {}, new Date()))}>
            Second look now ({soon.length})
          </Button>
        )}
        {missed.length > 0 && (
          <Button variant={soon.length > 0 ? 'secondary' : 'primary'} onClick={drill}>
            Drill these ({missed.length})
          </Button>
        )}
        {end?.onRestart && <Button onClick={end.onRestart}>{end.restartLabel ?? 'Start again'}</Button>}
        <ButtonLink to="/quiz">Back to the quiz</ButtonLink>
        <ButtonLink to="/progress">See progress</ButtonLink>
      </div>
      {end?.extra}
      {missed.length > 0 && <MissList ids={missed} session={session} entries={entries} />}
    </section>
  );
}
