import { useId, useMemo } from 'react';
import { parsePolicyDocument } from '@/kms/access';
import { jsonSyntaxProblem } from './json-problems';

/**
 * A key policy's JSON in a line-numbered editor: a syntax error marks its line; the simulator's own
 * policy checker runs as the learner types, so structural problems and warnings show before saving.
 */
export function PolicyEditor({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const id = useId();
  const problem = jsonSyntaxProblem(text);
  const check = useMemo(() => (!problem ? parsePolicyDocument(text, 'key') : undefined), [text, problem]);
  const lines = text.split('\n');
  return (
    <>
      <label htmlFor={`${id}-policy`} className="font-semibold">
        Policy document (JSON)
      </label>
      <div className="flex overflow-hidden rounded border border-slate-300 dark:border-slate-600">
        <pre
          aria-hidden="true"
          className="bg-slate-100 px-2 py-2 text-right font-mono text-xs leading-5 text-slate-600 select-none dark:bg-slate-800 dark:text-slate-300"
        >
          {lines.map((_, i) => (
            <span
              key={i}
              className={problem?.line === i + 1 ? 'block bg-red-200 font-bold text-red-900 dark:bg-red-800 dark:text-red-50' : 'block'}
            >
              {i + 1}
            </span>
          ))}
        </pre>
        <textarea
          id={`${id}-policy`}
          value={text}
          rows={Math.min(30, Math.max(10, lines.length))}
          spellCheck={false}
          wrap="off"
          aria-invalid={!!problem}
          aria-describedby={`${id}-status`}
          onChange={(e) => onChange(e.target.value)}
          className="w-full resize-y bg-white px-2 py-2 font-mono text-xs leading-5 dark:bg-slate-950"
        />
      </div>
      <p
        id={`${id}-status`}
        role={problem ? 'alert' : undefined}
        className={problem ? 'text-red-800 dark:text-red-300' : 'text-sm text-slate-600 dark:text-slate-400'}
      >
        {problem ? `Line ${problem.line}, column ${problem.column}: ${problem.message}.` : 'Valid JSON. KMS checks the rest when you save.'}
      </p>
      {check && !check.ok && (
        <p className="text-sm text-red-800 dark:text-red-300">
          KMS will reject this: {check.problem.name}: {check.problem.message}
        </p>
      )}
      {check?.ok && check.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
          {check.warnings.map((w) => (
            <li key={w}>Warning: {w}</li>
          ))}
        </ul>
      )}
    </>
  );
}
