import type { MatchingQuestion } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { Heading, type HeadingLevel } from './heading';
import { Verdict } from './choice-options';

/**
 * After answering a matching item: for every prompt, the learner's response beside the right one and
 * why they belong together; then the distractors and why no prompt takes them.
 */
export function MatchingReview({
  question,
  answer,
  level,
}: {
  question: MatchingQuestion;
  answer: readonly number[];
  level: HeadingLevel;
}) {
  const used = new Set(question.prompts.map((p) => p.response));
  const distractors = question.responses.flatMap((r, i) => (used.has(i) ? [] : [{ ...r, index: i }]));
  return (
    <div className="flex flex-col gap-4">
      <div>
        <Heading level={level} className="font-semibold">
          Your pairs and the right ones
        </Heading>
        <ul className="mt-2 flex flex-col gap-3">
          {question.prompts.map((prompt, i) => {
            const chosen = answer[i] ?? -1;
            const ok = chosen === prompt.response;
            return (
              <li key={i} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                <Markdown source={prompt.text} inline className="md-inline font-semibold" />
                <p className="mt-1">
                  <span className="font-medium">You chose: </span>
                  {chosen >= 0 ? <Markdown source={question.responses[chosen]?.text ?? ''} inline className="md-inline" /> : 'nothing'}
                  <Verdict ok={ok}>{ok ? 'Right' : 'Wrong'}</Verdict>
                </p>
                {!ok && (
                  <p className="mt-1">
                    <span className="font-medium">Right response: </span>
                    <Markdown source={question.responses[prompt.response]!.text} inline className="md-inline" />
                  </p>
                )}
                {prompt.rationale && <Markdown source={prompt.rationale} className="mt-1 text-sm text-slate-700 dark:text-slate-300" />}
              </li>
            );
          })}
        </ul>
      </div>
      {distractors.length > 0 && (
        <div>
          <Heading level={level} className="font-semibold">
            Responses that match no prompt
          </Heading>
          <ul className="mt-2 flex flex-col gap-2">
            {distractors.map((d) => (
              <li key={d.index}>
                <Markdown source={d.text} inline className="md-inline" />
                {d.rationale && <Markdown source={d.rationale} className="mt-1 text-sm text-slate-700 dark:text-slate-300" />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
