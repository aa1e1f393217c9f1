import type { ReactNode } from 'react';

/** Heading levels a question card uses: its own (2 on a practice page, 3 inside the exam review) and one below for its parts. */
export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading at a level given by the page, so a card nests correctly wherever it is shown. */
export function Heading({ level, className, children }: { level: HeadingLevel; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag className={className}>{children}</Tag>;
}

/** The level below, capped at 5 (h6 is left for the page). */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(5, level + 1) as HeadingLevel;
