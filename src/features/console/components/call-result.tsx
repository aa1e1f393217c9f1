import { parseCiphertextBlob } from '@/kms';
import { cliScript, toCliCommand } from '../commands/to-cli';
import { toSdkSnippet } from '../commands/to-sdk-snippet';
import type { CallRecord } from '../console-store';
import { BlobParts } from './blob-parts';
import { ByteOutput } from './byte-output';
import { CodeBlock } from './code-block';
import { ErrorCard } from './error-card';

/** Output fields that carry our own ciphertext blob format, so their parts can be labelled. */
const BLOB_FIELDS = new Set(['CiphertextBlob', 'CiphertextForPrivateKey']);

function OutputValue({ name, value }: { name: string; value: unknown }) {
  if (value instanceof Uint8Array) {
    const parsed = BLOB_FIELDS.has(name) ? safeParse(value) : undefined;
    return (
      <div className="space-y-2">
        <ByteOutput label={name} bytes={value} />
        {parsed && (
          <details className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <summary className="cursor-pointer font-semibold">What is inside this ciphertext blob</summary>
            <div className="mt-2">
              <BlobParts bytes={value} parts={parsed} />
            </div>
          </details>
        )}
      </div>
    );
  }
  const shown =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? 'undefined');
  return (
    <div className="min-w-0">
      <span className="font-semibold">{name}</span>
      <pre className="mt-1 overflow-x-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-xs whitespace-pre-wrap break-all dark:border-slate-700 dark:bg-slate-900">
        {shown}
      </pre>
    </div>
  );
}

function safeParse(bytes: Uint8Array) {
  const parsed = parseCiphertextBlob(bytes);
  return parsed.recognised ? parsed.parts : undefined;
}

/** What one call did: the result (or the error as a lesson), and the CLI and SDK commands that do the same. */
export function CallResult({ call }: { call: CallRecord }) {
  const cli = toCliCommand(call.operation, call.input, call.region);
  const sdk = toSdkSnippet(call.operation, call.input, call.region);
  return (
    <section aria-label={`Result of ${call.operation}`} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h3 className="text-lg font-semibold">
        {call.operation}{' '}
        {call.error ? (
          <span className="text-red-800 dark:text-red-300">failed</span>
        ) : (
          <span className="text-emerald-800 dark:text-emerald-300">succeeded</span>
        )}
        <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
          as {call.principalName} in {call.region}
        </span>
      </h3>
      {call.error ? (
        <ErrorCard name={call.error.name} message={call.error.message} explanation={call.error.explanation} operation={call.operation} />
      ) : (
        <div className="space-y-3">
          {Object.entries(call.output ?? {})
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => (
              <OutputValue key={k} name={k} value={v} />
            ))}
          {Object.keys(call.output ?? {}).length === 0 && <p>No output fields: the call returns only HTTP 200.</p>}
        </div>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <CodeBlock title="AWS CLI" code={cliScript(cli)} />
        <CodeBlock title="AWS SDK for JavaScript v3" code={sdk} />
      </div>
    </section>
  );
}
