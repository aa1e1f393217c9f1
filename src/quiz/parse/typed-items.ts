import type { Problem } from '../model.ts';
import { firstCharCode, indentOf } from './lines.ts';
import { convertBreaks, joinBlock, type RawItem, type RawPair, type RawStep } from './shared.ts';
import { startsTrailing } from './trailing.ts';

/**
 * Reads the body of an ordering or matching item (the lines after its metadata comment) in the KMS
 * Lab format (content/README.md):
 *
 * - ordering: the stem, then the steps as a numbered list in the right order (`1. step`), each with
 *   an optional `> rationale` indented under it;
 * - matching: the stem, then one `- prompt → response` line per prompt (`->` works too), each with
 *   an optional rationale, then optionally `**Distractors:**` and a list of responses no prompt uses.
 *
 * Explanation and references follow, as in choice items; the caller reads them from `next`.
 */

/** A numbered list item: `1. text` or `1) text`, indented at most three spaces. */
const STEP_RE = /^ {0,3}(\d{1,3})[.)](?:[ \t]+(.*))?$/;
/** A bullet list item that is not a task-list option. */
const BULLET_RE = /^ {0,3}[-*+](?:[ \t]+(?!\[[ xX]\])(.*))?$/;
/** The label before the distractors: `**Distractors:**`, `**Distractors**:` or `Distractors:`. */
const DISTRACTORS_RE = /^ {0,3}(?:\*\*|__)?\s*distractors?\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*$/i;

/** What the body of a typed item holds. */
export interface TypedBody {
  /** Lines of the stem body (before the steps or pairs). */
  stem: string[];
  steps?: RawStep[];
  pairs?: RawPair[];
  distractors?: RawItem[];
  /** Index of the first line after the list(s): the explanation and references. */
  next: number;
}

interface Item {
  line: number;
  number: number;
  parts: string[];
  rationale: string[];
}

/** Where a list item starts, and what follows its marker. */
type ItemHead = (line: string) => { text: string; number: number } | null;

const stepHead: ItemHead = (line) => {
  const c = firstCharCode(line);
  if (c < 48 || c > 57) return null;
  const m = STEP_RE.exec(line);
  return m ? { text: m[2] ?? '', number: Number(m[1]) } : null;
};

const bulletHead: ItemHead = (line) => {
  const c = firstCharCode(line);
  if (c !== 45 && c !== 42 && c !== 43) return null;
  const m = BULLET_RE.exec(line);
  return m ? { text: m[1] ?? '', number: 0 } : null;
};

/**
 * Reads list items from `start` (an item line) to the end of the list: item lines, blank lines, lines
 * indented under an item (continuation, or a `> ` rationale) and a `> ` line right below an item.
 * Stops at the first other line, at `end`, or at a line `stop` accepts.
 */
function readItems(
  lines: readonly string[],
  inFence: readonly boolean[],
  start: number,
  end: number,
  head: ItemHead,
  stop: (line: string) => boolean = () => false,
): { items: Item[]; next: number } {
  const items: Item[] = [];
  let blankSince = false;
  let inRationale = false;
  let j = start;
  for (; j < end; j++) {
    const line = lines[j]!;
    if (line.trim() === '') {
      blankSince = true;
      continue;
    }
    // Code inside an item is indented under it; an unindented fence ends the list (below).
    const h = inFence[j] ? null : head(line);
    const item = items[items.length - 1];
    if (h) {
      items.push({ line: j + 1, number: h.number, parts: [h.text], rationale: [] });
      blankSince = false;
      inRationale = false;
      continue;
    }
    if (!item || stop(line)) break;
    const indented = indentOf(line) >= 2;
    const quote = inFence[j] ? null : /^\s*>\s?(.*)$/.exec(line);
    if (quote && (indented || !blankSince)) {
      if (inRationale && blankSince) item.rationale.push('');
      item.rationale.push(quote[1]!);
      inRationale = true;
      blankSince = false;
      continue;
    }
    if (!indented) break;
    if (inRationale && !blankSince) {
      item.rationale.push(line.trim());
      continue;
    }
    if (blankSince) item.parts.push('');
    item.parts.push(line);
    blankSince = false;
    inRationale = false;
  }
  // Trailing blank lines belong to whatever follows.
  while (j > start && lines[j - 1]!.trim() === '') j--;
  return { items, next: j };
}

function itemText(item: Item): string {
  const [first = '', ...rest] = item.parts;
  return convertBreaks(rest.length === 0 ? first.trim() : `${first.trim()}\n${joinBlock(rest)}`.trim());
}

function toRawItem(item: Item): RawItem {
  const raw: RawItem = { text: itemText(item), line: item.line };
  const rationale = joinBlock(item.rationale);
  if (rationale) raw.rationale = rationale;
  return raw;
}

/** The first line from `from` that starts the explanation or references (outside code), or `end`. */
function trailingStart(lines: readonly string[], inFence: readonly boolean[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (!inFence[i] && indentOf(line) < 4 && startsTrailing(line)) return i;
  }
  return end;
}

/**
 * Reads an ordering item's body. The steps are the last numbered list before the explanation, so a
 * numbered list in the stem is kept in the stem when stem text follows it.
 */
export function readOrderingBody(lines: readonly string[], inFence: readonly boolean[], from: number, end: number): TypedBody {
  const stop = trailingStart(lines, inFence, from, end);
  let last = -1;
  for (let i = stop - 1; i >= from; i--) {
    if (!inFence[i] && stepHead(lines[i]!)) {
      last = i;
      break;
    }
  }
  if (last === -1) return { stem: lines.slice(from, stop), steps: [], next: stop };
  // Walk back through the list to its first item: items, blank lines and indented or quoted lines.
  let first = last;
  for (let i = last - 1; i >= from; i--) {
    const line = lines[i]!;
    if (!inFence[i] && stepHead(line)) first = i;
    else if (line.trim() !== '' && indentOf(line) < 2 && !/^\s*>/.test(line)) break;
  }
  const { items, next } = readItems(lines, inFence, first, stop, stepHead);
  const steps: RawStep[] = items.map((item) => ({ ...toRawItem(item), number: item.number }));
  return { stem: lines.slice(from, first), steps, next };
}

/** Splits `prompt → response` at the first arrow outside code spans; no arrow gives an empty response. */
export function splitPair(text: string): { prompt: string; response: string; arrow: boolean } {
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') inCode = !inCode;
    if (inCode) continue;
    if (c === '→') return { prompt: text.slice(0, i).trim(), response: text.slice(i + 1).trim(), arrow: true };
    if (c === '-' && text[i + 1] === '>' && (i === 0 || /\s/.test(text[i - 1]!)) && /\s|$/.test(text[i + 2] ?? '')) {
      return { prompt: text.slice(0, i).trim(), response: text.slice(i + 2).trim(), arrow: true };
    }
  }
  return { prompt: text.trim(), response: '', arrow: false };
}

/** Reads a matching item's body: the pairs start at the first bullet with an arrow; distractors follow their label. */
export function readMatchingBody(
  lines: readonly string[],
  inFence: readonly boolean[],
  from: number,
  end: number,
  problems: Problem[],
): TypedBody {
  const stop = trailingStart(lines, inFence, from, end);
  let first = -1;
  for (let i = from; i < stop; i++) {
    const h = inFence[i] ? null : bulletHead(lines[i]!);
    if (h && splitPair(h.text).arrow) {
      first = i;
      break;
    }
  }
  if (first === -1) return { stem: lines.slice(from, stop), pairs: [], next: stop };
  const isLabel = (line: string) => DISTRACTORS_RE.test(line);
  const read = readItems(lines, inFence, first, stop, bulletHead, isLabel);
  const pairs: RawPair[] = read.items.map((item) => {
    const raw = toRawItem(item);
    return { ...raw, ...splitPair(raw.text) };
  });
  let next = read.next;
  let k = next;
  while (k < stop && lines[k]!.trim() === '') k++;
  const body: TypedBody = { stem: lines.slice(from, first), pairs, next };
  if (k < stop && isLabel(lines[k]!)) {
    let s = k + 1;
    while (s < stop && lines[s]!.trim() === '') s++;
    const listed =
      s < stop && !inFence[s] && bulletHead(lines[s]!) ? readItems(lines, inFence, s, stop, bulletHead) : { items: [], next: k + 1 };
    if (listed.items.length === 0) {
      problems.push({
        line: k + 1,
        severity: 'warning',
        message: 'The "Distractors:" label has no list of responses under it ("- response").',
      });
    }
    body.distractors = listed.items.map(toRawItem);
    next = listed.next;
  }
  body.next = next;
  return body;
}
