import { Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { useQuizProgress } from './stores/quiz-progress';
import { buildExam, isCorrect, scoreExam, type Question } from '@/quiz';
import { EXAM_SESSION_KEY, clearSession, createExamSession, finish, loadSession, saveSession, type ExamSession } from './exam-session';
import { examLabel } from './exam-rules';
import { examResultFrom } from './exam-record';
import { ExamSetup, type ExamChoice } from './exam-setup';
import { ExamRunner } from './exam-runner';
import { ExamResults } from './exam-results';
import type { PoolEntry } from './question-pool';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { EmptyBankNotice } from './empty-bank-notice';
import { browserStorage, saveDrillSession } from './study-session-store';
import { Notice, buttonPrimary, buttonSecondary, Loading } from './ui';

/** The exam's answers as progress records: one per question, unanswered ones counted wrong as on the real exam. */
function answerRecords(questions: readonly Question[], answers: ExamSession['answers']) {
  return questions.map((q) => {
    const selected = answers[q.id] ?? [];
    return { questionId: q.id, selected, correct: isCorrect(q, selected), mode: 'exam' as const };
  });
}

/** Exam simulation: setup, the timed exam (resumable after a reload), then results and review. */
export function ExamPage() {
  const { ready, pool } = useQuizData();
  const recordExam = useQuizProgress((s) => s.recordExam);
  const updateSettings = useQuizProgress((s) => s.updateSettings);
  const settings = useQuizProgress((s) => s.data?.settings);
  const storage = browserStorage();
  const [session, setSession] = useState<ExamSession | null>(() => (storage ? loadSession(storage) : null));
  const [saveFailed, setSaveFailed] = useState(false);

  // Another tab may change the same exam: follow it rather than overwrite it with stale state.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === EXAM_SESSION_KEY && storage) setSession(loadSession(storage));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const update = useCallback(
    (next: ExamSession | null) => {
      setSession(next);
      if (!storage) return setSaveFailed(true);
      if (next) setSaveFailed(!saveSession(storage, next));
      else clearSession(storage);
    },
    [storage],
  );

  const entries = useMemo(() => {
    if (!session) return [];
    const byId = new Map(pool.map((e) => [e.question.id, e]));
    return session.questionIds.flatMap((id) => byId.get(id) ?? []);
  }, [session, pool]);
  const missing = session ? session.questionIds.length - entries.length : 0;

  // Questions whose bank was removed are dropped from an unfinished exam, so the map and the
  // questions on screen keep the same numbering. The notice below says so.
  const [dropped, setDropped] = useState(0);
  useEffect(() => {
    if (!ready || !session || session.finishedAt || missing === 0 || entries.length === 0) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- remembers, for the notice, how many questions the repair below drops from the stored session
    setDropped(missing);
    const ids = entries.map((e) => e.question.id);
    update({ ...session, questionIds: ids, current: Math.min(session.current, ids.length - 1) });
  }, [ready, session, missing, entries, update]);

  const start = (choice: ExamChoice) => {
    // Remembered for next time (a preference, so a failed save is not worth a message).
    updateSettings({ exam: choice.exam ?? '', examCount: choice.count, examMinutes: choice.minutes });
    // The core samples topics in proportion to the pool, so a short exam still spreads like a real one.
    const bankOf = new Map(pool.map((e) => [e.question.id, e.bank]));
    const picked = buildExam(
      pool.map((e) => e.question),
      {
        count: choice.count,
        filter: (q) => (!choice.exam || (q.exams ?? []).includes(choice.exam)) && (!choice.bank || bankOf.get(q.id)?.id === choice.bank),
      },
    );
    update(
      createExamSession(
        picked.map((q) => q.id),
        {
          minutes: choice.minutes,
          exam: choice.exam,
          now: new Date(),
          seed: Math.random().toString(36).slice(2, 10),
          // KMS Lab's banks ask about KMS only: such an exam is the KMS part of the chosen exam.
          kmsOnly: picked.every((q) => bankOf.get(q.id)?.origin === 'built-in'),
        },
      ),
    );
  };

  const submit = useCallback(
    (by: 'learner' | 'timeout') => {
      if (!session || session.finishedAt) return;
      // After a reload past the deadline, the exam ended at the deadline, not when the tab came back.
      const deadline = Date.parse(session.startedAt) + session.durationMinutes * 60_000;
      const done = finish(session, new Date(by === 'timeout' ? Math.min(Date.now(), deadline) : Date.now()), by);
      const questions = entries.map((e) => e.question);
      recordExam({
        session: done,
        score: scoreExam(questions, done.answers, { exam: done.exam }),
        answers: answerRecords(questions, done.answers),
      });
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
          <ExamSetup pool={pool} onStart={start} remembered={settings} />
        )
      ) : entries.length === 0 ? (
        <Notice tone="warning" title="This exam's questions are no longer available">
          <p>The bank they came from was removed. Start a new exam instead.</p>
          <button type="button" className={`${buttonSecondary} mt-3`} onClick={() => update(null)}>
            Discard it and start a new exam
          </button>
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
          <button type="button" className={buttonPrimary} onClick={onNewExam}>
            Start a new exam
          </button>
          {wrong.length > 0 && (
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => {
                saveDrillSession(wrong, 'exam');
                void navigate({ to: '/quiz/drill' });
              }}
            >
              Drill the {wrong.length} you missed
            </button>
          )}
          <Link to="/progress" className={buttonSecondary}>
            Exam history and progress
          </Link>
        </>
      }
    />
  );
}
