import type { OrderingQuestion } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { Heading, type HeadingLevel } from './heading';
import { Verdict } from './choice-options';

/** After answering an ordering item: the learner's order beside the right one, with each step's rationale. */
export function OrderingReview({
  question,
  answer,
  level,
}: {
  question: OrderingQuestion;
  answer: readonly number[];
  level: HeadingLevel;
}) {
  const answered = answer.length === question.steps.length;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <Heading level={level} className="font-semibold">
          Your order
        </Heading>
        {answered ? (
          <ol className="mt-2 flex flex-col gap-2">
            {answer.map((step, position) => {
              const ok = step === position;
              return (
                <li key={position} className="flex gap-2">
                  <span className="w-6 shrink-0 font-semibold tabular-nums">{position + 1}.</span>
                  <span className="min-w-0">
                    <Markdown source={question.steps[step]?.text ?? ''} inline className="md-inline" />
                    <Verdict ok={ok}>{ok ? 'Right place' : `Belongs at ${step + 1}`}</Verdict>
                  </span>
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="mt-2">You did not put the steps in order.</p>
        )}
      </div>
      <div>
        <Heading level={level} className="font-semibold">
          Right order
        </Heading>
        <ol className="mt-2 flex flex-col gap-2">
          {question.steps.map((step, i) => (
            <li key={i} className="flex gap-2">
              <span className="w-6 shrink-0 font-semibold tabular-nums">{i + 1}.</span>
              <span className="min-w-0">
                <Markdown source={step.text} inline className="md-inline" />
                {step.rationale && <Markdown source={step.rationale} className="mt-1 text-sm text-slate-700 dark:text-slate-300" />}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
