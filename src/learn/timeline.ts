import type { Guide, Timeline, TimelineEntry, TimelineQuestion } from './guide-model.ts';

/** A bank question as the timeline needs it (a subset of the quiz's Question). */
export interface QuestionRef {
  id: string;
  stem: string;
  topic?: string;
  changed?: string;
}

/** The first line of a stem, without Markdown emphasis, cut at about `max` characters on a word. */
export function shortStem(stem: string, max = 160): string {
  const line = stem
    .split('\n')[0]!
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

const key = (date: string, title: string) => `${date}|${title.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/**
 * Every dated change the guides state, newest first, each with the guide sections that explain it
 * and the questions that test it. A change stated in two guides (same date and title) is one entry
 * with two guide links. `unlisted` holds the questions marked `changed:` that no change lists yet.
 */
export function buildTimeline(guides: readonly Guide[], questions: readonly QuestionRef[]): Timeline {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const entries = new Map<string, TimelineEntry>();
  const listed = new Set<string>();
  for (const guide of guides) {
    for (const change of guide.changes) {
      const k = key(change.date, change.title);
      let entry = entries.get(k);
      if (!entry) {
        entry = { date: change.date, title: change.title, markdown: change.markdown, guides: [], questions: [] };
        entries.set(k, entry);
      }
      const section = guide.sections.find((s) => s.id === change.sectionId);
      entry.guides.push({ topic: guide.topic, guideTitle: guide.title, sectionId: change.sectionId, sectionTitle: section?.title ?? '' });
      for (const id of change.questions) {
        const q = byId.get(id);
        if (!q || entry.questions.some((e) => e.id === id)) continue;
        entry.questions.push(toTimelineQuestion(q));
        listed.add(id);
      }
    }
  }
  const sorted = [...entries.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title)));
  const unlisted = questions.filter((q) => q.changed && !listed.has(q.id)).map(toTimelineQuestion);
  return { entries: sorted, unlisted };
}

function toTimelineQuestion(q: QuestionRef): TimelineQuestion {
  return { id: q.id, stem: shortStem(q.stem), topic: q.topic, changed: q.changed };
}
