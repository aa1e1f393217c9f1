import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import {
  getClockOffset,
  getKmsClient,
  loadAppKms,
  simulatedNow as simNow,
  subscribeClock,
  useCurrentWorkspace,
  type AppKms,
} from '@/lib/kms-runtime';
import { useConsoleStore } from './console-store';
import { LAB_REGIONS, type LabSearch } from './lab-search';
import { sendCommand, type CallOutcome } from './send-command';

export type { AppKms };

/**
 * The loaded lab KMS of the current workspace (the learner's own lab, or a lab challenge), or
 * undefined while IndexedDB is being read; `error` if it could not load.
 */
export function useAppKms(): { kms?: AppKms; error?: string } {
  const workspace = useCurrentWorkspace();
  const [state, setState] = useState<{ workspace?: string; kms?: AppKms; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadAppKms().then(
      (kms) => live && setState({ workspace, kms }),
      (e: unknown) => live && setState({ workspace, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [workspace]);
  return state.workspace === workspace ? state : {};
}

/**
 * How far the simulated clock is ahead of real time; changes only when the learner moves it, so it
 * is safe as an effect dependency (lists reload when the clock moves).
 */
export function useClockOffset(): number {
  return useSyncExternalStore(subscribeClock, getClockOffset, getClockOffset);
}

/**
 * The simulated date for display: a moved clock shows at once; the real time under it is refreshed
 * every 15 seconds (the toolbar shows minutes).
 */
export function useSimNow(): number {
  const offset = useClockOffset();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}

/** Every identity the learner can act as: both accounts' roots, then IAM users and roles. */
export interface LabPrincipal {
  accessKeyId: string;
  label: string;
  arn: string;
  accountId: string;
}

let principalCache: LabPrincipal[] = [];

function principalLabel(accessKeyId: string): string {
  return principalCache.find((p) => p.accessKeyId === accessKeyId)?.label ?? accessKeyId;
}

function listPrincipals(kms: AppKms): LabPrincipal[] {
  const out: LabPrincipal[] = [];
  for (const accountId of kms.iam.accounts()) {
    const root = kms.iam.rootCredentials(accountId);
    out.push({ accessKeyId: root.accessKeyId, label: `root (${accountId})`, arn: root.arn, accountId });
  }
  for (const id of kms.iam.listIdentities()) {
    const kind = id.type === 'Role' ? 'role' : 'user';
    for (const key of id.accessKeyIds)
      out.push({ accessKeyId: key, label: `${kind} ${id.name} (${id.accountId})`, arn: id.arn, accountId: id.accountId });
  }
  principalCache = out;
  return out;
}

/** The principals, kept current as the learner creates or deletes users and roles. */
export function usePrincipals(kms: AppKms | undefined): LabPrincipal[] {
  const [state, setState] = useState(() => ({ kms, list: kms ? listPrincipals(kms) : [] }));
  // A new simulator (first load) is listed during render, not in an effect.
  if (state.kms !== kms) setState({ kms, list: kms ? listPrincipals(kms) : [] });
  useEffect(() => kms?.iam.subscribe(() => setState({ kms, list: listPrincipals(kms) })), [kms]);
  return state.list;
}

/**
 * Region and principal (from the URL) and a `call` that runs an operation through the real AWS SDK
 * as that principal in that region, recording it for the activity panel.
 */
export function useLab() {
  const search: LabSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const region = search.region ?? LAB_REGIONS[0].id;
  const accessKeyId = search.as ?? ROOT_ACCESS_KEY_ID;
  const record = useConsoleStore((s) => s.record);

  const setSearch = useCallback(
    (patch: Partial<LabSearch>) => void navigate({ to: '.', search: (prev: LabSearch) => ({ ...prev, ...patch }), replace: true } as never),
    [navigate],
  );

  const call = useCallback(
    async (operation: string, input: Record<string, unknown>): Promise<CallOutcome> => {
      const client = getKmsClient(region, accessKeyId);
      const outcome = await sendCommand(client, operation, input);
      record({
        operation,
        input,
        region,
        principalName: principalLabel(accessKeyId),
        at: simNow(),
        ...(outcome.ok ? { output: outcome.output } : { error: outcome.error }),
      });
      return outcome;
    },
    [region, accessKeyId, record],
  );

  return { region, accessKeyId, tab: search.tab ?? 'keys', setSearch, call };
}
