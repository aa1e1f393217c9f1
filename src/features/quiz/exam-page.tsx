import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { useQuizProgress } from './stores/quiz-progress';
import { isCorrect, scoreExam } from '@/quiz';
import type { ExamSession } from './exam-session';
import { answerRecords, startExam, submitExam } from './exam-start';
import { useExamSession } from './use-exam-session';
import { examLabel } from './exam-rules';
import { examResultFrom } from './exam-record';
import { ExamSetup, type ExamChoice } from './exam-setup';
import { ExamRunner } from './exam-runner';
import { ExamResults } from './exam-results';
import type { PoolEntry } from './question-pool';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { EmptyBankNotice } from './empty-bank-notice';
import { saveDrillSession } from './study-session-store';
import { Button, ButtonLink, Notice } from '@/components/ui';
import { Loading } from './loading';

/** Exam simulation: setup, the timed exam (resumable after a reload), then results and review. */
export function ExamPage() {
  const { ready, pool } = useQuizData();
  const { bank } = useSearch({ from: '/quiz/exam' });
  const recordExam = useQuizProgress((s) => s.recordExam);
  const updateSettings = useQuizProgress((s) => s.updateSettings);
  const settings = useQuizProgress((s) => s.data?.settings);
  const { session, update, saveFailed, entries, missing, dropped } = useExamSession(pool, ready);

  const start = (choice: ExamChoice) => {
    // Remembered for next time (a preference, so a failed save is not worth a message).
    updateSettings({ exam: choice.exam ?? '', examCount: choice.count, examMinutes: choice.minutes });
    update(startExam(pool, choice, new Date()));
  };

  const submit = useCallback(
    (by: 'learner' | 'timeout') => {
      if (!session || session.finishedAt) return;
      const { done, record } = submitExam(session, entries, by, Date.now());
      recordExam(record);
      update(done);
      window.scrollTo({ top: 0 });
    },
    [session, entries, recordExam, update],
  );

  const title =
    session && !session.finishedAt
      ? `Exam in progress${session.exam || session.kmsOnly ? `: ${examLabel(session.exam, session.kmsOnly)}` : ''}`
      : session?.finishedAt
        ? 'Exam results'
        : 'Exam simulation';

  return (
    <div>
      <PageHeading
        title={title}
        lead={
          !session
            ? 'A timed exam under AWS rules: all-or-nothing scoring, no penalty for guessing, and no feedback until you submit. Built from KMS Lab’s questions, it is the KMS part of the exam you choose.'
            : undefined
        }
      />
      <StorageNotice />
      {saveFailed && (
        <div className="mb-4">
          <Notice tone="error" title="This exam is not being saved">
            The browser refused to store it (storage full or blocked). You can finish it now, but a reload would lose your answers. Free
            space by exporting and removing old data on the Progress page.
          </Notice>
        </div>
      )}
      {!ready ? (
        <Loading>Loading questions…</Loading>
      ) : !session ? (
        pool.length === 0 ? (
          <EmptyBankNotice />
        ) : (
          <ExamSetup pool={pool} onStart={start} remembered={settings} initialBank={bank} />
        )
      ) : entries.length === 0 ? (
        <Notice tone="warning" title="This exam's questions are no longer available">
          <p>The bank they came from was removed. Start a new exam instead.</p>
          <Button className="mt-3" onClick={() => update(null)}>
            Discard it and start a new exam
          </Button>
        </Notice>
      ) : (
        <>
          {(missing > 0 || dropped > 0) && !session.finishedAt && (
            <div className="mb-4">
              <Notice tone="warning">
                {missing || dropped} question{(missing || dropped) === 1 ? ' of this exam is' : 's of this exam are'} no longer available
                (their bank was removed) and left out.
              </Notice>
            </div>
          )}
          {session.finishedAt ? (
            <FinishedExam session={session} entries={entries} pool={pool} onNewExam={() => update(null)} />
          ) : (
            <ExamRunner session={session} questions={entries.map((e) => e.question)} onChange={update} onSubmit={submit} />
          )}
        </>
      )}
    </div>
  );
}

/** The results of the exam just submitted (the same view the history reopens). */
function FinishedExam({
  session,
  entries,
  pool,
  onNewExam,
}: {
  session: ExamSession;
  entries: readonly PoolEntry[];
  pool: readonly PoolEntry[];
  onNewExam: () => void;
}) {
  const result = useMemo(() => {
    const questions = entries.map((e) => e.question);
    return examResultFrom({
      session,
      score: scoreExam(questions, session.answers, { exam: session.exam }),
      answers: answerRecords(questions, session.answers),
    });
  }, [session, entries]);
  const navigate = useNavigate();
  const wrong = entries.filter((e) => !isCorrect(e.question, session.answers[e.question.id] ?? [])).map((e) => e.question.id);
  return (
    <ExamResults
      result={result}
      pool={pool}
      actions={
        <>
          <Button variant="primary" onClick={onNewExam}>
            Start a new exam
          </Button>
          {wrong.length > 0 && (
            <Button
              onClick={() => {
                saveDrillSession(wrong, 'exam');
                void navigate({ to: '/quiz/drill' });
              }}
            >
              Drill the {wrong.length} you missed
            </Button>
          )}
          <ButtonLink to="/progress">Exam history and progress</ButtonLink>
        </>
      }
    />
  );
}
