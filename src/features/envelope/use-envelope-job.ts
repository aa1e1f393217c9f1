import { useCallback, useEffect, useRef, useState } from 'react';
import type { EnvelopeHeader, EnvelopeStepEvent, EnvelopeStepId } from '@/envelope';
import { decryptJob, describeFailure, encryptJob, type JobListener, type JobResult } from './run-envelope-job';

export type StepState = 'pending' | 'active' | 'done' | 'failed';

/** Everything the page shows about the current (or last) job. */
export interface JobView {
  /** Which run this is: late updates from an earlier, replaced run are ignored. */
  token: number;
  kind: 'encrypt' | 'decrypt';
  status: 'running' | 'done' | 'failed' | 'cancelled';
  steps: Partial<Record<EnvelopeStepId, { state: StepState; note?: string }>>;
  /** Bytes to process (input size), for the progress bar. */
  total: number;
  processed: number;
  /** When `processed` was last measured (the throughput shown is processed bytes over this time). */
  progressAt?: number;
  startedAt: number;
  /** When chunk processing started (throughput excludes the KMS round trip). */
  chunksStartedAt?: number;
  finishedAt?: number;
  header?: { fields: EnvelopeHeader; length: number };
  result?: JobResult & { url?: string; textPreview?: string };
  error?: { code: string; message: string };
}

type EncryptArgs = Parameters<typeof encryptJob>[0];
type DecryptArgs = Parameters<typeof decryptJob>[0];

/** Runs one envelope job at a time and exposes its progress; revokes download URLs it made. */
export function useEnvelopeJob() {
  const [job, setJob] = useState<JobView | null>(null);
  const controller = useRef<AbortController | null>(null);
  const lastUrl = useRef<string | undefined>(undefined);
  const lastPaint = useRef(0);
  const runs = useRef(0);

  useEffect(
    () => () => {
      controller.current?.abort();
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    },
    [],
  );

  const start = useCallback(
    async (kind: 'encrypt' | 'decrypt', total: number, run: (signal: AbortSignal, listener: JobListener) => Promise<JobResult | null>) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const token = ++runs.current;
      // Updaters run later, during render: compare the run's token, not the (already reset) controller.
      const update = (fn: (j: JobView) => JobView) => setJob((j) => (j && j.token === token ? fn(j) : j));
      setJob({ token, kind, status: 'running', steps: {}, total, processed: 0, startedAt: performance.now() });
      const listener: JobListener = {
        onStep: (e: EnvelopeStepEvent) =>
          update((j) => ({
            ...j,
            chunksStartedAt:
              e.state === 'active' && (e.step === 'encrypt-locally' || e.step === 'decrypt-locally')
                ? performance.now()
                : j.chunksStartedAt,
            steps: { ...j.steps, [e.step]: { state: e.state, note: e.note ?? j.steps[e.step]?.note } },
          })),
        onProgress: (processed) => {
          // Repaint at most ~12 times a second: a 1 GB file makes a thousand progress events.
          const now = performance.now();
          if (now - lastPaint.current < 80 && processed < total) return;
          lastPaint.current = now;
          update((j) => ({ ...j, processed, progressAt: now }));
        },
        onHeader: (fields, length) => update((j) => ({ ...j, header: { fields, length } })),
      };
      try {
        const result = await run(abort.signal, listener);
        if (!result) {
          // The learner closed the save dialog: nothing happened.
          setJob((j) => (j?.token === token ? null : j));
          return;
        }
        let url: string | undefined;
        let textPreview: string | undefined;
        if (result.output.kind === 'download') {
          if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
          url = lastUrl.current = URL.createObjectURL(result.output.blob);
          if (kind === 'decrypt' && result.output.blob.size <= 64 * 1024) textPreview = await asText(result.output.blob);
        }
        update((j) => ({
          ...j,
          status: 'done',
          processed: j.total,
          finishedAt: performance.now(),
          result: { ...result, url, textPreview },
        }));
      } catch (err) {
        const failure = describeFailure(err);
        update((j) => ({
          ...j,
          status: failure.code === 'cancelled' ? 'cancelled' : 'failed',
          finishedAt: performance.now(),
          error: failure,
          steps: Object.fromEntries(Object.entries(j.steps).map(([id, s]) => [id, s.state === 'active' ? { ...s, state: 'failed' } : s])),
        }));
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [],
  );

  return {
    job,
    encrypt: (args: Omit<EncryptArgs, 'signal'>) => start('encrypt', args.input.size, (signal, l) => encryptJob({ ...args, signal }, l)),
    decrypt: (args: Omit<DecryptArgs, 'signal'>) => start('decrypt', args.file.size, (signal, l) => decryptJob({ ...args, signal }, l)),
    cancel: () => controller.current?.abort(),
    clear: () => setJob((j) => (j?.status === 'running' ? j : null)),
  };
}

/** The text of a small decrypted output, when it is valid UTF-8 (to show typed text back). */
async function asText(blob: Blob): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
  } catch {
    return undefined;
  }
}
