import guides from 'virtual:kmslab/guides';
import { CONCEPTS, slugify, type GuideSummary } from '@/learn';
import type { LinkTarget } from './annotate-note';

/** The guide list (titles, sections, scenario steps), built at build time. */
export const GUIDES: readonly GuideSummary[] = guides;

/** A guide's summary by topic id. */
export function guideOf(topic: string): GuideSummary | undefined {
  return GUIDES.find((g) => g.topic === topic);
}

/** A guide's title, or the topic id for an unknown one. */
export function guideTitle(topic: string): string {
  return guideOf(topic)?.title ?? topic;
}

const norm = (s: string) => slugify(s);

/**
 * The guide a wiki link names: `[[rotation]]`, `[[Key rotation]]` (a title), `[[Grants]]`, or a
 * concept's name (`[[Envelope encryption]]`); with `#heading`, the section whose anchor or title
 * matches. Undefined when nothing matches.
 */
export function resolveGuideLink(page: string, heading: string): LinkTarget | undefined {
  const key = norm(page);
  if (!key) return undefined;
  const guide =
    GUIDES.find((g) => g.topic === key || norm(g.title) === key) ??
    guideOf(CONCEPTS.find((c) => norm(c.label) === key || c.id === key)?.topic ?? '');
  if (!guide) return undefined;
  const wanted = norm(heading);
  const section = wanted ? guide.sections.find((s) => s.id === wanted || norm(s.title) === wanted) : undefined;
  return {
    href: `/learn/${guide.topic}${section ? `#${section.id}` : ''}`,
    kind: `Study guide: ${guide.title}`,
    label: section ? `${guide.title}: ${section.title}` : guide.title,
  };
}
