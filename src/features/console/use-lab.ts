import type { KMSClient } from '@aws-sdk/client-kms';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect } from 'react';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import { getAppKms, getKmsClient, simulatedNow } from '@/lib/kms-runtime';
import { notifyLabChanged, principalLabel, useLabContext, useLabData } from '@/lib/lab';
import { useConsoleStore } from './console-store';
import type { LabSearch } from './lab-search';
import { sendCommand, type CallOutcome } from './send-command';

/**
 * Region and principal (the URL's, else the shared lab context) and a `call` that runs an operation
 * through the real AWS SDK as that principal in that region, recording it for the activity panel.
 */
export function useLab() {
  const search: LabSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const context = useLabContext();
  const region = search.region ?? context.region;
  const accessKeyId = search.as ?? context.accessKeyId;
  const setLabContext = context.setLabContext;
  const record = useConsoleStore((s) => s.record);

  /** Changes the URL and, for Region and principal, the lab context every lab page shares. */
  const setSearch = useCallback(
    (patch: Partial<LabSearch>) => {
      if ('region' in patch || 'as' in patch) {
        setLabContext({ region: patch.region, accessKeyId: 'as' in patch ? (patch.as ?? ROOT_ACCESS_KEY_ID) : undefined });
      }
      void navigate({ to: '.', search: (prev: LabSearch) => ({ ...prev, ...patch }), replace: true } as never);
    },
    [navigate, setLabContext],
  );

  const call = useCallback(
    async (operation: string, input: Record<string, unknown>, batch?: number): Promise<CallOutcome> => {
      const outcome = await sendCommand(getKmsClient(region, accessKeyId), operation, input);
      record({
        operation,
        input,
        region,
        principalName: principalLabel(getAppKms(), accessKeyId),
        at: simulatedNow(),
        ...(batch !== undefined ? { batch } : {}),
        ...(outcome.ok ? { output: outcome.output } : { error: outcome.error }),
      });
      notifyLabChanged();
      return outcome;
    },
    [region, accessKeyId, record],
  );

  return { region, accessKeyId, tab: search.tab ?? 'keys', setSearch, call };
}

/**
 * A console URL that names a Region or principal (a shared link, Back to an earlier view) makes that
 * the lab context, so the envelope page and a later visit without those parameters agree with it.
 */
export function useUrlIntoLabContext() {
  const search: LabSearch = useSearch({ strict: false });
  const setLabContext = useLabContext((s) => s.setLabContext);
  useEffect(() => setLabContext({ region: search.region, accessKeyId: search.as }), [search.region, search.as, setLabContext]);
}

/**
 * A read the console draws a list or a detail from (ListKeys, DescribeKey, ...): through the SDK as
 * the current principal in the current Region, so it is authorized and audited like any call, but not
 * shown in "What ran", which is for the learner's own actions. Re-read after every call and clock move.
 */
export function useConsoleData<T>(key: readonly (string | number | boolean | undefined)[], load: (client: KMSClient) => Promise<T>) {
  const { region, accessKeyId } = useLab();
  return useLabData({ region, accessKeyId }, key, load);
}
