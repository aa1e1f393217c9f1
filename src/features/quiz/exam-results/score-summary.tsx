import type { ReactNode } from 'react';
import type { ExamResult } from '@/quiz';
import { formatClock } from '../exam-session';
import { ruleFor } from '../exam-rules';

/**
 * The score box. Honest about what the number is: a straight-line estimate, and, when every question
 * came from KMS Lab's banks, an estimate for the KMS questions of the exam only. It never says "pass"
 * or "fail": a pass mark applies to a whole real exam, which these questions are not.
 */
export function ScoreSummary({ result, actions }: { result: ExamResult; actions: ReactNode }) {
  const rule = ruleFor(result.exam);
  const kmsOnly = result.kmsOnly === true;
  const usedMs = result.startedAt ? Date.parse(result.finishedAt) - Date.parse(result.startedAt) : undefined;
  const title = kmsOnly ? (rule ? `Your score on the KMS part of ${rule.code}` : 'Your score on KMS questions') : 'Your score';
  return (
    <section aria-labelledby="score-title" className="rounded-lg border border-slate-200 p-4 sm:p-5 dark:border-slate-700">
      <h2 id="score-title" className="text-2xl font-semibold">
        {title}
      </h2>
      {result.finishedBy === 'timeout' && (
        <p className="mt-1 font-medium text-red-800 dark:text-red-300">Time ran out: the exam was submitted automatically.</p>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-x-8 gap-y-3">
        <p>
          <span className="block text-sm text-slate-700 dark:text-slate-300">
            {kmsOnly ? 'Estimated scaled score, KMS questions only' : 'Estimated scaled score'}
          </span>
          <span className="text-4xl font-bold tabular-nums">{result.scaledEstimate}</span>
          <span className="text-slate-700 dark:text-slate-300"> / 1000</span>
        </p>
        <p>
          <span className="block text-sm text-slate-700 dark:text-slate-300">Right answers</span>
          <span className="text-2xl font-semibold tabular-nums">
            {result.correct} of {result.total}
          </span>{' '}
          ({Math.round(result.percent)}%)
        </p>
        {usedMs !== undefined && (
          <p>
            <span className="block text-sm text-slate-700 dark:text-slate-300">Time used</span>
            <span className="text-2xl font-semibold tabular-nums">{formatClock(Math.max(0, usedMs))}</span>
            {result.minutes !== undefined && ` of ${result.minutes} min`}
          </p>
        )}
      </div>
      <p className="mt-3 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        {kmsOnly ? (
          <>
            This <strong>estimate covers KMS questions only</strong>.{' '}
            {rule
              ? `The real ${rule.code} covers every domain of its exam guide and many services besides KMS, and its pass mark (${rule.passMark}) applies to the whole exam, so this is not a pass or a fail. `
              : 'A real AWS exam covers many services besides KMS, so this is not a pass or a fail. '}
          </>
        ) : (
          <>
            This is an <strong>estimate</strong>
            {rule ? `, not a pass or a fail: ${rule.code}'s pass mark is ${rule.passMark} on AWS's own scale. ` : '. '}
          </>
        )}
        It is a straight line from 100 (nothing right) to 1000 (everything right); AWS scales scores to equate exam forms, and 15 of a real
        exam's 65 questions are unscored.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">{actions}</div>
    </section>
  );
}
