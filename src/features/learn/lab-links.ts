import { LAB_CATALOG } from '@/labs';

/**
 * Lab challenges a guide may name in its front matter (`labs: [id, ...]`): the hands-on labs area's
 * catalog (id to title). Only the light catalog is imported, not the labs themselves.
 */
export const KNOWN_LABS: ReadonlyMap<string, string> = new Map(LAB_CATALOG.map((lab) => [lab.id, lab.title]));

/** A lab link as the guide shows it. */
export interface LabLink {
  id: string;
  title: string;
  href: string;
}

/** The guide's labs that exist, in the guide's order; ids the labs area does not know are left out. */
export function labLinks(ids: readonly string[], known: ReadonlyMap<string, string> = KNOWN_LABS): LabLink[] {
  return ids.flatMap((id) => {
    const title = known.get(id);
    return title ? [{ id, title, href: `/labs/${encodeURIComponent(id)}` }] : [];
  });
}
