import { displayOrder, type DisplayOrder, type Question } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { Heading, type HeadingLevel } from './items/heading';
import { ChoiceReview } from './items/choice-review';
import { OrderingReview } from './items/ordering-review';
import { MatchingReview } from './items/matching-review';
import { verdict } from './items/item-text';

/**
 * What a learner sees after answering: right or wrong; for a choice item why each option is right or
 * wrong, for an ordering or matching item the learner's order or pairs beside the right ones with
 * their rationales; then the explanation, references, and the scenario that shows the idea.
 */
export function QuestionFeedback({
  question,
  selected,
  correct,
  order = displayOrder(question),
  level = 3,
  label = 'Answer feedback',
}: {
  question: Question;
  /** The region's name; unique per card where several are revealed at once (the exam review). */
  label?: string;
  /** Level of the feedback's headings: one below the card's. */
  level?: HeadingLevel;
  selected: number[];
  correct?: boolean;
  /** The attempt's display order, so letters match what the learner saw. */
  order?: DisplayOrder;
}) {
  return (
    <section aria-label={label} className="mt-5 flex flex-col gap-4 border-t border-slate-200 pt-4 dark:border-slate-700">
      {correct !== undefined && (
        <p
          className={`rounded-md px-3 py-2 font-semibold ${
            correct
              ? 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100'
              : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100'
          }`}
        >
          {verdict(question, selected, correct, order)}
        </p>
      )}
      {question.type === 'ordering' ? (
        <OrderingReview question={question} answer={selected} level={level} />
      ) : question.type === 'matching' ? (
        <MatchingReview question={question} answer={selected} level={level} />
      ) : (
        <ChoiceReview
          question={question}
          order={order.type === 'choice' ? order.options : question.options.map((_, i) => i)}
          level={level}
        />
      )}
      {question.explanation && (
        <div>
          <Heading level={level} className="font-semibold">
            Explanation
          </Heading>
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
          <Heading level={level} className="font-semibold">
            References
          </Heading>
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
