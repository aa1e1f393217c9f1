import { attemptSeed, type Question, type StudySession } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import type { PoolEntry } from './question-pool';
import { QuestionCard } from './question-card';
import { QuestionMeta } from './question-meta';

/** The options' texts for a choice answer; undefined for ordering and matching items (the full review shows those). */
function optionTexts(question: Question, indexes: readonly number[]): string[] | undefined {
  if (question.type !== 'choice') return undefined;
  return indexes.flatMap((i) => (question.options[i] ? [question.options[i].text] : []));
}

function correctTexts(question: Question): string[] | undefined {
  return question.type === 'choice' ? question.options.filter((o) => o.correct).map((o) => o.text) : undefined;
}

/**
 * Every question the session got wrong: the stem, what the learner chose and what is right (by
 * text, since options may have been shown in another order), the explanation, and the whole
 * question with its feedback on request.
 */
export function MissList({
  ids,
  session,
  entries,
}: {
  ids: readonly string[];
  session: StudySession;
  entries: ReadonlyMap<string, PoolEntry>;
}) {
  return (
    <div className="mt-6">
      <h3 className="text-xl font-semibold">What you missed ({ids.length})</h3>
      <ol className="mt-3 flex flex-col gap-4">
        {ids.map((id) => {
          const entry = entries.get(id)!;
          const q = entry.question;
          // The first wrong answer: what the learner believed before any feedback.
          const wrongIndex = session.results.findIndex((r) => r.questionId === id && !r.correct);
          const wrong = session.results[wrongIndex]!;
          const chosen = optionTexts(q, wrong.selected);
          const right = correctTexts(q);
          return (
            <li key={id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <div className="font-medium">
                <Markdown source={q.stem} />
              </div>
              {chosen && right && (
                <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                  <dt className="font-semibold text-red-800 dark:text-red-300">You chose</dt>
                  <dd>{chosen.length ? <TextList items={chosen} /> : 'nothing'}</dd>
                  <dt className="font-semibold text-green-800 dark:text-green-300">Right answer</dt>
                  <dd>
                    <TextList items={right} />
                  </dd>
                </dl>
              )}
              {q.explanation && (
                <div className="mt-2">
                  <p className="font-semibold">Explanation</p>
                  <Markdown source={q.explanation} />
                </div>
              )}
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold">The question with every option's feedback</summary>
                <div className="mt-2">
                  <QuestionCard
                    question={q}
                    position={{ index: Math.max(0, session.planned.indexOf(id)), total: session.planned.length }}
                    seed={attemptSeed(session, wrongIndex)}
                    headingLevel={4}
                    meta={<QuestionMeta entry={entry} />}
                    selected={wrong.selected}
                    onSelect={() => {}}
                    revealed
                    correct={false}
                    keysEnabled={false}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function TextList({ items }: { items: readonly string[] }) {
  if (items.length === 1) return <Markdown source={items[0]!} inline className="md-inline" />;
  return (
    <ul className="list-disc pl-5">
      {items.map((t, i) => (
        <li key={i}>
          <Markdown source={t} inline className="md-inline" />
        </li>
      ))}
    </ul>
  );
}
