import { useId, type Dispatch, type ReactNode } from 'react';
import { Button, Field, Notice, TextArea } from '@/components/ui';
import { ContextEditor } from './context-editor';
import type { EnvelopeAction, EnvelopeForm } from './envelope-form';
import { FileDrop } from './file-drop';
import { OutputChoice } from './output-choice';
import { hintClass, Panel } from './panel';

const CONTEXT_DOC = 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html';

/** The Encrypt section: what to encrypt, under which key, with which context, and where the result goes. */
export function EncryptPanel({
  form,
  dispatch,
  keyPicker,
  running,
  onEncrypt,
}: {
  form: EnvelopeForm;
  dispatch: Dispatch<EnvelopeAction>;
  /** The key choice (it depends on the lab context, so the page builds it). */
  keyPicker: ReactNode;
  running: boolean;
  onEncrypt: () => void;
}) {
  const id = useId();
  return (
    <Panel title="Encrypt">
      <div className="mt-3 space-y-5">
        <fieldset>
          <legend className="text-sm font-semibold">What to encrypt</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(['file', 'text'] as const).map((s) => (
              <label key={s} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-source`}
                  checked={form.source === s}
                  onChange={() => dispatch({ type: 'source', source: s })}
                />
                {s === 'file' ? 'A file' : 'Text I type'}
              </label>
            ))}
          </div>
        </fieldset>
        {form.source === 'file' ? (
          <FileDrop
            label="File to encrypt"
            hint="Pick a file or drop it here. Any size: it is read as a stream, never loaded whole."
            file={form.plainFile}
            onFile={(file) => dispatch({ type: 'plain-file', file })}
          />
        ) : (
          <Field label="Text to encrypt" compact>
            {(control) => (
              <TextArea {...control} rows={4} value={form.text} onChange={(e) => dispatch({ type: 'text', text: e.target.value })} />
            )}
          </Field>
        )}
        {keyPicker}
        <ContextEditor
          legend="Encryption context"
          hint="Non-secret key/value pairs bound to the wrapped data key: Decrypt must present exactly the same pairs. They are stored in the file header."
          rows={form.encRows}
          onChange={(rows) => dispatch({ type: 'enc-rows', rows })}
        />
        <p className={`${hintClass} -mt-3`}>
          <a className="underline" href={CONTEXT_DOC}>
            About encryption context
          </a>
        </p>
        <OutputChoice value={form.encOutput} onChange={(output) => dispatch({ type: 'enc-output', output })} />
        {form.encProblem && (
          <Notice tone="error" compact>
            {form.encProblem}
          </Notice>
        )}
        {/* aria-disabled, not disabled: a disabled button would drop keyboard focus mid-job. */}
        <Button variant="primary" aria-disabled={running} onClick={onEncrypt}>
          Encrypt
        </Button>
      </div>
    </Panel>
  );
}
