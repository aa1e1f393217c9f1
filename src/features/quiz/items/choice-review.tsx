import type { ChoiceQuestion } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { Heading, type HeadingLevel } from './heading';
import { letterAt } from './display';

/** After answering a choice item: why each option is right or wrong, in the attempt's display order. */
export function ChoiceReview({ question, order, level }: { question: ChoiceQuestion; order: readonly number[]; level: HeadingLevel }) {
  const withRationale = order.flatMap((written, position) => {
    const o = question.options[written]!;
    return o.rationale ? [{ ...o, position, rationale: o.rationale }] : [];
  });
  if (withRationale.length === 0) return null;
  return (
    <div>
      <Heading level={level} className="font-semibold">
        Why each option is right or wrong
      </Heading>
      <ul className="mt-2 flex flex-col gap-2">
        {withRationale.map((o) => (
          <li key={o.position} className="flex gap-2">
            <span
              className={`shrink-0 font-semibold ${o.correct ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
            >
              {letterAt(o.position)} {o.correct ? '(right)' : '(wrong)'}:
            </span>
            <Markdown source={o.rationale} className="min-w-0" />
          </li>
        ))}
      </ul>
    </div>
  );
}
