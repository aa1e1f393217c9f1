import type { KmsCallRecord, ScenarioStep } from '@/scenarios';
import { TOKEN_CLASSES, TokenGlyph } from '../diagram/token-style';
import { ByteView } from '../bytes/byte-view';

function CallRecord({ call, heading = 'KMS call' }: { call: KmsCallRecord; heading?: string }) {
  const ok = call.outcome.ok;
  return (
    <div className="rounded-lg border border-slate-300 p-3 dark:border-slate-600">
      <h3 className="text-base font-semibold">
        {heading}: <code>{call.operation}</code>{' '}
        <span
          className={`ml-1 rounded px-1.5 py-0.5 text-xs font-semibold ${
            ok
              ? 'bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50'
              : 'bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50'
          }`}
        >
          {ok ? 'succeeded' : call.outcome.errorName}
        </span>
      </h3>
      {call.description && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {call.description}{' '}
          {call.docUrl && (
            <a href={call.docUrl} rel="noreferrer" className="underline">
              API reference<span className="sr-only"> for {call.operation}</span>
            </a>
          )}
        </p>
      )}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Region</dt>
        <dd>{call.region}</dd>
        <dt className="font-semibold">Caller</dt>
        <dd className="[overflow-wrap:anywhere]">{call.caller}</dd>
        <dt className="font-semibold">Permission</dt>
        <dd>
          <code>{call.permission}</code>
        </dd>
        {call.decision && (
          <>
            <dt className="font-semibold">Decision</dt>
            <dd className="[overflow-wrap:anywhere]">{call.decision}</dd>
          </>
        )}
      </dl>
      <div className="mt-2 grid gap-2 md:grid-cols-2">
        <div className="min-w-0">
          <h4 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">Request</h4>
          <pre
            tabIndex={0}
            aria-label="Request JSON"
            className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800"
          >
            {JSON.stringify(call.input, null, 2)}
          </pre>
        </div>
        <div className="min-w-0">
          <h4 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">{ok ? 'Response' : 'Error'}</h4>
          <pre
            tabIndex={0}
            aria-label={ok ? 'Response JSON' : 'Error'}
            className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-slate-800"
          >
            {call.outcome.ok ? JSON.stringify(call.outcome.output, null, 2) : `${call.outcome.errorName}: ${call.outcome.message}`}
          </pre>
        </div>
      </div>
    </div>
  );
}

/**
 * The current step in full: what moved (each token can be opened to its real bytes) and the KMS call
 * made, with its request and response.
 */
export function StepDetails({
  step,
  actorLabel,
  openToken,
  onOpenToken,
}: {
  step: ScenarioStep;
  actorLabel: (id: string) => string;
  openToken: number | null;
  onOpenToken: (i: number | null) => void;
}) {
  return (
    <div className="space-y-3">
      {step.moves.length > 0 && (
        <ul className="space-y-2" aria-label="What moved in this step">
          {step.moves.map((m, i) => (
            <li key={i}>
              <details
                open={openToken === i}
                onToggle={(e) => {
                  const open = e.currentTarget.open;
                  if (open !== (openToken === i)) onOpenToken(open ? i : null);
                }}
                className="rounded-lg border border-slate-300 dark:border-slate-600"
              >
                <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm">
                  <span
                    className={`inline-flex items-center gap-1 rounded-full border-2 px-2 py-0.5 text-xs font-semibold ${TOKEN_CLASSES[m.token.kind]}`}
                  >
                    <TokenGlyph kind={m.token.kind} />
                    {m.token.label}
                  </span>
                  <span>{m.from === m.to ? `inside ${actorLabel(m.from)}` : `${actorLabel(m.from)} → ${actorLabel(m.to)}`}</span>
                  {m.token.bytes && <span className="text-slate-700 underline dark:text-slate-300">Show bytes</span>}
                </summary>
                <div className="border-t border-slate-300 p-3 dark:border-slate-600">
                  <ByteView token={m.token} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
      {step.call && <CallRecord call={step.call} />}
      {step.moreCalls?.map((c, i) => (
        <details key={i} className="rounded-lg border border-slate-300 dark:border-slate-600">
          <summary className="cursor-pointer px-3 py-2 text-sm">
            Also called in this step: <code>{c.operation}</code> ({c.outcome.ok ? 'succeeded' : c.outcome.errorName})
          </summary>
          <div className="p-2">
            <CallRecord call={c} heading="Also called" />
          </div>
        </details>
      ))}
    </div>
  );
}
