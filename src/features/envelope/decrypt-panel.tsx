import type { Dispatch } from 'react';
import { Button, Notice } from '@/components/ui';
import { ContextEditor } from './context-editor';
import type { EnvelopeAction, EnvelopeForm } from './envelope-form';
import { FileDrop } from './file-drop';
import { formatBytes } from './format-bytes';
import { HeaderSummary } from './header-summary';
import { OutputChoice } from './output-choice';
import { Panel } from './panel';

/** The Decrypt section: the .kmslab file (and what its header says), the context to send, the output. */
export function DecryptPanel({
  form,
  dispatch,
  running,
  onDecrypt,
}: {
  form: EnvelopeForm;
  dispatch: Dispatch<EnvelopeAction>;
  running: boolean;
  onDecrypt: () => void;
}) {
  const { sealed, sealedInfo } = form;
  return (
    <Panel title="Decrypt">
      <div className="mt-3 space-y-5">
        <FileDrop
          label=".kmslab file to decrypt"
          hint="Pick or drop a file this page encrypted."
          accept=".kmslab,application/octet-stream"
          file={sealed?.blob instanceof File ? sealed.blob : null}
          onFile={(f) => dispatch({ type: 'sealed', sealed: f ? { blob: f, name: f.name } : null })}
        />
        {sealed && !(sealed.blob instanceof File) && (
          <p className="text-sm">
            Using the file you just encrypted: <strong>{sealed.name}</strong> ({formatBytes(sealed.blob.size)})
          </p>
        )}
        {sealedInfo && 'error' in sealedInfo && (
          <Notice tone="error" compact>
            {sealedInfo.error}
          </Notice>
        )}
        {sealedInfo && 'header' in sealedInfo && <HeaderSummary header={sealedInfo.header} length={sealedInfo.length} />}
        <ContextEditor
          legend="Encryption context sent to Decrypt"
          hint="Prefilled from the file's header. Change a value to see KMS refuse a context that does not match."
          rows={form.decRows}
          onChange={(rows) => dispatch({ type: 'dec-rows', rows })}
        />
        <OutputChoice value={form.decOutput} onChange={(output) => dispatch({ type: 'dec-output', output })} />
        {form.decProblem && (
          <Notice tone="error" compact>
            {form.decProblem}
          </Notice>
        )}
        <Button variant="primary" aria-disabled={running} onClick={onDecrypt}>
          Decrypt
        </Button>
      </div>
    </Panel>
  );
}
