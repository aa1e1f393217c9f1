import { useId, useState } from 'react';
import { Markdown } from '@/components/markdown/markdown';
import type { ScenarioQuestion } from './scenario-questions';
import { Button } from '@/components/ui';

function sameSet(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** One question answered in place: pick, check, then see which options were right and why. */
export function InlineQuestion({ entry, index }: { entry: ScenarioQuestion; index: number }) {
  const { question } = entry;
  const [selected, setSelected] = useState<number[]>([]);
  const [checked, setChecked] = useState(false);
  const name = useId();
  const correct = question.options.flatMap((o, i) => (o.correct ? [i] : []));
  const right = sameSet(selected, correct);
  const multiple = correct.length > 1;

  return (
    <li className="rounded-lg border border-slate-300 p-4 [overflow-wrap:anywhere] dark:border-slate-600">
      <fieldset className="min-w-0">
        <legend className="font-semibold">
          <span className="sr-only">Question {index + 1}: </span>
          <Markdown source={question.stem} />
        </legend>
        {multiple && <p className="text-sm text-slate-700 dark:text-slate-300">Choose {correct.length}.</p>}
        <ul className="mt-2 space-y-1">
          {question.options.map((o, i) => (
            <li key={i}>
              <label className="flex items-start gap-2">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  checked={selected.includes(i)}
                  disabled={checked}
                  onChange={(e) => setSelected((s) => (multiple ? (e.target.checked ? [...s, i] : s.filter((x) => x !== i)) : [i]))}
                  className="mt-1"
                />
                <span className="min-w-0">
                  <Markdown source={o.text} inline />
                  {checked && (
                    <span
                      className={`ml-2 text-sm font-semibold ${o.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-700 dark:text-slate-300'}`}
                    >
                      {o.correct ? '(correct)' : selected.includes(i) ? '(not correct)' : ''}
                    </span>
                  )}
                  {checked && o.rationale && <span className="block text-sm text-slate-700 dark:text-slate-300">{o.rationale}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {!checked ? (
        <Button size="sm" className="mt-3" disabled={selected.length === 0} onClick={() => setChecked(true)}>
          Check answer
        </Button>
      ) : (
        <div className="mt-3" role="status">
          <p className={`font-semibold ${right ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300'}`}>
            {right ? 'Correct.' : 'Not quite.'}
          </p>
          {question.explanation && <Markdown source={question.explanation} className="mt-1 text-sm" />}
        </div>
      )}
    </li>
  );
}
