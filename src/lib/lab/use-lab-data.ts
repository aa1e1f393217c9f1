import type { KMSClient } from '@aws-sdk/client-kms';
import { useEffect, useEffectEvent, useState } from 'react';
import { getKmsClient, loadAppKms, useCurrentWorkspace } from '@/lib/kms-runtime';
import type { LabContext } from './lab-context';
import { useLabRevision } from './lab-revision';
import { useClockOffset } from './use-clock';

/** An AWS error as the SDK raised it: the exception name and AWS's message, and KMS Lab's explanation apart. */
export interface AwsErrorInfo {
  name: string;
  message: string;
  /** The simulator's teaching text (`kmsLabExplanation` on the wire), never part of AWS's message. */
  explanation?: string;
}

/** What a read has given so far. */
export type LabData<T> = { status: 'loading' } | { status: 'error'; error: AwsErrorInfo } | { status: 'ok'; data: T };

/** The exception name and message of anything a call threw (SDK errors carry AWS's own). */
export function awsErrorInfo(err: unknown): AwsErrorInfo {
  const e = err as { name?: unknown; message?: unknown; kmsLabExplanation?: unknown } | null;
  const info: AwsErrorInfo = {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(err),
  };
  if (typeof e?.kmsLabExplanation === 'string') info.explanation = e.kmsLabExplanation;
  return info;
}

const LOADING = { status: 'loading' } as const;

/**
 * Reads from the lab's simulator through the real AWS SDK, as `context.accessKeyId` in
 * `context.region`, and reads again whenever the lab changes (a console call, `notifyLabChanged`) or
 * the simulated clock moves (rotation falls due, a deletion window ends).
 *
 * `key` names what is read (with the context, it is the cache key): a new key shows `loading` until
 * its first answer, while a re-read of the same key keeps the last answer on screen until the new
 * one arrives, so lists do not flash. Answers that arrive after the key changed are dropped.
 *
 * @param load - runs the read with a KMSClient for the context; what it throws becomes `error`
 * @param enabled - false skips the read (and stays `loading`)
 */
export function useLabData<T>(
  context: LabContext,
  key: readonly (string | number | boolean | undefined)[],
  load: (client: KMSClient) => Promise<T>,
  enabled = true,
): LabData<T> {
  const revision = useLabRevision();
  const clock = useClockOffset();
  // The workspace is part of what is read: a lab challenge's keys are not the learner's own.
  const id = JSON.stringify([useCurrentWorkspace(), context.region, context.accessKeyId, ...key]);
  const [state, setState] = useState<{ id: string; data: LabData<T> }>();
  const read = useEffectEvent(async () => {
    await loadAppKms();
    return load(getKmsClient(context.region, context.accessKeyId));
  });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    read().then(
      (data) => live && setState({ id, data: { status: 'ok', data } }),
      (err: unknown) => live && setState({ id, data: { status: 'error', error: awsErrorInfo(err) } }),
    );
    return () => {
      live = false;
    };
  }, [id, revision, clock, enabled]);
  return state?.id === id ? state.data : LOADING;
}
