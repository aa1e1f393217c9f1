import { useEffect, useRef } from 'react';
import { Button, Notice } from '@/components/ui';
import { DECRYPT_STEPS, ENCRYPT_STEPS } from './envelope-steps';
import { formatBytes, formatRate } from './format-bytes';
import { StepList } from './step-list';
import type { JobView } from './use-envelope-job';

/**
 * The running or last job: the step list, a progress bar with throughput, Cancel, and the outcome
 * (a download link, "saved to …", or a message naming the problem).
 */
export function JobPanel({
  job,
  onCancel,
  onDecryptResult,
}: {
  job: JobView | null;
  onCancel: () => void;
  onDecryptResult?: (blob: Blob, name: string) => void;
}) {
  const kind = job?.kind ?? 'encrypt';
  const percent = job && job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : job?.status === 'done' ? 100 : 0;
  const end = job ? (job.finishedAt ?? job.progressAt) : undefined;
  const elapsed = job && end !== undefined ? Math.max(0, end - (job.chunksStartedAt ?? job.startedAt)) / 1000 : 0;
  const running = job?.status === 'running';
  const outcome = useRef<HTMLDivElement>(null);
  const finished = job && job.status !== 'running' ? `${job.token}-${job.status}` : '';
  // The panel may scroll on its own (sticky on wide screens): bring the outcome into view when a job ends.
  useEffect(() => {
    if (!finished) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    outcome.current?.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [finished]);
  return (
    <section aria-labelledby="job-heading" className="rounded-lg border border-slate-300 p-4 sm:p-5 dark:border-slate-700">
      <h2 id="job-heading" className="text-xl font-semibold">
        {kind === 'encrypt' ? 'Envelope encryption, step by step' : 'Envelope decryption, step by step'}
      </h2>
      <div className="mt-4">
        <StepList steps={kind === 'encrypt' ? ENCRYPT_STEPS : DECRYPT_STEPS} job={job} />
      </div>

      {job && (
        <div ref={outcome} className="mt-5 space-y-3">
          <div>
            <div className="flex flex-wrap justify-between gap-x-4 text-sm">
              <label htmlFor="job-progress" className="font-semibold">
                {kind === 'encrypt' ? 'Encrypting' : 'Decrypting'}: {percent}%
              </label>
              <span>
                {formatBytes(job.processed)} of {formatBytes(job.total)}
                {job.processed > 0 && elapsed > 0 && <> · {formatRate(job.processed, elapsed)}</>}
              </span>
            </div>
            <progress
              id="job-progress"
              className="mt-1 h-3 w-full accent-blue-700 dark:accent-sky-400"
              max={100}
              value={percent}
              aria-valuetext={`${percent}%`}
            />
          </div>
          <div aria-live="polite" className="space-y-3">
            {running && (
              <Button size="sm" onClick={onCancel}>
                Cancel
              </Button>
            )}
            {job.status === 'done' && job.result && <Outcome job={job} onDecryptResult={onDecryptResult} />}
            {job.status === 'cancelled' && <p className="font-medium">Cancelled. Nothing was saved as a finished file.</p>}
          </div>
          {job.status === 'failed' && job.error && (
            <Notice tone="error" compact title={kind === 'encrypt' ? 'Encryption failed' : 'Decryption failed'}>
              <p>{job.error.message}</p>
              <p className="mt-1 text-sm">Nothing was saved as a finished file.</p>
            </Notice>
          )}
        </div>
      )}
    </section>
  );
}

function Outcome({ job, onDecryptResult }: { job: JobView; onDecryptResult?: (blob: Blob, name: string) => void }) {
  const r = job.result!;
  const seconds = ((job.finishedAt ?? 0) - (job.chunksStartedAt ?? job.startedAt)) / 1000;
  const summary =
    job.kind === 'encrypt'
      ? `Encrypted ${formatBytes(r.plaintextBytes)} in ${r.chunks} chunk${r.chunks === 1 ? '' : 's'} under ${r.keyArn}.`
      : `Decrypted ${formatBytes(r.plaintextBytes)}: all ${r.chunks} chunk${r.chunks === 1 ? '' : 's'} authenticated. KMS used ${r.keyArn}.`;
  return (
    <div className="rounded border border-green-700 bg-green-50 p-3 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-100">
      <p className="font-semibold break-words">{summary}</p>
      <p className="text-sm">
        Local {job.kind === 'encrypt' ? 'encryption' : 'decryption'} took {seconds.toFixed(2)} s.
      </p>
      {r.output.kind === 'file' ? (
        <p className="mt-2">Saved to the file {r.output.name}.</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <Button variant="primary" href={r.url ?? ''} download={r.output.name}>
            Download {r.output.name}
          </Button>
          {job.kind === 'encrypt' && onDecryptResult && (
            <Button size="sm" onClick={() => r.output.kind === 'download' && onDecryptResult(r.output.blob, r.output.name)}>
              Decrypt this file below
            </Button>
          )}
        </div>
      )}
      {r.textPreview !== undefined && (
        <div className="mt-3">
          <p className="text-sm font-semibold">Decrypted text</p>
          <pre className="mt-1 max-h-48 overflow-auto rounded bg-white p-2 text-sm whitespace-pre-wrap text-slate-900 dark:bg-slate-900 dark:text-slate-100">
            {r.textPreview}
          </pre>
        </div>
      )}
    </div>
  );
}
