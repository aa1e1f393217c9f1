/** Line-level helpers shared by the format readers. */

/**
 * Splits text into lines, accepting LF, CRLF and lone CR, and dropping a byte-order mark,
 * so banks saved on any platform read the same.
 */
export function splitLines(source: string): string[] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Plain split on \n is several times faster than a regex split on large banks.
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
}

/**
 * Marks the lines that belong to fenced code blocks (``` or ~~~), delimiters included, so that a
 * `## ` or `- [x]` inside a code sample is never mistaken for a question or an option.
 */
export function fencedLines(lines: readonly string[], from = 0): boolean[] {
  const inFence = new Array<boolean>(lines.length).fill(false);
  let fenceChar = '';
  let fenceLen = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceChar) {
      inFence[i] = true;
      if (m && m[1]![0] === fenceChar && m[1]!.length >= fenceLen && line.trim().replace(/[`~]/g, '') === '') {
        fenceChar = '';
        fenceLen = 0;
      }
    } else if (m) {
      inFence[i] = true;
      fenceChar = m[1]![0]!;
      fenceLen = m[1]!.length;
    }
  }
  return inFence;
}

/** Code of the first non-space, non-tab character, or -1 for a blank line (a cheap pre-filter before regexes). */
export function firstCharCode(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** Number of leading spaces (a tab counts as four). */
export function indentOf(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

/** True for a line that holds only an image (optionally wrapped in a link), e.g. `![Option B](img/b.png)`. */
export function isImageLine(line: string): boolean {
  if (line.length > 2000) return false; // image lines are short; skip the regex on pathological input
  return /^\s*(?:\[\s*)?!\[[^\]]*\]\([^)]*\)(?:\s*\]\([^)]*\))?\s*$/.test(line) || /^\s*<img\b[^>]*>\s*$/i.test(line);
}

/** True for "back to top" links and bare in-page anchor links that community banks put between questions. */
export function isNavigationLine(line: string): boolean {
  // Cheap pre-checks: every navigation line has a link or the word "back".
  if (!line.includes('](') && !line.includes('ack') && !line.includes('ACK')) return false;
  const t = line.trim();
  if (/back\s+to\s+(?:the\s+)?top/i.test(t)) return true;
  return /^(?:\*\*|__)?\[[^\]]*\]\(#[^)]*\)(?:\*\*|__)?$/.test(t);
}

/** True for a Markdown thematic break (`---`, `***`, `___`). */
export function isRule(line: string): boolean {
  const c = firstCharCode(line);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  return /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line);
}
