import type { Problem } from '../model.ts';
import { fencedLines, firstCharCode, indentOf, isImageLine } from './lines.ts';
import { convertBreaks, joinBlock, parseMetaComment, type QuestionMeta, type RawQuestion } from './shared.ts';
import { readTrailing, startsTrailing } from './trailing.ts';
import { readMatchingBody, readOrderingBody } from './typed-items.ts';

/** A task-list option line: `- [ ] text`, `* [x] text`, `1. [X] text`. */
const OPTION_RE = /^( {0,3})(?:[-*+]|\d{1,3}[.)])\s+\[([ xX])\](?:\s+(.*))?$/;
/** Near misses of an option line (`-[x]`, `- [ x]`, `- [v]`, `- []`, `[x] text`), worth a warning. */
const BROKEN_OPTION_RE = /^\s{0,3}(?:[-*+]\s*)?\[\s*[xXvV✓✔*]?\s*\]\s*\S/;
const HEADING_RE = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
/** Bold or labelled question lines used by some banks instead of headings. */
const PSEUDO_HEADING_RE = /^(?:\*\*\s*Question\s*\d*\s*[:.]\s*(.+)\*\*|Question\s*\d*\s*:\s*(.+))$/i;

/** What the task-list reader found. */
export interface TaskListResult {
  questions: RawQuestion[];
  problems: Problem[];
  /** Text of the first level-1 heading, a fallback title. */
  firstH1?: string;
  /** Heading level used for questions (2 in KMS Lab banks, usually 3 in community banks). */
  questionLevel?: number;
  /** True when any question carried a metadata comment (a KMS Lab trait). */
  hasMeta: boolean;
}

interface Heading {
  index: number;
  /** 1-based line where the question starts. */
  line: number;
  level: number; // 7 = pseudo heading (bold "Question N:" line); 8 = headless text before any heading
  text: string;
}

function stripQuestionNumber(text: string): string {
  return text.replace(/^(?:Q(?:uestion)?\s*#?\d+\s*[.:)-]\s*|\d{1,4}\s*[.)]\s+)/i, '').trim();
}

function headingText(raw: string | undefined): string {
  // Strip an optional closing sequence of #s ("## Title ##") without a backtracking regex.
  let text = (raw ?? '').trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) return '';
  if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end);
  return text.trim();
}

/** True when a heading reads like a question: ends in "?" or ":" or asks to choose/select. */
function readsLikeQuestion(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('?') || t.endsWith(':') || /\b(?:choose|select)\s+\w+/i.test(t);
}

/** True when a line could be a task-list option: starts with -, *, + or a digit (checked before the regex). */
function mayBeOption(line: string): boolean {
  const c = firstCharCode(line);
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
}

/** One regex pass for options over the whole file (outside code fences); every later step reuses it. */
function markOptions(lines: readonly string[], start: number, inFence: readonly boolean[]): boolean[] {
  const isOption = new Array<boolean>(lines.length).fill(false);
  for (let i = start; i < lines.length; i++) {
    if (!inFence[i] && mayBeOption(lines[i]!) && OPTION_RE.test(lines[i]!)) isOption[i] = true;
  }
  return isOption;
}

/** Every heading and pseudo heading outside code fences and HTML comments, and the first level-1 heading's text. */
function findHeadings(lines: readonly string[], start: number, inFence: readonly boolean[]): { headings: Heading[]; firstH1?: string } {
  const headings: Heading[] = [];
  let firstH1: string | undefined;
  let inComment = false;
  for (let i = start; i < lines.length; i++) {
    if (inFence[i]) continue;
    const line = lines[i]!;
    // Headings inside multi-line HTML comments are commented out, not questions.
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.includes('<!--') && !line.slice(line.indexOf('<!--')).includes('-->')) {
      inComment = true;
      continue;
    }
    const first = firstCharCode(line);
    if (first !== 35 /* # */ && first !== 42 /* * */ && first !== 81 /* Q */ && first !== 113 /* q */) continue;
    const h = first === 35 ? HEADING_RE.exec(line) : null;
    if (h) {
      const level = h[1]!.length;
      const text = headingText(h[2]);
      if (level === 1 && firstH1 === undefined && text) firstH1 = text;
      headings.push({ index: i, line: i + 1, level, text });
      continue;
    }
    const p = line.length < 5000 ? PSEUDO_HEADING_RE.exec(line.trim()) : null;
    if (p) headings.push({ index: i, line: i + 1, level: 7, text: (p[1] ?? p[2] ?? '').trim() });
  }
  return firstH1 === undefined ? { headings } : { headings, firstH1 };
}

/**
 * One-question-per-file banks put the stem in a paragraph with no heading: options that come before
 * the first heading become a question (a level-8 heading) whose stem is the text above them.
 */
function addHeadlessQuestion(lines: readonly string[], start: number, isOption: readonly boolean[], headings: Heading[]): void {
  const firstHeading = headings.length > 0 ? headings[0]!.index : lines.length;
  let firstText = -1;
  let optionBeforeHeading = false;
  for (let i = start; i < firstHeading; i++) {
    if (firstText === -1 && lines[i]!.trim() !== '') firstText = i;
    if (isOption[i]) {
      optionBeforeHeading = true;
      break;
    }
  }
  if (optionBeforeHeading && firstText !== -1) headings.unshift({ index: firstText - 1, line: firstText + 1, level: 8, text: '' });
}

/** Where each heading's block ends, and how many options it holds. */
function countOptions(list: readonly Heading[], isOption: readonly boolean[]): { ends: number[]; counts: number[] } {
  const ends = list.map((h, k) => (k + 1 < list.length ? list[k + 1]!.index : isOption.length));
  const counts = list.map((h, k) => {
    let n = 0;
    for (let i = h.index + 1; i < ends[k]!; i++) if (isOption[i]) n++;
    return n;
  });
  return { ends, counts };
}

/** The heading level most blocks with options (or a declared item type) use; on a tie, the deeper one. */
function voteQuestionLevel(lines: readonly string[], headings: readonly Heading[], counts: readonly number[]): number | undefined {
  const levelVotes = new Map<number, number>();
  // Ordering and matching items have no checkbox options: their metadata comment says what they are.
  headings.forEach((h, k) => {
    if ((counts[k]! > 0 || declaresItemType(lines, h.index)) && h.level < 7) levelVotes.set(h.level, (levelVotes.get(h.level) ?? 0) + 1);
  });
  let questionLevel: number | undefined;
  let best = 0;
  for (const [level, votes] of levelVotes) {
    if (votes > best || (votes === best && questionLevel !== undefined && level > questionLevel)) {
      best = votes;
      questionLevel = level;
    }
  }
  return questionLevel;
}

/**
 * A heading nested below a question (e.g. "### Scenario" inside a "## " question) is part of that
 * question, as Markdown sections nest; only same-or-higher-level headings end a question.
 */
function questionBlocks(headings: readonly Heading[], questionLevel: number | undefined): Heading[] {
  let inQuestion = false;
  return headings.filter((h) => {
    if (questionLevel !== undefined && h.level < 7 && h.level > questionLevel && inQuestion) return false;
    inQuestion = h.level >= 7 || h.level === questionLevel;
    return true;
  });
}

/** True when a block at the question level is a question: options, a declared type, a question's wording or an id comment. */
function looksLikeQuestion(lines: readonly string[], h: Heading, optionCount: number): boolean {
  return (
    optionCount > 0 ||
    declaresItemType(lines, h.index) ||
    readsLikeQuestion(h.text) ||
    /<!--\s*id\s*:/i.test(lines[h.index + 1] ?? '') ||
    /<!--\s*id\s*:/i.test(lines[h.index + 2] ?? '')
  );
}

/**
 * Reads banks where each question is a heading followed by task-list options: the KMS Lab format
 * (`## ` questions with metadata, rationales, explanation and references) and the community task-list
 * format (`### ` questions between marketing sections, tables of contents and back-to-top links).
 */
export function readTaskList(lines: readonly string[], start: number): TaskListResult {
  const problems: Problem[] = [];
  const inFence = fencedLines(lines, start);
  const isOption = markOptions(lines, start, inFence);
  const { headings, firstH1 } = findHeadings(lines, start, inFence);
  addHeadlessQuestion(lines, start, isOption, headings);

  // Which heading blocks hold options, and the level most of those use.
  const naive = countOptions(headings, isOption);
  const questionLevel = voteQuestionLevel(lines, headings, naive.counts);
  const blocks = questionBlocks(headings, questionLevel);
  const { ends: blockEnds, counts: optionCounts } = blocks.length === headings.length ? naive : countOptions(blocks, isOption);

  const questions: RawQuestion[] = [];
  let hasMeta = false;
  blocks.forEach((h, k) => {
    const isQuestionLevel = h.level >= 7 || h.level === questionLevel;
    if (!isQuestionLevel) {
      // Only mention it when the heading reads like a question; roadmaps and checklists in
      // marketing sections are expected and not worth a warning.
      if (optionCounts[k]! > 0 && readsLikeQuestion(h.text)) {
        problems.push({
          line: h.line,
          severity: 'warning',
          message: `The checkbox list under "${h.text.slice(0, 60)}" was not read as a question: questions in this file use level-${questionLevel} headings (${'#'.repeat(questionLevel ?? 2)}), this heading is level ${h.level}.`,
        });
      }
      return;
    }
    if (!looksLikeQuestion(lines, h, optionCounts[k]!)) return;
    const raw = readQuestionBlock(lines, inFence, isOption, h, blockEnds[k]!, problems);
    if (Object.keys(raw.meta).length > 0) hasMeta = true;
    questions.push(raw);
  });
  const result: TaskListResult = { questions, problems, hasMeta };
  if (firstH1 !== undefined) result.firstH1 = firstH1;
  if (questionLevel !== undefined) result.questionLevel = questionLevel;
  return result;
}

/** The metadata comment, when it is the first non-blank thing after the heading, and the line after it. */
function readMetaBlock(
  lines: readonly string[],
  inFence: readonly boolean[],
  from: number,
  end: number,
  problems: Problem[],
): { meta: QuestionMeta; next: number } {
  let i = from;
  let meta: QuestionMeta = {};
  while (i < end && lines[i]!.trim() === '') i++;
  if (i < end && !inFence[i] && lines[i]!.trim().startsWith('<!--')) {
    const commentLine = i + 1;
    const parts: string[] = [];
    let closed = false;
    for (; i < end; i++) {
      const l = lines[i]!;
      parts.push(l);
      if (l.includes('-->')) {
        closed = true;
        i++;
        break;
      }
    }
    const body = parts
      .join('\n')
      .replace(/^\s*<!--/, '')
      .replace(/-->[\s\S]*$/, '');
    if (!closed) {
      problems.push({ line: commentLine, severity: 'warning', message: 'The metadata comment "<!--" is never closed with "-->".' });
    }
    if (body.includes(':')) meta = parseMetaComment(body, commentLine, problems);
  }
  return { meta, next: i };
}

/** Warns about lines that nearly are options (`-[x]`, `- [ x]`, ...) and so were read as text. */
function warnBrokenOptions(
  lines: readonly string[],
  inFence: readonly boolean[],
  isOption: readonly boolean[],
  from: number,
  end: number,
  problems: Problem[],
): void {
  for (let k = from; k < end; k++) {
    if (!isOption[k] && !inFence[k] && lines[k]!.includes('[') && BROKEN_OPTION_RE.test(lines[k]!)) {
      problems.push({
        line: k + 1,
        severity: 'warning',
        message:
          'This line looks like an option but is not written as "- [ ] text" or "- [x] text" (a dash, a space, then [ ] or [x]), so it was read as text.',
      });
    }
  }
}

/**
 * The options from the first option line (`from`) up to the last one (`lastOption`) and the lines
 * still attached to it; content between options attaches to the option above it. Returns the options
 * and the first line after them (where the explanation and references start).
 */
function readOptions(
  lines: readonly string[],
  inFence: readonly boolean[],
  isOption: readonly boolean[],
  from: number,
  lastOption: number,
  end: number,
): { options: RawQuestion['options']; next: number } {
  const options: RawQuestion['options'] = [];
  const optionParts: string[][] = [];
  const rationaleParts: string[][] = [];
  let blankSince = false;
  let inRationale = false;
  let j = from;
  for (; j < end; j++) {
    const line = lines[j]!;
    const m = isOption[j] ? OPTION_RE.exec(line) : null;
    if (m) {
      options.push({ text: '', correct: m[2] !== ' ', line: j + 1 });
      optionParts.push([m[3] ?? '']);
      rationaleParts.push([]);
      blankSince = false;
      inRationale = false;
      continue;
    }
    const parts = optionParts[optionParts.length - 1]!;
    const rationale = rationaleParts[rationaleParts.length - 1]!;
    if (line.trim() === '') {
      blankSince = true;
      continue;
    }
    if (j > lastOption) {
      // After the last option, only clearly attached lines still belong to it.
      const attached = inFence[j]
        ? indentOf(line) >= 2
        : indentOf(line) >= 2 || isImageLine(line) || (!blankSince && !startsTrailing(line));
      if (!attached) break;
    }
    // A rationale is a quote indented under its option; an unindented "> " right below the option
    // (no blank line) is read the same way, since that is what authors mean by it.
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (!inFence[j] && quote && (indentOf(line) >= 1 || !blankSince)) {
      if (inRationale && blankSince) rationale.push('');
      rationale.push(quote[1]!);
      inRationale = true;
      blankSince = false;
      continue;
    }
    if (inRationale && !blankSince && indentOf(line) >= 2) {
      rationale.push(line.trim());
      continue;
    }
    if (blankSince) parts.push('');
    parts.push(line);
    blankSince = false;
    inRationale = false;
  }
  options.forEach((o, k) => {
    o.text = convertBreaks(joinOption(optionParts[k]!));
    const r = joinBlock(rationaleParts[k]!);
    if (r) o.rationale = r;
  });
  return { options, next: j };
}

/** One question's block, from its heading to `end`: metadata, stem, options (or typed body), explanation, references. */
function readQuestionBlock(
  lines: readonly string[],
  inFence: readonly boolean[],
  isOption: readonly boolean[],
  h: Heading,
  end: number,
  problems: Problem[],
): RawQuestion {
  const { meta, next: i } = readMetaBlock(lines, inFence, h.index + 1, end, problems);
  warnBrokenOptions(lines, inFence, isOption, i, end, problems);
  if (meta.type === 'ordering' || meta.type === 'matching') return readTypedBlock(lines, inFence, isOption, h, i, end, meta, problems);
  const stemLines: string[] = [stripQuestionNumber(h.text)];
  // Find the last option line so that anything between options (images, lazy lines) belongs to them.
  let lastOption = -1;
  for (let j = end - 1; j >= i; j--) {
    if (isOption[j]) {
      lastOption = j;
      break;
    }
  }
  // Stem body: everything before the first option.
  let j = i;
  const body: string[] = [];
  for (; j < end; j++) {
    if (isOption[j]) break;
    body.push(lines[j]!);
  }
  if (lastOption === -1) {
    // No options: the caller reports it; the stem is kept only for the message's context.
    return { line: h.line, stem: finishStem(stemLines, []), options: [], references: [], meta };
  }
  const { options, next } = readOptions(lines, inFence, isOption, j, lastOption, end);
  const trailing = readTrailing(lines.slice(next, end));
  return {
    line: h.line,
    stem: finishStem(stemLines, body),
    options,
    references: trailing.references,
    meta,
    ...(trailing.explanation ? { explanation: trailing.explanation } : {}),
  };
}

/** An ordering or matching item: stem, steps or pairs (typed-items.ts), then explanation and references. */
function readTypedBlock(
  lines: readonly string[],
  inFence: readonly boolean[],
  isOption: readonly boolean[],
  h: Heading,
  from: number,
  end: number,
  meta: QuestionMeta,
  problems: Problem[],
): RawQuestion {
  const body =
    meta.type === 'ordering' ? readOrderingBody(lines, inFence, from, end) : readMatchingBody(lines, inFence, from, end, problems);
  // Checkbox options have no place here; finishQuestion reports them by their lines.
  const options: RawQuestion['options'] = [];
  for (let k = from; k < end; k++) if (isOption[k]) options.push({ text: lines[k]!.trim(), correct: false, line: k + 1 });
  const trailing = readTrailing(lines.slice(body.next, end));
  const raw: RawQuestion = {
    line: h.line,
    stem: finishStem([stripQuestionNumber(h.text)], body.stem),
    options,
    references: trailing.references,
    meta,
  };
  if (body.steps) raw.steps = body.steps;
  if (body.pairs) raw.pairs = body.pairs;
  if (body.distractors) raw.distractors = body.distractors;
  if (trailing.explanation) raw.explanation = trailing.explanation;
  return raw;
}

/** True when the metadata comment right after a heading declares an ordering or matching item. */
function declaresItemType(lines: readonly string[], index: number): boolean {
  let i = index + 1;
  while (i < lines.length && i <= index + 2 && lines[i]!.trim() === '') i++;
  if (i >= lines.length || !lines[i]!.trimStart().startsWith('<!--')) return false;
  // A metadata comment is a few lines at most; stop at its end.
  for (let k = i; k < lines.length && k < i + 12; k++) {
    if (/\btype\s*:\s*(?:ordering|matching)\b/i.test(lines[k]!)) return true;
    if (lines[k]!.includes('-->')) return false;
  }
  return false;
}

function finishStem(first: string[], body: string[]): string {
  const rest = joinBlock(body);
  return convertBreaks(rest ? `${first.join('\n')}\n\n${rest}` : first.join('\n')).trim();
}

function joinOption(parts: string[]): string {
  const [first = '', ...rest] = parts;
  if (rest.length === 0) return first.trim();
  return `${first.trim()}\n${joinBlock(rest)}`.trim();
}
