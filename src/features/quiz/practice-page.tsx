import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { filterPool, ITEM_KINDS, shuffled, type QuestionFilter } from './question-pool';
import { FilterForm } from './filter-form';
import { QuestionRunner } from './question-runner';
import { useQuizData } from './use-quiz-data';
import { StorageNotice } from './storage-notice';
import { EmptyBankNotice } from './empty-bank-notice';
import { Loading } from './ui';

/** Practice: questions filtered by topic, tag, exam or bank, in random order, with instant feedback. */
export function PracticePage() {
  const filter = useSearch({ from: '/quiz/practice' });
  const navigate = useNavigate();
  const { ready, pool, progress } = useQuizData();
  // A new shuffle per filter and per "start again".
  const [round, setRound] = useState(0);
  // Flags as they were when this round started: unflagging a question mid-session must not reshuffle it.
  const filterKey = JSON.stringify(filter);
  const [flagSnapshot, setFlagSnapshot] = useState<{ key: string; flags: Readonly<Record<string, true>> } | null>(null);
  const roundKey = `${filterKey}-${round}`;
  if (progress && (!flagSnapshot || flagSnapshot.key !== roundKey)) setFlagSnapshot({ key: roundKey, flags: progress.flags });
  const flags = flagSnapshot?.flags;
  const matching = useMemo(() => filterPool(pool, filter, flags), [pool, filter, flags]);
  const flaggedCount = progress ? pool.filter((e) => progress.flags[e.question.id]).length : 0;
  const queue = useMemo(() => shuffled(matching), [matching, round]); // eslint-disable-line react-hooks/exhaustive-deps
  const setFilter = (next: QuestionFilter) => void navigate({ to: '/quiz/practice', search: next, replace: true });

  return (
    <div>
      <PageHeading
        title="Practice"
        lead="Instant feedback on every answer: what is right, why the other options are wrong, and where AWS documents it."
      />
      <StorageNotice />
      {!ready ? (
        <Loading>Loading questions…</Loading>
      ) : pool.length === 0 ? (
        <EmptyBankNotice />
      ) : (
        <div className="flex flex-col gap-6">
          <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <summary className="cursor-pointer font-medium">
              Questions: {describeFilter(filter, pool)} ({matching.length})
            </summary>
            <div className="mt-3">
              <FilterForm pool={pool} filter={filter} onChange={setFilter} matching={matching.length} flaggedCount={flaggedCount} />
            </div>
          </details>
          {queue.length === 0 ? (
            <EmptyBankNotice filtered />
          ) : (
            <QuestionRunner
              key={`${JSON.stringify(filter)}-${round}`}
              entries={queue}
              mode="practice"
              onRestart={() => setRound((r) => r + 1)}
            />
          )}
        </div>
      )}
    </div>
  );
}

function describeFilter(filter: QuestionFilter, pool: ReturnType<typeof useQuizData>['pool']): string {
  const parts: string[] = [];
  if (filter.topic) parts.push(`topic ${filter.topic}`);
  if (filter.exam) parts.push(filter.exam);
  if (filter.tag) parts.push(`tag ${filter.tag}`);
  if (filter.type) parts.push(ITEM_KINDS.find((k) => k.value === filter.type)?.label.toLowerCase() ?? filter.type);
  if (filter.bank) parts.push(pool.find((e) => e.bank.id === filter.bank)?.bank.title ?? 'a removed bank');
  if (filter.question) parts.push(`question ${filter.question}`);
  if (filter.flagged) parts.push('flagged only');
  return parts.length ? parts.join(', ') : 'all banks';
}
