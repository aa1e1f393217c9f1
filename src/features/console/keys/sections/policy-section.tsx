import { GetKeyPolicyCommand, type KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { Button } from '@/components/ui';
import { useConsoleData, useLab } from '../../use-lab';
import { jsonSyntaxProblem } from './json-problems';
import { PolicyEditor } from './policy-editor';
import { ReadProblem, Section } from './section';

/** The key policy in a JSON editor: syntax errors point at the line; KMS's own validation errors show on save. */
export function PolicySection({ meta }: { meta: KeyMetadata }) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
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
          <PolicyEditor text={text} onChange={setText} />
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
