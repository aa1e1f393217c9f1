import { questionContentId } from '../hash.ts';
import type { ChoiceQuestion, Difficulty, Problem, QuestionBase, QuestionOption, QuestionType } from '../model.ts';
import { type DomainTag, parseDomainTags } from '../exam-domains.ts';
import type { FrontMatter } from './front-matter.ts';

/** Per-question metadata from an HTML comment such as `<!-- id: rotation-007; difficulty: hard -->`. */
export interface QuestionMeta {
  id?: string;
  topic?: string;
  difficulty?: Difficulty;
  exams?: string[];
  /** Exam domains the question serves, e.g. SCS-C03 "Data Protection". */
  domains?: DomainTag[];
  tags?: string[];
  scenario?: string;
  changed?: string;
  /** Item type; absent means a choice item. */
  type?: QuestionType;
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The number of answers a stem asks for, from hints like "(Choose TWO)", "(Select 2 answers)" or
 * "Choose two.", or undefined when the stem gives none.
 */
export function chooseHint(stem: string): number | undefined {
  if (!/hoose|elect|ick/i.test(stem)) return undefined;
  const m = /\b(?:choose|select|pick)\s+(one|two|three|four|five|six|[1-6])\b(?:\s+(?:answers?|options?|responses?))?/i.exec(stem);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return WORD_NUMBERS[word] ?? Number(word);
}

const URL_RE = /https?:\/\/[^\s<>()"'`\]]+/g;

/** URLs found in a piece of Markdown (bare, `<...>` or `[text](...)`), without trailing punctuation. */
export function extractUrls(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('http')) return out;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    let url = m[0];
    // Trailing punctuation belongs to the sentence, not the URL (a loop, not a regex, to stay linear).
    while (url.length > 0 && '.,;:!?*_'.includes(url[url.length - 1]!)) url = url.slice(0, -1);
    if (!out.includes(url)) out.push(url);
  }
  return out;
}

/** Replaces HTML line breaks with Markdown hard breaks so stems render the same without raw HTML. */
export function convertBreaks(text: string): string {
  if (!/<br/i.test(text)) return text;
  // split + trim instead of /\s*<br>\s*/ keeps this linear on lines with long runs of spaces.
  const parts = text.split(/<br\s*\/?>/i);
  return parts.map((p, i) => (i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim())).join('  \n');
}

/** Removes leading and trailing blank lines and common indentation of a block of lines. */
export function joinBlock(lines: readonly string[]): string {
  // Hot path on large banks: count whitespace by char codes instead of allocating trimmed copies.
  if (lines.length === 1) return lines[0]!.trim();
  let start = 0;
  let end = lines.length;
  while (start < end && leadingWhitespace(lines[start]!) === lines[start]!.length) start++;
  while (end > start && leadingWhitespace(lines[end - 1]!) === lines[end - 1]!.length) end--;
  let indent = Infinity;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    const n = leadingWhitespace(l);
    if (n < l.length && n < indent) indent = n;
  }
  if (!Number.isFinite(indent)) indent = 0;
  let out = '';
  let blanks = 0;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    const n = leadingWhitespace(l);
    if (n === l.length) {
      // Collapse runs of blank lines to one paragraph break.
      if (++blanks === 1) out += '\n';
      continue;
    }
    blanks = 0;
    const text = n === 0 && l.charCodeAt(l.length - 1) > 32 ? l : l.slice(Math.min(indent, n)).trimEnd();
    out += i === start ? text : '\n' + text;
  }
  return out;
}

/** Number of leading space or tab characters. */
function leadingWhitespace(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

const META_KEYS = new Set(['id', 'type', 'topic', 'difficulty', 'exams', 'exam', 'domains', 'domain', 'tags', 'scenario', 'changed']);

/**
 * Reads a metadata comment body (`key: value; key: value`). Unknown keys and bad values are reported
 * as warnings, never fatal: metadata only enriches a question.
 */
export function parseMetaComment(body: string, line: number, problems: Problem[]): QuestionMeta {
  const meta: QuestionMeta = {};
  for (const part of body.split(/;|\n/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const colon = trimmed.indexOf(':');
    if (colon <= 0) {
      problems.push({ line, severity: 'warning', message: `Metadata "${trimmed}" is not in "key: value" form and was ignored.` });
      continue;
    }
    const key = trimmed.slice(0, colon).trim().toLowerCase();
    const value = trimmed.slice(colon + 1).trim();
    if (!META_KEYS.has(key)) {
      problems.push({
        line,
        severity: 'warning',
        message: `Unknown metadata key "${key}" was ignored (known keys: id, type, topic, difficulty, exams, domains, tags, scenario, changed).`,
      });
      continue;
    }
    if (!value) {
      problems.push({ line, severity: 'warning', message: `Metadata key "${key}" has no value.` });
      continue;
    }
    const list = () =>
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    switch (key) {
      case 'id':
        if (/\s/.test(value)) {
          problems.push({
            line,
            severity: 'warning',
            message: `The id "${value}" contains spaces; use letters, digits and dashes, e.g. rotation-007.`,
          });
        }
        meta.id = value;
        break;
      case 'topic':
        meta.topic = value;
        break;
      case 'type': {
        const t = value.toLowerCase();
        if (t === 'choice' || t === 'ordering' || t === 'matching') meta.type = t;
        else
          problems.push({
            line,
            severity: 'warning',
            message: `Item type "${value}" is not one of choice, ordering, matching; the question was read as a choice item.`,
          });
        break;
      }
      case 'scenario':
        meta.scenario = value;
        break;
      case 'difficulty': {
        const d = value.toLowerCase();
        if (d === 'easy' || d === 'medium' || d === 'hard') meta.difficulty = d;
        else
          problems.push({ line, severity: 'warning', message: `Difficulty "${value}" is not one of easy, medium, hard; it was ignored.` });
        break;
      }
      case 'changed':
        if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) meta.changed = value;
        else
          problems.push({
            line,
            severity: 'warning',
            message: `"changed: ${value}" is not a month in YYYY-MM form (e.g. 2024-04); it was ignored.`,
          });
        break;
      case 'exams':
      case 'exam':
        meta.exams = list();
        break;
      case 'domains':
      case 'domain': {
        const read = parseDomainTags(value);
        for (const message of read.errors) problems.push({ line, severity: 'warning', message: `Domain ${message} It was ignored.` });
        if (read.tags.length > 0) meta.domains = read.tags;
        break;
      }
      case 'tags':
        meta.tags = list();
        break;
    }
  }
  return meta;
}

/** A list item of an ordering or matching item as read from the file: its text, rationale and line. */
export interface RawItem {
  text: string;
  rationale?: string;
  /** 1-based line of the item. */
  line: number;
}

/** A step of an ordering item, with the number the author wrote before it. */
export interface RawStep extends RawItem {
  number: number;
}

/** A `prompt → response` line of a matching item (`text` holds the whole line). */
export interface RawPair extends RawItem {
  prompt: string;
  response: string;
}

/** A question as read from the file, before validation. */
export interface RawQuestion {
  line: number;
  stem: string;
  options: (QuestionOption & { line: number })[];
  /** Ordering items: the steps in written order. */
  steps?: RawStep[];
  /** Matching items: the pairs in written order. */
  pairs?: RawPair[];
  /** Matching items: responses that no prompt uses, declared under "Distractors:". */
  distractors?: RawItem[];
  explanation?: string;
  references: string[];
  meta: QuestionMeta;
  /** Set when the reader already reported an error that keeps this question out. */
  rejected?: boolean;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** Copies explanation, references and metadata (own or inherited from the front matter) onto a question. */
export function applyMeta(question: QuestionBase, raw: RawQuestion, front: FrontMatter): void {
  if (raw.explanation && raw.explanation.trim()) question.explanation = raw.explanation.trim();
  if (raw.references.length > 0) question.references = raw.references;
  const tags = raw.meta.tags ?? front.tags;
  if (tags) question.tags = [...tags];
  const topic = raw.meta.topic ?? front.topic;
  if (topic) question.topic = topic;
  const exams = raw.meta.exams ?? front.exams;
  if (exams) question.exams = [...exams];
  // A bank's default domains apply to the exams each question has; a question's own list is kept whole.
  const domains = raw.meta.domains ?? front.domains?.filter((d) => !exams || exams.includes(d.exam));
  if (domains && domains.length > 0) question.domains = domains.map((d) => ({ ...d }));
  if (raw.meta.difficulty) question.difficulty = raw.meta.difficulty;
  if (raw.meta.scenario) question.scenario = raw.meta.scenario;
  if (raw.meta.changed) question.changed = raw.meta.changed;
}

/** The stem, or an error when it is empty. */
export function stemOf(raw: RawQuestion, errors: string[]): string {
  const stem = raw.stem.trim();
  if (!stem) errors.push('The question has no text (the heading or numbered line is empty).');
  return stem;
}

/** Validates a choice item and builds it (without metadata); errors leave it out. */
export function finishChoice(raw: RawQuestion, problems: Problem[]): ChoiceQuestion | undefined {
  const errors: string[] = [];
  const stem = stemOf(raw, errors);
  if (raw.options.length === 0) {
    errors.push('The question has no answer options. Write each option as "- [ ] text" (wrong) or "- [x] text" (right).');
  } else if (raw.options.length === 1) {
    errors.push('The question has only one option; it needs at least two.');
  }
  raw.options.forEach((o, i) => {
    if (!o.text.trim()) {
      problems.push({ line: o.line, severity: 'error', message: `Option ${i + 1} has no text.` });
      errors.push('');
    }
  });
  const correct = raw.options.filter((o) => o.correct).length;
  if (raw.options.length >= 2 && correct === 0) {
    errors.push('No option is marked correct. Mark the right answer(s) with "[x]".');
  }
  if (raw.options.length >= 2 && correct === raw.options.length) {
    problems.push({ line: raw.line, severity: 'warning', message: 'Every option is marked correct; check the answer key.' });
  }
  for (const message of errors) if (message) problems.push({ line: raw.line, severity: 'error', message });
  if (errors.length > 0) return undefined;

  const hint = chooseHint(stem);
  if (hint !== undefined && hint !== correct) {
    problems.push({
      line: raw.line,
      severity: 'warning',
      message: `The stem asks to choose ${NUMBER_WORDS[hint] ?? hint} but ${correct} option${correct === 1 ? ' is' : 's are'} marked correct; check the answer key.`,
    });
  }
  // Exact repeats are always reported. Case-only differences are reported too, except in options
  // with code or quotes, where case can be the point (e.g. "Project": "Atlas" vs "project": "atlas").
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  raw.options.forEach((o, i) => {
    const text = o.text.trim();
    const prev = exact.get(text);
    if (prev !== undefined) {
      problems.push({ line: o.line, severity: 'warning', message: `Option ${i + 1} repeats option ${prev + 1} word for word.` });
      return;
    }
    exact.set(text, i);
    if (/[`"']/.test(text)) return;
    const key = text.toLowerCase();
    const prevFolded = folded.get(key);
    if (prevFolded !== undefined) {
      problems.push({
        line: o.line,
        severity: 'warning',
        message: `Option ${i + 1} repeats option ${prevFolded + 1}, differing only in letter case.`,
      });
    } else folded.set(key, i);
  });

  const options = raw.options.map((o) => {
    const opt: QuestionOption = { text: o.text.trim(), correct: o.correct };
    if (o.rationale && o.rationale.trim()) opt.rationale = o.rationale.trim();
    return opt;
  });
  return {
    type: 'choice',
    id:
      raw.meta.id ??
      questionContentId(
        stem,
        options.map((o) => o.text),
      ),
    stem,
    options,
    multiple: correct > 1,
    choose: correct,
    line: raw.line,
  };
}
