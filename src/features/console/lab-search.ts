import { isAccessKeyId, isLabRegion } from '@/lib/lab';

export const LAB_TABS = ['keys', 'operations', 'services', 'principals', 'audit'] as const;
export type LabTab = (typeof LAB_TABS)[number];

/**
 * The console's state that belongs in the URL, so a link reproduces what the learner sees. Region
 * and principal mirror the shared lab context (`@/lib/lab`): absent, the console uses the context the
 * learner last chose on any lab page; present, they win and update it.
 */
export interface LabSearch {
  region?: string;
  /** Access key id of the principal making calls. */
  as?: string;
  tab?: LabTab;
}

/** Accepts only known values, so a hand-edited URL can never break the page. */
export function validateLabSearch(search: Record<string, unknown>): LabSearch {
  const out: LabSearch = {};
  if (isLabRegion(search.region)) out.region = search.region;
  if (isAccessKeyId(search.as)) out.as = search.as;
  if (typeof search.tab === 'string' && (LAB_TABS as readonly string[]).includes(search.tab)) out.tab = search.tab as LabTab;
  return out;
}
