import type { Question } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { correctIndexes, lettersOf, optionLetter } from './option-letter';

/**
 * What a learner sees after answering: right or wrong, why each option is right or wrong,
 * the explanation, references, and the scenario that shows the idea in the app.
 */
export function QuestionFeedback({ question, selected, correct }: { question: Question; selected: number[]; correct?: boolean }) {
  const right = correctIndexes(question.options);
  const withRationale = question.options.map((o, i) => ({ ...o, index: i })).filter((o) => o.rationale);
  return (
    <section aria-label="Answer feedback" className="mt-5 flex flex-col gap-4 border-t border-slate-200 pt-4 dark:border-slate-700">
      {correct !== undefined && (
        <p
          className={`rounded-md px-3 py-2 font-semibold ${
            correct
              ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100'
              : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100'
          }`}
        >
          {correct ? 'Correct' : selected.length === 0 ? 'Not answered' : 'Incorrect'}: the answer is {lettersOf(right)}
          {selected.length > 0 && !correct ? `; you chose ${lettersOf(selected)}` : ''}.
        </p>
      )}
      {withRationale.length > 0 && (
        <div>
          <h3 className="font-semibold">Why each option is right or wrong</h3>
          <ul className="mt-2 flex flex-col gap-2">
            {withRationale.map((o) => (
              <li key={o.index} className="flex gap-2">
                <span
                  className={`shrink-0 font-semibold ${o.correct ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
                >
                  {optionLetter(o.index)} {o.correct ? '(right)' : '(wrong)'}:
                </span>
                <Markdown source={o.rationale!} className="min-w-0" />
              </li>
            ))}
          </ul>
        </div>
      )}
      {question.explanation && (
        <div>
          <h3 className="font-semibold">Explanation</h3>
          <Markdown source={question.explanation} className="mt-1" />
        </div>
      )}
      {question.changed && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          This rule changed in {question.changed}: older study material may say otherwise.
        </p>
      )}
      {question.references && question.references.length > 0 && (
        <div>
          <h3 className="font-semibold">References</h3>
          <ul className="mt-1 list-disc pl-6">
            {question.references.map((ref) => (
              <li key={ref} className="break-words">
                {/^https?:\/\//i.test(ref) ? (
                  <a href={ref} target="_blank" rel="noopener noreferrer">
                    {ref}
                  </a>
                ) : (
                  ref
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {question.scenario && (
        <p>
          <a href={`/scenarios/${encodeURIComponent(question.scenario)}`} target="_blank" rel="noopener">
            See it happen: the “{question.scenario.replace(/-/g, ' ')}” scenario (opens in a new tab)
          </a>
        </p>
      )}
    </section>
  );
}
