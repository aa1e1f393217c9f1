import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { isCorrect, scoreExam } from '@/quiz';
import type { ExamSession } from './exam-session';
import { formatClock } from './exam-session';
import { EXAM_RULES } from './exam-rules';
import type { PoolEntry } from './question-pool';
import { QuestionCard } from './question-card';
import { QuestionMeta } from './question-meta';
import { topicLabel } from './topics';
import { buttonPrimary, buttonSecondary, ScrollBox } from './ui';

type ReviewFilter = 'all' | 'wrong' | 'flagged' | 'unanswered';

/**
 * After the exam: the estimated scaled score (clearly an estimate), pass or fail against the
 * chosen exam's pass mark, a per-topic breakdown, and every question with its feedback.
 */
export function ExamResults({ session, entries, onNewExam }: { session: ExamSession; entries: PoolEntry[]; onNewExam: () => void }) {
  const questions = useMemo(() => entries.map((e) => e.question), [entries]);
  const score = useMemo(() => scoreExam(questions, session.answers, { exam: session.exam }), [questions, session]);
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const rule = EXAM_RULES.find((r) => r.code === session.exam);
  const passing = score.passMark;
  const usedMs = Date.parse(session.finishedAt!) - Date.parse(session.startedAt);

  const rows = entries.map((entry, index) => {
    const selected = session.answers[entry.question.id] ?? [];
    return { entry, index, selected, correct: isCorrect(entry.question, selected), flagged: !!session.flags[entry.question.id] };
  });
  const shown = rows.filter((r) =>
    filter === 'all' ? true : filter === 'wrong' ? !r.correct : filter === 'flagged' ? r.flagged : r.selected.length === 0,
  );
  const counts = {
    all: rows.length,
    wrong: rows.filter((r) => !r.correct).length,
    flagged: rows.filter((r) => r.flagged).length,
    unanswered: rows.filter((r) => r.selected.length === 0).length,
  };

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="score-title" className="rounded-lg border border-slate-200 p-5 dark:border-slate-700">
        <h2 id="score-title" className="text-2xl font-semibold">
          Your score
        </h2>
        {session.finishedBy === 'timeout' && (
          <p className="mt-1 font-medium text-red-800 dark:text-red-300">Time ran out: the exam was submitted automatically.</p>
        )}
        <div className="mt-3 flex flex-wrap items-end gap-x-8 gap-y-3">
          <p>
            <span className="block text-sm text-slate-700 dark:text-slate-300">Estimated scaled score</span>
            <span className="text-4xl font-bold tabular-nums">{score.scaledEstimate}</span>
            <span className="text-slate-700 dark:text-slate-300"> / 1000</span>
          </p>
          <p
            className={`rounded-md px-3 py-1 text-lg font-semibold ${
              score.passed
                ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100'
                : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100'
            }`}
          >
            {score.passed ? 'Pass' : 'Not yet a pass'} (pass mark {passing}
            {rule ? ` for ${rule.code}` : ''})
          </p>
          <p>
            <span className="block text-sm text-slate-700 dark:text-slate-300">Right answers</span>
            <span className="text-2xl font-semibold tabular-nums">
              {score.correct} of {score.total}
            </span>{' '}
            ({Math.round(score.percent)}%)
          </p>
          <p>
            <span className="block text-sm text-slate-700 dark:text-slate-300">Time used</span>
            <span className="text-2xl font-semibold tabular-nums">{formatClock(Math.max(0, usedMs))}</span> of {session.durationMinutes} min
          </p>
        </div>
        <p className="mt-3 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          This is an <strong>estimate</strong>: a straight line from 100 (nothing right) to 1000 (everything right). AWS reports a scaled
          score that equates different exam forms, and 15 of its 65 questions are unscored, so your real score can differ.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="button" className={buttonPrimary} onClick={onNewExam}>
            Start a new exam
          </button>
          {counts.wrong > 0 && (
            <Link to="/quiz/drill" className={buttonSecondary}>
              Drill the {counts.wrong} you missed
            </Link>
          )}
          <Link to="/progress" className={buttonSecondary}>
            Exam history and progress
          </Link>
        </div>
      </section>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title" className="text-xl font-semibold">
          By topic
        </h2>
        <ScrollBox label="Score by topic table">
          <table className="w-full min-w-[20rem] border-collapse text-left">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-2 pr-4">
                  Topic
                </th>
                <th scope="col" className="py-2 pr-4">
                  Right
                </th>
                <th scope="col" className="py-2">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(score.byTopic)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([topic, t]) => {
                  const share = t.total ? Math.round((t.correct / t.total) * 100) : 0;
                  return (
                    <tr key={topic} className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        {topicLabel(topic || undefined)}
                      </th>
                      <td className="py-2 pr-4 tabular-nums">
                        {t.correct} / {t.total}
                      </td>
                      <td className="py-2">
                        <span className="flex items-center gap-2">
                          <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
                            <span className="block h-full bg-blue-800 dark:bg-sky-300" style={{ width: `${share}%` }} />
                          </span>
                          <span className="tabular-nums">{share}%</span>
                        </span>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <section aria-labelledby="review-title">
        <h2 id="review-title" className="text-xl font-semibold">
          Review every answer
        </h2>
        <fieldset className="mt-3 flex flex-wrap gap-2">
          <legend className="sr-only">Show</legend>
          {(['all', 'wrong', 'flagged', 'unanswered'] as const).map((f) => (
            <label
              key={f}
              className="cursor-pointer rounded border border-slate-400 px-3 py-1 text-sm has-checked:border-blue-800 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-blue-700 dark:border-slate-500 dark:has-checked:border-amber-300 dark:has-checked:bg-amber-300 dark:has-checked:text-slate-950"
            >
              <input type="radio" name="review-filter" className="sr-only" checked={filter === f} onChange={() => setFilter(f)} />
              {f === 'all' ? 'All' : f === 'wrong' ? 'Wrong' : f === 'flagged' ? 'Flagged' : 'Unanswered'} ({counts[f]})
            </label>
          ))}
        </fieldset>
        <ol className="mt-4 flex flex-col gap-4">
          {shown.map((r) => (
            <li key={r.entry.question.id}>
              <QuestionCard
                question={r.entry.question}
                position={{ index: r.index, total: rows.length }}
                seed={session.id}
                headingLevel={3}
                meta={
                  <>
                    {r.flagged && <span className="font-semibold">⚑ flagged</span>}
                    <QuestionMeta entry={r.entry} />
                  </>
                }
                selected={r.selected}
                onSelect={() => {}}
                revealed
                correct={r.correct}
                keysEnabled={false}
              />
            </li>
          ))}
          {shown.length === 0 && <li>No questions in this group.</li>}
        </ol>
      </section>
    </div>
  );
}
