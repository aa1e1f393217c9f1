import { useEffect, useState } from 'react';
import { useConsoleStore } from '../console-store';
import { query } from '../query';
import type { CallOutcome } from '../send-command';
import { useLab, useClockOffset } from '../use-lab';

/** Runs a read (as the current principal, in the current region) and re-runs it after every call or clock move. */
export function useQuery(operation: string, input: Record<string, unknown>, enabled = true): CallOutcome | undefined {
  const { region, accessKeyId } = useLab();
  const revision = useConsoleStore((s) => s.revision);
  const clock = useClockOffset();
  const [result, setResult] = useState<CallOutcome>();
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void query(region, accessKeyId, operation, JSON.parse(inputKey) as Record<string, unknown>).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [region, accessKeyId, operation, inputKey, revision, clock, enabled]);
  return result;
}
