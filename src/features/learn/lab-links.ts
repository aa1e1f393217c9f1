/**
 * Lab challenges a guide may name in its front matter (`labs: [id, ...]`). The hands-on labs area
 * (/labs) is being built separately: until it lands, no lab exists and the guide shows no lab links.
 * When it does, fill KNOWN_LABS from its catalog (id to title) and the links appear.
 */
export const KNOWN_LABS: ReadonlyMap<string, string> = new Map();

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
