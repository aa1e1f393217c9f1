/** Regions the console offers. Keys, aliases and ciphertexts are regional, so switching matters. */
export const LAB_REGIONS = [
  { id: 'us-east-1', name: 'US East (N. Virginia)' },
  { id: 'eu-west-1', name: 'Europe (Ireland)' },
  { id: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
  { id: 'us-west-2', name: 'US West (Oregon)' },
  { id: 'eu-central-1', name: 'Europe (Frankfurt)' },
] as const;

export const LAB_TABS = ['keys', 'operations', 'services', 'principals', 'audit'] as const;
export type LabTab = (typeof LAB_TABS)[number];

/** The console's state that belongs in the URL, so a link reproduces what the learner sees. */
export interface LabSearch {
  region?: string;
  /** Access key id of the principal making calls; absent means the account root. */
  as?: string;
  tab?: LabTab;
}

/** Accepts only known values, so a hand-edited URL can never break the page. */
export function validateLabSearch(search: Record<string, unknown>): LabSearch {
  const out: LabSearch = {};
  if (typeof search.region === 'string' && LAB_REGIONS.some((r) => r.id === search.region)) out.region = search.region;
  if (typeof search.as === 'string' && /^[A-Z0-9]{16,128}$/.test(search.as)) out.as = search.as;
  if (typeof search.tab === 'string' && (LAB_TABS as readonly string[]).includes(search.tab)) out.tab = search.tab as LabTab;
  return out;
}
