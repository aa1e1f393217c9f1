import { useRef, useState, type ReactNode } from 'react';
import { checkAnswer, endSession, isCorrect, nextTurn, sessionPosition, turnSeed, type Confidence, type StudySession } from '@/quiz';
import { useQuizProgress } from './stores/quiz-progress';
import type { PoolEntry } from './question-pool';
import { QuestionCard } from './question-card';
import { QuestionMeta } from './question-meta';
import { describeNextReview } from './next-review';
import { ConfidencePicker } from './confidence-picker';
import { StudySummary } from './study-summary';
import { useQuestionScroll } from './use-question-scroll';
import { Badge, Button, Notice } from '@/components/ui';

/** What the end screen offers besides the summary (start again, the next step of the page). */
export interface RunnerEnd {
  onRestart?: () => void;
  restartLabel?: string;
  extra?: ReactNode;
}

/**
 * Runs a study session (practice, review or drill) one question at a time with instant feedback.
 * Every answer is saved at once (an attempt and the FSRS card); every step of the session is saved
 * by `onChange`, so a reload resumes here. A question in a same-day learning step comes back when due.
 */
export function StudyRunner({
  session,
  entries,
  onChange,
  askConfidence = false,
  end,
}: {
  session: StudySession;
  /** Questions by id (the current banks). */
  entries: ReadonlyMap<string, PoolEntry>;
  onChange: (next: StudySession | null) => void;
  askConfidence?: boolean;
  end?: RunnerEnd;
}) {
  const topRef = useRef<HTMLDivElement>(null);
  const turn = session.turn;
  const step = turn ? `${turn.questionId}:${session.results.length - (turn.checked ? 1 : 0)}` : undefined;
  useQuestionScroll(topRef, step);

  if (!turn) return <StudySummary session={session} entries={entries} onChange={onChange} end={end} />;
  const entry = entries.get(turn.questionId);
  return (
    <div ref={topRef} tabIndex={-1} className="outline-none" data-testid="study-question">
      {entry ? (
        <StudyTurn key={step} session={session} entry={entry} onChange={onChange} askConfidence={askConfidence} />
      ) : (
        <Notice tone="warning" title="This question is no longer available">
          <p>Its bank was removed. Skip it to go on with the session.</p>
          <Button
            className="mt-3"
            onClick={() => onChange(nextTurn({ ...session, turn: { ...turn, checked: { selected: [], correct: false } } }, {}, new Date()))}
          >
            Skip it
          </Button>
        </Notice>
      )}
    </div>
  );
}

function StudyTurn({
  session,
  entry,
  onChange,
  askConfidence,
}: {
  session: StudySession;
  entry: PoolEntry;
  onChange: (next: StudySession) => void;
  askConfidence: boolean;
}) {
  const record = useQuizProgress((s) => s.recordAnswers);
  const toggleFlag = useQuizProgress((s) => s.toggleFlag);
  const flagged = useQuizProgress((s) => !!s.data?.flags[entry.question.id]);
  const cards = useQuizProgress((s) => s.data?.cards);
  const card = cards?.[entry.question.id];
  const turn = session.turn!;
  const checked = turn.checked;
  const [selected, setSelected] = useState<number[]>(checked?.selected ?? []);
  const [confidence, setConfidence] = useState<Confidence>('normal');
  const question = entry.question;
  const position = sessionPosition(session);
  // Whether "next" ends the session: nothing planned is left and no step is due by now.
  const last = !!checked && !nextTurn(session, cards ?? {}, new Date()).turn;

  const submit = () => {
    if (checked || selected.length === 0) return;
    const correct = isCorrect(question, selected);
    record([{ questionId: question.id, selected, correct, mode: session.mode, confidence: askConfidence ? confidence : undefined }]);
    // The card as the answer left it decides whether the question waits in a same-day step.
    const after = useQuizProgress.getState().data?.cards[question.id];
    onChange(checkAnswer(session, { selected, correct }, after));
  };
  const next = () => onChange(nextTurn(session, useQuizProgress.getState().data?.cards ?? {}, new Date()));
  const answered = session.results.filter((r) => !r.again);
  const right = answered.filter((r) => r.correct).length;

  return (
    <>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {answered.length > 0 ? (
          `${right} of ${answered.length} right so far.`
        ) : question.type === 'choice' ? (
          // Number and letter keys answer choice items only; the card says how to answer the others.
          <span className="pointer-coarse:hidden">Answer with the number or letter keys, then Enter.</span>
        ) : null}
      </p>
      <QuestionCard
        question={question}
        position={position}
        seed={turnSeed(session)}
        meta={
          <>
            {turn.again && <Badge>Second look</Badge>}
            <QuestionMeta entry={entry} />
          </>
        }
        selected={selected}
        onSelect={setSelected}
        revealed={!!checked}
        correct={checked?.correct}
        onSubmit={submit}
        onNext={next}
        nextLabel={last ? 'Finish' : 'Next question'}
        actions={
          <>
            {checked && card && (
              <span className="order-last w-full text-sm text-slate-700 dark:text-slate-300">
                Spaced repetition: this question comes back for review {describeNextReview(card.due, new Date())}.
              </span>
            )}
            <Button
              size="sm"
              aria-pressed={flagged}
              onClick={() => toggleFlag(question.id)}
              className="aria-pressed:border-amber-600 aria-pressed:bg-amber-100 aria-pressed:text-amber-950 dark:aria-pressed:border-amber-300 dark:aria-pressed:bg-amber-900 dark:aria-pressed:text-amber-50"
            >
              {flagged && <span aria-hidden="true">⚑</span>}
              Flag for later
            </Button>
            {askConfidence && !checked && <ConfidencePicker value={confidence} onChange={setConfidence} />}
          </>
        }
      />
      {!last && (
        <p className="mt-3">
          <Button variant="link" className="text-sm" onClick={() => onChange(endSession(session))}>
            End this session
          </Button>
        </p>
      )}
      {checked && <StickyNext label={last ? 'Finish' : 'Next question'} onNext={next} />}
    </>
  );
}

/**
 * On a phone the feedback runs long (every option's rationale, the explanation, references): a bar
 * at the bottom of the screen keeps "Next question" within reach. The card's own button stays where
 * keyboard users expect it; this one is hidden from the accessibility tree to avoid a duplicate.
 */
function StickyNext({ label, onNext }: { label: string; onNext: () => void }) {
  return (
    <div
      aria-hidden="true"
      className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-slate-200 bg-white/95 px-4 py-2 md:hidden dark:border-slate-700 dark:bg-slate-950/95"
    >
      <Button variant="primary" tabIndex={-1} className="w-full" onClick={onNext}>
        {label}
      </Button>
    </div>
  );
}
