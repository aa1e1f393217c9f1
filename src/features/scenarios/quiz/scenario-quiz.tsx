import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { Markdown } from '@/features/quiz/markdown';
import { scenarioInfo } from '@/scenarios/catalog';
import { loadScenarioQuestions, type ScenarioQuestion } from './scenario-questions';

function sameSet(a: readonly number[], b: readonly number[]) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** One question answered in place: pick, check, then see which options were right and why. */
function InlineQuestion({ entry, index }: { entry: ScenarioQuestion; index: number }) {
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
                  onChange={(e) =>
                    setSelected((s) => (multiple ? (e.target.checked ? [...s, i] : s.filter((x) => x !== i)) : [i]))
                  }
                  className="mt-1"
                />
                <span className="min-w-0">
                  <Markdown source={o.text} inline />
                  {checked && (
                    <span className={`ml-2 text-sm font-semibold ${o.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-700 dark:text-slate-300'}`}>
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
        <button type="button" className="scn-button mt-3" disabled={selected.length === 0} onClick={() => setChecked(true)}>
          Check answer
        </button>
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

/**
 * Two or three questions from the banks on what the scenario showed. When the banks have none for
 * this scenario (or fail to load), it says so and links to the quiz instead.
 */
export function ScenarioQuiz({ scenarioId, atEnd }: { scenarioId: string; atEnd: boolean }) {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; questions: ScenarioQuestion[] } | { status: 'failed' }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadScenarioQuestions(scenarioId, 3, scenarioInfo(scenarioId)?.quizTopic)
      .then((questions) => live && setState({ status: 'ready', questions }))
      .catch(() => live && setState({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [scenarioId]);

  const topic = scenarioInfo(scenarioId)?.quizTopic ?? (state.status === 'ready' ? state.questions[0]?.question.topic : undefined);
  return (
    <section aria-labelledby="scn-quiz-h" className={`mt-8 rounded-lg border-2 p-4 ${atEnd ? 'border-blue-700 dark:border-sky-300' : 'border-slate-300 dark:border-slate-700'}`}>
      <h2 id="scn-quiz-h" className="text-xl font-semibold">
        Check what you saw
      </h2>
      {state.status === 'loading' && <p className="mt-2">Loading questions…</p>}
      {state.status === 'failed' && <p className="mt-2">The question banks could not be loaded. The quiz has every question.</p>}
      {state.status === 'ready' && state.questions.length === 0 && (
        <p className="mt-2">No questions in the banks are linked to this scenario yet. The quiz has questions on every topic.</p>
      )}
      {state.status === 'ready' && state.questions.length > 0 && (
        <ol className="mt-3 space-y-3">
          {state.questions.map((q, i) => (
            <InlineQuestion key={q.question.id} entry={q} index={i} />
          ))}
        </ol>
      )}
      <p className="mt-3">
        {topic ? (
          <Link to="/quiz/practice" search={{ topic }}>
            Practise more questions on this topic
          </Link>
        ) : (
          <Link to="/quiz">Go to the quiz</Link>
        )}
      </p>
    </section>
  );
}
