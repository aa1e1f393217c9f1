import { parseDocument } from 'yaml';
import type { Guide, GuideChange, GuideProblem, GuideScenarioLink, GuideSection, ParsedGuide } from './guide-model.ts';
import { formatChangeDate, slugify } from './format.ts';

// Relative imports with extensions only: scripts/vite-plugin-guides.ts loads this file in Node
// while Vite reads its config, before any alias exists.

/** `> [!changed] 2024-04 Title` or `> [!changed] 2023-10-10 Title`: a dated change in a guide. */
const CHANGE_HEAD = /^>\s*\[!changed\]\s+(\d{4}-\d{2}(?:-\d{2})?)\s+(.+?)\s*$/i;
const QUESTIONS_COMMENT = /^>\s*<!--\s*questions:\s*([^>]*?)\s*-->\s*$/i;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface FrontMatter {
  data: Record<string, unknown>;
  bodyStart: number;
}

function readFrontMatter(lines: readonly string[], problems: GuideProblem[]): FrontMatter {
  if (lines[0]?.trim() !== '---') {
    problems.push({ line: 1, message: 'A guide starts with YAML front matter between "---" lines (topic, title, summary).' });
    return { data: {}, bodyStart: 0 };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) {
    problems.push({ line: 1, message: 'The front matter is never closed by a "---" line.' });
    return { data: {}, bodyStart: 0 };
  }
  const doc = parseDocument(lines.slice(1, end).join('\n'));
  if (doc.errors.length > 0) {
    problems.push({ line: 2, message: `The front matter is not valid YAML: ${doc.errors[0]!.message}` });
    return { data: {}, bodyStart: end + 1 };
  }
  const data: unknown = doc.toJS();
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, bodyStart: end + 1 };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const list = (v: unknown) => (Array.isArray(v) ? v.map(text).filter(Boolean) : typeof v === 'string' ? [v.trim()].filter(Boolean) : []);

function readScenarios(value: unknown, problems: GuideProblem[]): GuideScenarioLink[] {
  if (value == null) return [];
  if (!Array.isArray(value)) {
    problems.push({ line: 1, message: '`scenarios` is a list of { id, step, stepId, label }.' });
    return [];
  }
  const out: GuideScenarioLink[] = [];
  for (const item of value as unknown[]) {
    const o = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    const link = { id: text(o.id), step: Number(o.step), stepId: text(o.stepId), label: text(o.label) };
    if (!ID.test(link.id) || !Number.isInteger(link.step) || link.step < 1 || !link.stepId || !link.label) {
      problems.push({ line: 1, message: `A scenario link needs an id, a step (1 or more), a stepId and a label: ${JSON.stringify(item)}` });
      continue;
    }
    out.push(link);
  }
  return out;
}

/** Reads one `> [!changed]` callout starting at `lines[i]`; returns it and the index after it. */
function readChange(lines: readonly string[], i: number, sectionId: string, problems: GuideProblem[]) {
  const head = CHANGE_HEAD.exec(lines[i]!)!;
  const body: string[] = [];
  const questions: string[] = [];
  let j = i + 1;
  for (; j < lines.length && lines[j]!.startsWith('>'); j++) {
    const q = QUESTIONS_COMMENT.exec(lines[j]!);
    if (q)
      questions.push(
        ...q[1]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    else body.push(lines[j]!.replace(/^>\s?/, ''));
  }
  const change: GuideChange = { date: head[1]!, title: head[2]!, markdown: body.join('\n').trim(), questions, sectionId };
  const [, m, d] = change.date.split('-').map(Number);
  if (!m || m < 1 || m > 12 || (d !== undefined && (d < 1 || d > 31))) {
    problems.push({ line: i + 1, message: `"${change.date}" is not a valid YYYY-MM or YYYY-MM-DD date.` });
  }
  if (!change.markdown)
    problems.push({ line: i + 1, message: `The change "${change.title}" has no text: say what was true before and what is true now.` });
  // The callout as the page shows it: its date in words instead of the machine-readable one.
  const display = [`> [!changed] ${formatChangeDate(change.date)}: ${change.title}`, ...body.map((l) => `> ${l}`.trimEnd())];
  return { change, display, next: j };
}

/** Splits the body into `## ` sections, pulling out the dated changes. */
function readSections(lines: readonly string[], bodyStart: number, problems: GuideProblem[]) {
  const sections: GuideSection[] = [];
  const changes: GuideChange[] = [];
  let current: { id: string; title: string; lines: string[] } | undefined;
  let fence = false;
  const close = () => {
    if (current) sections.push({ id: current.id, title: current.title, markdown: current.lines.join('\n').trim() });
  };
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = fence ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      close();
      const id = slugify(heading[1]!);
      if (sections.some((s) => s.id === id)) problems.push({ line: i + 1, message: `Two sections have the anchor "${id}".` });
      current = { id, title: heading[1]!, lines: [] };
      continue;
    }
    if (!current) {
      if (line.trim()) problems.push({ line: i + 1, message: 'Text before the first "## " section is not shown; start with a section.' });
      continue;
    }
    if (!fence && CHANGE_HEAD.test(line)) {
      const { change, display, next } = readChange(lines, i, current.id, problems);
      changes.push(change);
      current.lines.push(...display);
      i = next - 1;
      continue;
    }
    current.lines.push(line);
  }
  close();
  return { sections, changes };
}

/** Parses a guide file (format in content/guides/README.md). Never throws: problems are listed. */
export function parseGuide(source: string, fileName: string): ParsedGuide {
  const problems: GuideProblem[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const { data, bodyStart } = readFrontMatter(lines, problems);
  const topic = text(data.topic) || fileName.replace(/\.md$/, '');
  if (`${topic}.md` !== fileName) problems.push({ line: 1, message: `The topic "${topic}" must match the file name ${fileName}.` });
  const title = text(data.title);
  const summary = text(data.summary);
  if (!title) problems.push({ line: 1, message: 'The front matter needs a `title`.' });
  if (!summary) problems.push({ line: 1, message: 'The front matter needs a one-sentence `summary`.' });
  const labs = list(data.labs);
  for (const lab of labs) if (!ID.test(lab)) problems.push({ line: 1, message: `Lab id "${lab}" is not a kebab-case id.` });
  const { sections, changes } = readSections(lines, bodyStart, problems);
  if (sections.length === 0) problems.push({ line: bodyStart + 1, message: 'The guide has no "## " sections.' });
  const guide: Guide = {
    topic,
    title,
    summary,
    exams: list(data.exams),
    scenarios: readScenarios(data.scenarios, problems),
    labs,
    sections,
    changes,
  };
  return { guide, problems };
}
