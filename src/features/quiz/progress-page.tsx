import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { LabsProgress } from '@/features/labs';
import { useQuizData } from './use-quiz-data';
import { useDueAndMistakes } from './use-due-and-mistakes';
import { StorageNotice } from './storage-notice';
import { accuracyByDay, masteryByTopic, streakDays, totals } from './progress-stats';
import { AccuracyChart } from './accuracy-chart';
import { MasteryTable } from './mastery-table';
import { ExamHistory } from './exam-history';
import { ProgressTransfer } from './progress-transfer';
import { topicLabel } from '@/lib/topics';
import { Loading } from './loading';

/** Progress: streak, reviews due, mastery per topic, accuracy over time, exam history, labs done per topic, export/import. */
export function ProgressPage() {
  const { ready, pool, progress } = useQuizData();
  const { dueToday, mistakeIds } = useDueAndMistakes();
  const now = useMemo(() => new Date(), []);
  const stats = useMemo(() => progress?.stats ?? {}, [progress]);
  const byDay = useMemo(() => progress?.days ?? {}, [progress]);
  const mastery = useMemo(
    () =>
      masteryByTopic(
        pool.map((e) => e.question),
        stats,
      ).sort((a, b) => topicLabel(a.topic || undefined).localeCompare(topicLabel(b.topic || undefined))),
    [pool, stats],
  );
  const days = useMemo(() => accuracyByDay(byDay, now, 30), [byDay, now]);
  const streak = useMemo(() => streakDays(byDay, now), [byDay, now]);
  const { answered, correct: right } = useMemo(() => totals(stats), [stats]);

  return (
    <div>
      <PageHeading
        title="Progress"
        lead="Everything here is stored in this browser only. Export it to keep a copy or move it to another browser."
      />
      <StorageNotice />
      {!ready || !progress ? (
        <Loading>Loading your progress…</Loading>
      ) : (
        <div className="flex flex-col gap-8">
          <section aria-labelledby="summary-title">
            <h2 id="summary-title" className="sr-only">
              Summary
            </h2>
            <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
              <Stat label="Study streak" value={`${streak} day${streak === 1 ? '' : 's'}`} />
              <Stat
                label="Answers given"
                value={String(answered)}
                extra={answered ? `${Math.round((right / answered) * 100)}% right` : undefined}
              />
              <Stat label="Reviews due today" value={String(dueToday)} extra={<Link to="/quiz/review">Review</Link>} />
              <Stat label="Mistakes to drill" value={String(mistakeIds.length)} extra={<Link to="/quiz/drill">Drill</Link>} />
            </dl>
          </section>
          <section aria-labelledby="mastery-title">
            <h2 id="mastery-title" className="text-xl font-semibold">
              Mastery by topic
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Mastered: the last answer to the question was right.</p>
            <MasteryTable rows={mastery} />
          </section>
          <section aria-labelledby="accuracy-title">
            <h2 id="accuracy-title" className="text-xl font-semibold">
              Accuracy over the last 30 days
            </h2>
            <AccuracyChart days={days} />
          </section>
          <section aria-labelledby="exams-title">
            <h2 id="exams-title" className="text-xl font-semibold">
              Exam history
            </h2>
            <ExamHistory />
          </section>
          <LabsProgress refresh={progress} />
          <section aria-labelledby="transfer-title">
            <h2 id="transfer-title" className="text-xl font-semibold">
              Export and import
            </h2>
            <ProgressTransfer />
          </section>
        </div>
      )}
    </div>
  );
}

function Stat({ label, value, extra }: { label: string; value: string; extra?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
      {extra && <dd className="text-sm">{extra}</dd>}
    </div>
  );
}
