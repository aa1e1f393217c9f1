import { useMemo, type ReactNode } from 'react';
import { scoreExam, type ExamResult } from '@/quiz';
import type { PoolEntry } from './question-pool';
import { ScoreSummary } from './exam-results/score-summary';
import { DomainScores } from './exam-results/domain-scores';
import { TopicScores } from './exam-results/topic-scores';
import { AnswerReview } from './exam-results/answer-review';
import { ruleFor } from './exam-rules';

/**
 * A finished exam, just submitted or reopened from the history: the score (an estimate, and for
 * KMS Lab's own questions an estimate of the KMS part only), per-domain and per-topic scores, and
 * every question with its feedback.
 */
export function ExamResults({ result, pool, actions }: { result: ExamResult; pool: readonly PoolEntry[]; actions: ReactNode }) {
  const entries = useMemo(() => {
    const byId = new Map(pool.map((e) => [e.question.id, e]));
    return result.questionIds.flatMap((id, index) => {
      const entry = byId.get(id);
      return entry ? [{ entry, index }] : [];
    });
  }, [pool, result.questionIds]);
  // Results saved before the breakdowns were kept are broken down from the questions as they are now.
  const { byDomain, byTopic } = useMemo(() => {
    const now = scoreExam(
      entries.map((e) => e.entry.question),
      result.answers,
      { exam: result.exam },
    );
    return { byDomain: result.byDomain ?? now.byDomain, byTopic: Object.keys(result.byTopic).length ? result.byTopic : now.byTopic };
  }, [result, entries]);
  const flagged = useMemo(() => new Set(result.flagged ?? []), [result.flagged]);
  const missing = result.questionIds.length - entries.length;
  return (
    <div className="flex flex-col gap-8">
      <ScoreSummary result={result} actions={actions} />
      <DomainScores byDomain={byDomain} exam={ruleFor(result.exam)?.code} />
      <TopicScores byTopic={byTopic} />
      {missing > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          {missing} question{missing === 1 ? ' is' : 's are'} no longer in your banks, so {missing === 1 ? 'it is' : 'they are'} not shown
          below.
        </p>
      )}
      <AnswerReview
        entries={entries}
        answers={result.answers}
        flagged={flagged}
        total={result.questionIds.length}
        seed={result.displaySeed}
      />
    </div>
  );
}
