// Modules served by scripts/vite-plugin-guides.ts: the study guides, parsed at build time.

declare module 'virtual:kmslab/guides' {
  import type { GuideSummary } from '@/learn/guide-model';

  /** Every guide in content/guides, in teaching order, without section text. */
  const guides: readonly GuideSummary[];
  export default guides;
}

declare module 'virtual:kmslab/guides/load' {
  import type { Guide } from '@/learn/guide-model';

  /** Loads one guide with its section text (its own small chunk); undefined for an unknown topic. */
  const loadGuide: (topic: string) => Promise<Guide | undefined>;
  export default loadGuide;
}

declare module 'virtual:kmslab/learn-timeline' {
  import type { Timeline } from '@/learn/guide-model';

  /** Every dated change the guides state, newest first, with the bank questions that test it. */
  const timeline: Timeline;
  export default timeline;
}
