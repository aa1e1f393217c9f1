import type { Problem } from '../model.ts';
import { fencedLines, firstCharCode, indentOf } from './lines.ts';
import { convertBreaks, extractUrls, joinBlock, type RawQuestion } from './shared.ts';

const QUESTION_RE = /^ {0,3}(\d{1,4})[.)]\s+(\S.*)$/;
/** `- A. text`, `* b) text`, or an indented `A. text` without a bullet. */
const OPTION_RE = /^(\s*)(?:[-*+]\s+([A-Za-z])[.)]|([A-Z])[.)])(?:\s+(.*))?$/;
/**
 * The first option written on the stem line after a run of spaces: `47. What is …?   - A. text`.
 * Only option A is split off, and only after at least two spaces or a tab, so a stem that merely
 * mentions "- A." in passing stays whole.
 */
const STEM_LINE_OPTION_RE = /^(.*?\S)(?: {2,}|\t)\s*[-*+]\s+A[.)]\s+(\S.*)$/;
// These are matched against trimmed lines; adjacent optional groups are kept from overlapping
// (e.g. "\s*(?:\*\*\s*)?") so a long run of spaces cannot cause quadratic backtracking.
const ANSWER_RE = /^(?:\*\*|__)?\s*correct\s+answers?\s*(?:(?:\*\*|__)\s*)?:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
const EXPLANATION_RE = /^(?:\*\*|__)?\s*explanations?\s*(?:(?:\*\*|__)\s*)?:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;
const REFERENCE_RE = /^(?:\*\*|__)?\s*(?:references?|sources?)\s*(?:(?:\*\*|__)\s*)?:\s*(?:(?:\*\*|__)\s*)?(.*)$/i;

/** What the numbered-list reader found. */
export interface NumberedResult {
  questions: RawQuestion[];
  problems: Problem[];
  firstH1?: string;
}

/** Answer letters read from a `Correct answer:` value, as option indexes. */
export interface AnswerLetters {
  indexes: number[];
  /** The value was not written in a clean style (e.g. the typo `Ac`), so a warning is due. */
  irregular: boolean;
}

/**
 * Reads an answer key such as `B`, `B, E`, `BE`, `B,E`, `A, B, C`, `B and E` or the typo `Ac`
 * into option indexes. Returns undefined when no letters can be found.
 */
export function parseAnswerLetters(value: string): AnswerLetters | undefined {
  const cleaned = value
    .replace(/\*\*|__|`/g, '')
    .replace(/\band\b/gi, ',')
    .trim();
  const m = /^[A-Za-z](?:[\s,;&/+]*[A-Za-z])*(?![A-Za-z])/.exec(cleaned);
  if (!m) return undefined;
  const letters = m[0].replace(/[^A-Za-z]/g, '');
  const clean = /^[A-Z](?:\s*,\s*[A-Z])*$/.test(m[0].trim()) || /^[A-Z]+$/.test(m[0].trim());
  const indexes = [...letters.toUpperCase()].map((c) => c.charCodeAt(0) - 65);
  return { indexes, irregular: !clean };
}

/** A question being read: its lines until the next question or heading. */
interface Draft {
  line: number;
  stem: string[];
  options: { letter: string; line: number; parts: string[] }[];
  answerLine?: number;
  answer?: string;
  explanation: string[];
  references: string[];
  sawDetails: boolean;
}

/** Where the reader is in the file. */
interface ReaderState {
  questions: RawQuestion[];
  problems: Problem[];
  firstH1?: string;
  draft?: Draft;
  /** Inside a `<details>` block (or after a plain "Correct answer:" line, see `looseAnswer`). */
  inDetails: boolean;
  /**
   * Set when the answer was written as a plain "Correct answer:" line, not inside <details>: the
   * lines after it are read like a details block until the next question or heading.
   */
  looseAnswer: boolean;
  /** What an unlabelled line inside the details block continues. */
  detailsMode: 'none' | 'answer' | 'explanation' | 'references';
}

/**
 * Reads the numbered-list format: `N. stem`, indented `- A. text` options (the first may sit on the
 * stem line after a few spaces) and the answer inside a `<details>` block as `Correct answer: B, E`,
 * with optional `Explanation:` and `Reference:` lines.
 */
export function readNumbered(lines: readonly string[], start: number): NumberedResult {
  const state: ReaderState = { questions: [], problems: [], inDetails: false, looseAnswer: false, detailsMode: 'none' };
  const inFence = fencedLines(lines, start);
  for (let i = start; i < lines.length; i++) readLine(state, lines[i]!, i, inFence[i]!);
  flush(state);
  const result: NumberedResult = { questions: state.questions, problems: state.problems };
  if (state.firstH1 !== undefined) result.firstH1 = state.firstH1;
  return result;
}

/** Reads one line. The first non-blank character is a cheap dispatch, so most lines skip most regexes. */
function readLine(state: ReaderState, line: string, i: number, fenced: boolean): void {
  const c = firstCharCode(line);
  if (c === -1) return readBlank(state, line);
  const isDigit = c >= 48 && c <= 57;
  if (state.looseAnswer && (c === 35 || (isDigit && QUESTION_RE.test(line) && indentOf(line) < 4))) {
    state.looseAnswer = false;
    state.inDetails = false;
    state.detailsMode = 'none';
  }
  if (state.inDetails) return readDetailsLine(state, line, c, i);
  if (fenced) {
    if (state.draft && state.draft.options.length === 0) state.draft.stem.push(line);
    return;
  }
  if (c === 60 && /<details\b/i.test(line)) return openDetails(state, line, i);
  if (c === 35 && readHeading(state, line)) return;
  if (isDigit && startQuestion(state, line, i)) return;
  if (state.draft) readBodyLine(state, state.draft, line, c, i);
}

function readBlank(state: ReaderState, line: string): void {
  const draft = state.draft;
  if (!draft) return;
  if (state.inDetails) {
    if (state.detailsMode === 'explanation') draft.explanation.push('');
  } else if (draft.options.length === 0 && !draft.sawDetails) draft.stem.push(line);
}

/** A line inside `<details>`: the answer key, the explanation and the references. */
function readDetailsLine(state: ReaderState, line: string, c: number, i: number): void {
  if (c === 60 && /<\/details\s*>/i.test(line)) {
    state.inDetails = false;
    state.detailsMode = 'none';
    return;
  }
  const draft = state.draft;
  if (!draft) return;
  const text = withoutSummary(line);
  // Every label needs a colon; lines without one skip the three label regexes.
  const hasColon = text.includes(':');
  const answer = hasColon ? ANSWER_RE.exec(text.trim()) : null;
  if (answer) {
    setAnswer(draft, answer[1]!, i);
    state.detailsMode = draft.answer ? 'none' : 'answer';
    return;
  }
  const expl = hasColon ? EXPLANATION_RE.exec(text.trim()) : null;
  if (expl) {
    state.detailsMode = 'explanation';
    // Keep the label line's indentation so joinBlock can dedent the whole explanation evenly.
    draft.explanation.push(' '.repeat(indentOf(text)) + expl[1]!);
    return;
  }
  const ref = hasColon ? REFERENCE_RE.exec(text.trim()) : null;
  if (ref) {
    state.detailsMode = 'references';
    addReferences(draft, ref[1]!);
    return;
  }
  if (state.detailsMode === 'answer' && text.trim()) {
    draft.answer = text.trim();
    state.detailsMode = 'none';
  } else if (state.detailsMode === 'explanation') {
    draft.explanation.push(text);
  } else if (state.detailsMode === 'references') {
    addReferences(draft, text);
  }
}

/** The line without `<summary>…</summary>` and `<p>` tags. */
function withoutSummary(line: string): string {
  if (!line.includes('<')) return line;
  // Length guard: the lazy .*? would be quadratic on a pathological line full of <summary.
  const noSummary = line.length < 2000 && /<summary/i.test(line) ? line.replace(/<summary\b[^>]*>.*?<\/summary\s*>/gi, '') : line;
  return noSummary.replace(/<\/?p>/gi, '');
}

function setAnswer(draft: Draft, value: string, i: number): void {
  draft.answerLine = i + 1;
  draft.answer = value.trim();
}

function addReferences(draft: Draft, text: string): void {
  for (const u of extractUrls(text)) if (!draft.references.includes(u)) draft.references.push(u);
}

function openDetails(state: ReaderState, line: string, i: number): void {
  state.inDetails = !/<\/details\s*>/i.test(line);
  const draft = state.draft;
  if (!draft) return;
  draft.sawDetails = true;
  // A one-line <details>...</details> can still carry the answer.
  const answer = ANSWER_RE.exec(line.replace(/<[^>]+>/g, ' ').trim());
  if (answer) setAnswer(draft, answer[1]!, i);
}

/** A heading ends the question; the first `# ` heading is a fallback title. True when the line was a heading. */
function readHeading(state: ReaderState, line: string): boolean {
  const h1 = /^#\s+(.*)$/.exec(line);
  if (h1) {
    let title = h1[1]!.trimEnd();
    while (title.endsWith('#')) title = title.slice(0, -1);
    title = title.trim();
    if (state.firstH1 === undefined && title) state.firstH1 = title;
    flush(state);
    return true;
  }
  if (/^#{2,6}\s/.test(line)) {
    flush(state);
    return true;
  }
  return false;
}

/** `N. stem` starts a question (unless it is an indented list inside a stem). True when it did. */
function startQuestion(state: ReaderState, line: string, i: number): boolean {
  const q = QUESTION_RE.exec(line);
  const draft = state.draft;
  if (!q || indentOf(line) >= 4 || (draft && draft.options.length === 0 && indentOf(line) > 0)) return false;
  flush(state);
  const split = STEM_LINE_OPTION_RE.exec(q[2]!);
  const stemText = split ? split[1]! : q[2]!;
  state.draft = {
    line: i + 1,
    // Indent the first stem line to its text column so joinBlock dedents continuation lines with it.
    stem: [' '.repeat(line.length - q[2]!.length) + stemText],
    options: split ? [{ letter: 'A', line: i + 1, parts: [split[2]!] }] : [],
    explanation: [],
    references: [],
    sawDetails: false,
  };
  return true;
}

/** A line of the question outside `<details>`: an option, a plain "Correct answer:" line, or more text. */
function readBodyLine(state: ReaderState, draft: Draft, line: string, c: number, i: number): void {
  const o = c === 45 || c === 42 || c === 43 || (c >= 65 && c <= 90) ? OPTION_RE.exec(line) : null;
  // A bare "A. text" (no bullet) only counts as an option when indented under the question.
  if (o && !draft.sawDetails && (o[2] !== undefined || o[1]!.length >= 2)) {
    draft.options.push({ letter: (o[2] ?? o[3]!).toUpperCase(), line: i + 1, parts: [o[4] ?? ''] });
    return;
  }
  if (draft.sawDetails) return;
  const loose = draft.options.length > 0 && line.includes(':') ? ANSWER_RE.exec(line.trim()) : null;
  if (loose) {
    setAnswer(draft, loose[1]!, i);
    draft.sawDetails = true;
    state.inDetails = true;
    state.looseAnswer = true;
    state.detailsMode = draft.answer ? 'none' : 'answer';
    return;
  }
  if (draft.options.length === 0) draft.stem.push(line);
  else if (line.trim()) draft.options[draft.options.length - 1]!.parts.push(line.trim());
}

function flush(state: ReaderState): void {
  if (!state.draft) return;
  state.questions.push(finishDraft(state.draft, state.problems));
  state.draft = undefined;
}

/** Turns a draft into a raw question: options, the answer key mapped by letter, explanation and references. */
function finishDraft(d: Draft, problems: Problem[]): RawQuestion {
  const options: RawQuestion['options'] = d.options.map((o, k) => {
    if (o.letter !== String.fromCharCode(65 + k)) {
      problems.push({
        line: o.line,
        severity: 'warning',
        message: `Option ${o.letter} is the option number ${k + 1}; letters should run A, B, C… in order.`,
      });
    }
    return { text: convertBreaks(o.parts.join('\n')).trim(), correct: false, line: o.line };
  });
  const raw: RawQuestion = { line: d.line, stem: convertBreaks(joinBlock(d.stem)), options, references: d.references, meta: {} };
  const error = options.length === 0 ? noOptions(d) : d.answer === undefined ? noAnswer(d) : markAnswer(d, d.answer, options, problems);
  if (error) {
    problems.push(error);
    raw.rejected = true;
  }
  readExplanation(d, raw);
  return raw;
}

function noOptions(d: Draft): Problem {
  return {
    line: d.line,
    severity: 'error',
    message: 'The question has no options; write them indented under it as "- A. text", "- B. text"…',
  };
}

function noAnswer(d: Draft): Problem {
  return {
    line: d.line,
    severity: 'error',
    message: d.sawDetails
      ? 'The <details> block has no "Correct answer: X" line, so the answer is unknown.'
      : 'No answer found: add a <details> block with "Correct answer: B" (or "B, E" for several).',
  };
}

/** Marks the options the answer key names; returns the error that keeps the question out, if any. */
function markAnswer(d: Draft, answer: string, options: RawQuestion['options'], problems: Problem[]): Problem | undefined {
  const parsed = parseAnswerLetters(answer);
  const line = d.answerLine ?? d.line;
  if (!parsed) return { line, severity: 'error', message: `"Correct answer: ${answer}" has no option letters (expected e.g. B, or B, E).` };
  const bad = parsed.indexes.filter((x) => x < 0 || x >= options.length);
  if (bad.length > 0) {
    return {
      line,
      severity: 'error',
      message: `"Correct answer: ${answer}" names ${bad.map((x) => String.fromCharCode(65 + x)).join(', ')}, but the question has only options A to ${String.fromCharCode(64 + Math.max(1, options.length))}.`,
    };
  }
  if (parsed.irregular) {
    problems.push({
      line,
      severity: 'warning',
      message: `"Correct answer: ${answer}" was read as ${[...new Set(parsed.indexes)].map((x) => String.fromCharCode(65 + x)).join(', ')}; write capital letters separated by commas.`,
    });
  }
  for (const x of parsed.indexes) options[x]!.correct = true;
  return undefined;
}

function readExplanation(d: Draft, raw: RawQuestion): void {
  const explanation = joinBlock(d.explanation);
  if (!explanation) return;
  // An explanation that is only a link (common in these banks) is really a reference.
  const onlyLinks = explanation.replace(/<?https?:\/\/[^\s>]+>?/g, '').replace(/[\s,;-]/g, '') === '';
  if (onlyLinks) {
    for (const u of extractUrls(explanation)) if (!raw.references.includes(u)) raw.references.push(u);
  } else raw.explanation = convertBreaks(explanation);
}
