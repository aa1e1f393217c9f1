import type { MatchingQuestion } from '@/quiz';
import { Markdown } from '@/components/markdown/markdown';
import { letterAt, plainText } from './display';

/**
 * Answering a matching item: the responses as a lettered list, then one native menu per prompt
 * (a `<select>` is labelled, keyboard- and screen-reader-operable and opens the platform's own
 * picker on a phone). The answer holds, for each prompt in written order, the chosen response's
 * written index or -1; it is empty while no prompt has a response.
 */
export function MatchingAnswer({
  question,
  prompts,
  responses,
  answer,
  onAnswer,
  name,
}: {
  question: MatchingQuestion;
  /** Display order of the prompts (display position to written index). */
  prompts: readonly number[];
  /** Display order of the responses. */
  responses: readonly number[];
  answer: readonly number[];
  onAnswer: (answer: number[]) => void;
  name: string;
}) {
  const n = question.prompts.length;
  const choose = (prompt: number, response: number) => {
    const next = answer.length === n ? [...answer] : Array.from({ length: n }, () => -1);
    next[prompt] = response;
    onAnswer(next.every((r) => r < 0) ? [] : next);
  };
  const listId = `${name}-responses`;

  return (
    <div className="mt-4 flex flex-col gap-4">
      <div>
        <p id={listId} className="font-semibold">
          Responses
        </p>
        <ul aria-labelledby={listId} className="mt-1 flex flex-col gap-1">
          {responses.map((written, position) => (
            <li key={written} className="flex gap-2">
              <span className="w-5 shrink-0 font-semibold">{letterAt(position)}.</span>
              <Markdown source={question.responses[written]!.text} inline className="md-inline min-w-0" />
            </li>
          ))}
        </ul>
      </div>
      <ul className="flex flex-col gap-3">
        {prompts.map((written) => {
          const id = `${name}-prompt-${written}`;
          const value = answer[written] ?? -1;
          return (
            <li
              key={written}
              className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 sm:flex-row sm:items-center dark:border-slate-600"
            >
              <label htmlFor={id} className="min-w-0 sm:flex-1">
                <Markdown source={question.prompts[written]!.text} inline className="md-inline" />
              </label>
              <select
                id={id}
                value={value}
                onChange={(e) => choose(written, Number(e.target.value))}
                className="w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-2 sm:w-72 dark:border-slate-500 dark:bg-slate-900"
              >
                <option value={-1}>Choose a response…</option>
                {responses.map((r, position) => (
                  <option key={r} value={r}>
                    {letterAt(position)}. {plainText(question.responses[r]!.text)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
