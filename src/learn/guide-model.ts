/**
 * The study guides' model: what `content/guides/<topic>.md` becomes after the build-time parse
 * (src/learn/parse-guide.ts, format in content/guides/README.md).
 */

/** A step of an app scenario that shows what a guide explains. */
export interface GuideScenarioLink {
  /** The scenario id (src/scenarios/catalog.ts). */
  id: string;
  /** 1-based step number, as `/scenarios/<id>?step=N` takes it. */
  step: number;
  /** The id of that step in the scenario's run; the content tests check that step N has it. */
  stepId: string;
  /** What the learner will see, as the link's text. */
  label: string;
}

/** One rule that changed over time, as a guide states it in a `> [!changed]` callout. */
export interface GuideChange {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  title: string;
  /** The callout's body: what older material says, what is true now, the source (Markdown). */
  markdown: string;
  /** Ids of the bank questions that test this change (from `<!-- questions: ... -->`). */
  questions: string[];
  /** The section of the guide that holds it. */
  sectionId: string;
}

/** A `## ` section of a guide. */
export interface GuideSection {
  /** Slug of the heading, unique in the guide; the page's anchor. */
  id: string;
  title: string;
  /** The section's body, Markdown. */
  markdown: string;
}

/** What the guide list and the notes page need about a guide, without its text. */
export interface GuideSummary {
  topic: string;
  title: string;
  /** One sentence: what the guide covers. */
  summary: string;
  exams: string[];
  scenarios: GuideScenarioLink[];
  /** Lab challenge ids; the page links only those the labs area has. */
  labs: string[];
  sections: { id: string; title: string }[];
  changes: GuideChange[];
}

/** A whole guide. */
export interface Guide extends GuideSummary {
  sections: GuideSection[];
}

/** A problem found while parsing a guide; the build warns and the content tests fail on any. */
export interface GuideProblem {
  line: number;
  message: string;
}

/** The outcome of parsing one guide file. */
export interface ParsedGuide {
  guide: Guide;
  problems: GuideProblem[];
}

/** A change in the timeline: one or more guides state it; questions test it. */
export interface TimelineEntry {
  date: string;
  title: string;
  markdown: string;
  /** Where the guides explain it. */
  guides: { topic: string; guideTitle: string; sectionId: string; sectionTitle: string }[];
  /** Bank questions that test it. */
  questions: TimelineQuestion[];
}

/** A bank question as the timeline lists it. */
export interface TimelineQuestion {
  id: string;
  /** The question's stem, shortened to one line. */
  stem: string;
  topic?: string;
  /** The month the question says its rule changed (`changed:` in the bank). */
  changed?: string;
}

/** The "what changed" page's data. */
export interface Timeline {
  entries: TimelineEntry[];
  /** Questions marked `changed:` in the banks that no guide's change lists yet. */
  unlisted: TimelineQuestion[];
}
