import { useEffect, useRef, useState } from 'react';
import type { Question } from '@/quiz';
import { answer, goTo, progressOf, remainingMs, toggleFlag, type ExamSession } from './exam-session';
import { QuestionCard } from './question-card';
import { ExamMap } from './exam-map';
import { ExamTimer } from './exam-timer';
import { useNow } from './use-now';
import { useQuestionScroll } from './use-question-scroll';
import { Button, Dialog } from '@/components/ui';

/**
 * A running exam: one question at a time, no feedback, a clock, flags and a question map.
 * Every change goes through `onChange`, which saves it, so a reload resumes exactly here.
 */
export function ExamRunner({
  session,
  questions,
  onChange,
  onSubmit,
}: {
  session: ExamSession;
  /** The exam's questions, in session order. */
  questions: readonly Question[];
  onChange: (next: ExamSession) => void;
  onSubmit: (by: 'learner' | 'timeout') => void;
}) {
  const now = useNow(1000);
  const left = remainingMs(session, now);
  const [confirming, setConfirming] = useState(false);
  const cardRef = useRef<HTMLDivElement>(null);
  useSubmitOnTimeout(left, onSubmit);

  const index = session.current;
  const question = questions[index]!;
  const counts = progressOf(session);
  const last = index === questions.length - 1;

  // Every new question (and the first one, after "Start the exam") starts below the sticky timer bar.
  useQuestionScroll(cardRef, question.id, { onMount: true });
  const go = (i: number) => onChange(goTo(session, i));

  const submit = () => {
    if (counts.unanswered > 0 || counts.flagged > 0) setConfirming(true);
    else onSubmit('learner');
  };

  return (
    <div className="flex flex-col gap-4">
      <ExamStatusBar remainingMs={left} counts={counts} onSubmit={submit} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div ref={cardRef} tabIndex={-1} className="min-w-0 outline-none">
          <QuestionCard
            key={question.id}
            question={question}
            position={{ index, total: questions.length }}
            // The session id seeds the display order, so a reload shows the same shuffle.
            seed={session.id}
            selected={session.answers[question.id] ?? []}
            onSelect={(next) => onChange(answer(session, question.id, next))}
            revealed={false}
            onNext={last ? undefined : () => go(index + 1)}
            nextLabel="Next question"
            keysEnabled={!confirming}
            actions={
              <ExamCardActions
                first={index === 0}
                last={last}
                flagged={!!session.flags[question.id]}
                onPrevious={() => go(index - 1)}
                onFlag={() => onChange(toggleFlag(session, question.id))}
                onSubmit={submit}
              />
            }
          />
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            No feedback until you submit. Unanswered questions count as wrong; guessing costs nothing.
          </p>
        </div>
        <ExamOverview session={session} onGo={go} />
      </div>

      <SubmitDialog
        open={confirming}
        counts={counts}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onSubmit('learner');
        }}
      />
    </div>
  );
}

/** Submits once when the clock reaches zero (a reload after the end submits at once). */
function useSubmitOnTimeout(left: number, onSubmit: (by: 'timeout') => void) {
  const timedOut = useRef(false);
  useEffect(() => {
    if (left <= 0 && !timedOut.current) {
      timedOut.current = true;
      onSubmit('timeout');
    }
  }, [left, onSubmit]);
}

/** The sticky bar: time left, how many answered and flagged, and "Submit exam". */
function ExamStatusBar({
  remainingMs: left,
  counts,
  onSubmit,
}: {
  remainingMs: number;
  counts: { answered: number; total: number; flagged: number };
  onSubmit: () => void;
}) {
  return (
    <div
      data-sticky-top=""
      className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-200 bg-white/95 px-4 py-2 sm:-mx-6 sm:px-6 dark:border-slate-700 dark:bg-slate-950/95"
    >
      <ExamTimer remainingMs={left} />
      <p className="order-last w-full text-sm sm:order-none sm:w-auto">
        {counts.answered} of {counts.total} answered · {counts.flagged} flagged
      </p>
      <Button variant="primary" size="sm" onClick={onSubmit}>
        Submit exam
      </Button>
    </div>
  );
}

/** Below the question: Previous, Flag for review and, on the last question, Submit exam. */
function ExamCardActions({
  first,
  last,
  flagged,
  onPrevious,
  onFlag,
  onSubmit,
}: {
  first: boolean;
  last: boolean;
  flagged: boolean;
  onPrevious: () => void;
  onFlag: () => void;
  onSubmit: () => void;
}) {
  return (
    <>
      <Button onClick={onPrevious} disabled={first}>
        Previous
      </Button>
      <Button
        aria-pressed={flagged}
        onClick={onFlag}
        className="aria-pressed:border-amber-600 aria-pressed:bg-amber-100 aria-pressed:text-amber-950 dark:aria-pressed:border-amber-300 dark:aria-pressed:bg-amber-900 dark:aria-pressed:text-amber-50"
      >
        {flagged && <span aria-hidden="true">⚑</span>}
        Flag for review
      </Button>
      {last && (
        <Button variant="primary" onClick={onSubmit}>
          Submit exam
        </Button>
      )}
    </>
  );
}

/** The question map: beside the question on wide screens, behind a toggle on narrow ones. */
function ExamOverview({ session, onGo }: { session: ExamSession; onGo: (index: number) => void }) {
  const [mapOpen, setMapOpen] = useState(false);
  return (
    <aside aria-label="Exam overview" className="min-w-0">
      <Button className="w-full lg:hidden" aria-expanded={mapOpen} aria-controls="exam-map" onClick={() => setMapOpen((o) => !o)}>
        {mapOpen ? 'Hide question map' : 'Show question map'}
      </Button>
      <div id="exam-map" className={`${mapOpen ? 'block' : 'hidden'} mt-3 lg:mt-0 lg:block`}>
        <h2 className="mb-2 font-semibold">Question map</h2>
        <ExamMap
          session={session}
          onGo={(i) => {
            setMapOpen(false);
            onGo(i);
          }}
        />
      </div>
    </aside>
  );
}

/** "Submit the exam?" when questions are unanswered or flagged; the safe choice, "Keep working", has focus. */
function SubmitDialog({
  open,
  counts,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  counts: { unanswered: number; flagged: number };
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Dialog open={open} onClose={onCancel} title="Submit the exam?" alert>
      <p>
        {counts.unanswered > 0 && (
          <>
            You have <strong>{counts.unanswered} unanswered</strong> question{counts.unanswered === 1 ? '' : 's'}; they will count as
            wrong.{' '}
          </>
        )}
        {counts.flagged > 0 && (
          <>
            {counts.flagged} question{counts.flagged === 1 ? ' is' : 's are'} flagged for review.{' '}
          </>
        )}
        You cannot change answers after submitting.
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button data-autofocus onClick={onCancel}>
          Keep working
        </Button>
        <Button variant="primary" onClick={onConfirm}>
          Submit now
        </Button>
      </div>
    </Dialog>
  );
}
