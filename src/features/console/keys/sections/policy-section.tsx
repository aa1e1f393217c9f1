import { GetKeyPolicyCommand, type KeyMetadata } from '@aws-sdk/client-kms';
import { useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui';
import { parsePolicyDocument } from '@/kms/access';
import { useConsoleData, useLab } from '../../use-lab';
import { jsonSyntaxProblem } from './json-problems';
import { ReadProblem, Section } from './section';

/** The key policy in a JSON editor: syntax errors point at the line; KMS's own validation errors show on save. */
export function PolicySection({ meta }: { meta: KeyMetadata }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const id = useId();
  const current = useConsoleData(['GetKeyPolicy', keyId], (client) =>
    client.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })).then((out) => out.Policy ?? ''),
  );
  const loaded = current.status === 'ok' ? current.data : undefined;
  const [text, setText] = useState<string>();
  // A policy read from KMS (first load, or after a save) replaces what is in the editor.
  const [shown, setShown] = useState<string>();
  if (loaded !== undefined && loaded !== shown) {
    setShown(loaded);
    setText(pretty(loaded));
  }
  const problem = text !== undefined ? jsonSyntaxProblem(text) : undefined;
  // The simulator's own policy checker, run as the learner types: structural problems (a statement
  // without Effect, an unknown condition operator) and warnings show before saving.
  const check = useMemo(() => (text !== undefined && !problem ? parsePolicyDocument(text, 'key') : undefined), [text, problem]);
  const lines = (text ?? '').split('\n');
  return (
    <Section
      id="policy-title"
      title="Key policy"
      intro={
        <p>
          Every key has exactly one key policy, named <code>default</code>. The default policy’s first statement trusts the account, which
          is what lets IAM policies grant access to this key. Remove it, and IAM policies stop working for this key. KMS refuses a policy
          that would lock everyone out (the lockout safety check).
        </p>
      }
    >
      {current.status === 'error' && <ReadProblem what="The key policy" error={current.error} />}
      {text !== undefined && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem) void call('PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: text });
          }}
          className="space-y-2"
        >
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
              onChange={(e) => setText(e.target.value)}
              className="w-full resize-y bg-white px-2 py-2 font-mono text-xs leading-5 dark:bg-slate-950"
            />
          </div>
          <p
            id={`${id}-status`}
            role={problem ? 'alert' : undefined}
            className={problem ? 'text-red-800 dark:text-red-300' : 'text-sm text-slate-600 dark:text-slate-400'}
          >
            {problem
              ? `Line ${problem.line}, column ${problem.column}: ${problem.message}.`
              : 'Valid JSON. KMS checks the rest when you save.'}
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
          <div className="flex gap-2">
            <Button type="submit" variant="primary" size="sm" disabled={!!problem}>
              Save key policy
            </Button>
            <Button size="sm" onClick={() => loaded !== undefined && setText(pretty(loaded))}>
              Discard changes
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}

function pretty(policy: string): string {
  try {
    return JSON.stringify(JSON.parse(policy), null, 2);
  } catch {
    return policy;
  }
}
