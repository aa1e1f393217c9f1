import { create } from 'zustand';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import { subscribeWorkspace } from '@/lib/kms-runtime';

/** Regions the lab offers. Keys, aliases and ciphertexts are regional, so switching matters. */
export const LAB_REGIONS = [
  { id: 'us-east-1', name: 'US East (N. Virginia)' },
  { id: 'eu-west-1', name: 'Europe (Ireland)' },
  { id: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
  { id: 'us-west-2', name: 'US West (Oregon)' },
  { id: 'eu-central-1', name: 'Europe (Frankfurt)' },
] as const;

/** Where and as whom the lab's pages call KMS. */
export interface LabContext {
  /** One of {@link LAB_REGIONS}. */
  region: string;
  /** Access key id of the principal making calls (the account root by default). */
  accessKeyId: string;
}

/** sessionStorage key: the choice lasts for this tab (like the console URL it mirrors), not forever. */
export const LAB_CONTEXT_STORAGE_KEY = 'kmslab.lab-context';

const DEFAULT_CONTEXT: LabContext = { region: LAB_REGIONS[0].id, accessKeyId: ROOT_ACCESS_KEY_ID };

/** True for a Region the lab offers. */
export function isLabRegion(value: unknown): value is string {
  return typeof value === 'string' && LAB_REGIONS.some((r) => r.id === value);
}

/** True for something shaped like an AWS access key id (it may still name nobody: calls then fail as in AWS). */
export function isAccessKeyId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z0-9]{16,128}$/.test(value);
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage blocked by the browser's privacy settings: the choice lasts for this page only.
    return undefined;
  }
}

function readSaved(): LabContext {
  try {
    const saved = JSON.parse(storage()?.getItem(LAB_CONTEXT_STORAGE_KEY) ?? 'null') as Partial<LabContext> | null;
    return {
      region: isLabRegion(saved?.region) ? saved.region : DEFAULT_CONTEXT.region,
      accessKeyId: isAccessKeyId(saved?.accessKeyId) ? saved.accessKeyId : DEFAULT_CONTEXT.accessKeyId,
    };
  } catch {
    // A hand-edited or foreign value: start from the defaults rather than fail.
    return DEFAULT_CONTEXT;
  }
}

interface LabContextState extends LabContext {
  /** Changes the Region and/or principal for every lab page; invalid values are ignored. */
  setLabContext: (patch: Partial<LabContext>) => void;
}

/**
 * The lab context every lab page shares: the Region and the principal ("act as") the learner chose,
 * in the console or on the envelope page, kept in sessionStorage so it survives moving between pages
 * and reloading the tab. The console also mirrors it in its URL (`?region=…&as=…`), so a console link
 * reproduces what its sender saw; a URL value wins over the stored one and updates it. The simulated
 * clock is shared as well, through `@/lib/kms-runtime` (it is part of the simulator's state).
 */
export const useLabContext = create<LabContextState>((set, get) => ({
  ...readSaved(),
  setLabContext: (patch) => {
    const next: LabContext = {
      region: isLabRegion(patch.region) ? patch.region : get().region,
      accessKeyId: isAccessKeyId(patch.accessKeyId) ? patch.accessKeyId : get().accessKeyId,
    };
    if (next.region === get().region && next.accessKeyId === get().accessKeyId) return;
    try {
      storage()?.setItem(LAB_CONTEXT_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the choice still applies for this page.
    }
    set(next);
  },
}));

// An access key names a principal of one workspace only: entering or leaving a lab challenge acts as
// the account root again, instead of as someone the other workspace does not know.
subscribeWorkspace(() => useLabContext.getState().setLabContext({ accessKeyId: ROOT_ACCESS_KEY_ID }));
