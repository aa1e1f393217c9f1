import { firstCharCode, isNavigationLine, isRule } from './lines.ts';
import { convertBreaks, extractUrls, joinBlock } from './shared.ts';

// The part of a question after its options, steps or pairs: explanation and references.

/** A trailing section label such as `**Explanation:**`, `Explanation:`, `> **References:**`. */
const SECTION_RE =
  /^(?:\*\*|__)?\s*(explanation|solution|extra|notes?|references?|sources?|further reading|learn more)\s*(?::\s*(?:\*\*|__)?|(?:\*\*|__)\s*:)\s*(.*)$/i;

/** True when a line begins the part after the options (explanation, references, navigation, a rule). */
export function startsTrailing(line: string): boolean {
  if (isNavigationLine(line) || isRule(line) || /^\s*<details\b/i.test(line)) return true;
  if (!line.includes(':') && !line.includes('](')) return false;
  const t = line.trim().replace(/^>\s*/, '');
  return SECTION_RE.test(t) || /^\[\s*references?\s*\]\(/i.test(t);
}

/** Reads explanation and references after the options, skipping navigation links and rules. */
export function readTrailing(lines: readonly string[]): { explanation?: string; references: string[] } {
  const explanation: string[] = [];
  const references: string[] = [];
  let mode: 'explanation' | 'references' = 'explanation';
  for (const raw of lines) {
    if (isNavigationLine(raw) || isRule(raw)) continue;
    // Some banks fold the explanation into <details><summary>Answer</summary> … </details>: keep the text, drop the wrapper.
    const line = raw.includes('<') && raw.length < 2000 ? raw.replace(/<\/?details\b[^>]*>|<summary\b[^>]*>.*?<\/summary\s*>/gi, '') : raw;
    if (line !== raw && line.trim() === '') continue;
    const unquoted = line.replace(/^\s{0,3}>\s?/, '');
    const section = unquoted.includes(':') ? SECTION_RE.exec(unquoted.trim()) : null;
    if (section) {
      const label = section[1]!.toLowerCase();
      const rest = section[2] ?? '';
      if (/^(references?|sources?|further reading|learn more)$/.test(label)) {
        mode = 'references';
        for (const u of extractUrls(rest)) if (!references.includes(u)) references.push(u);
      } else {
        mode = 'explanation';
        if (explanation.length > 0) explanation.push('');
        explanation.push(rest);
      }
      continue;
    }
    const refLink =
      firstCharCode(line) === 91 ? /^\s*\[\s*(?:references?|source|docs?)\s*\]\((https?:\/\/[^)\s]+)\)\s*$/i.exec(line) : null;
    if (refLink) {
      if (!references.includes(refLink[1]!)) references.push(refLink[1]!);
      continue;
    }
    if (mode === 'references') {
      const urls = extractUrls(line);
      if (urls.length > 0) {
        for (const u of urls) if (!references.includes(u)) references.push(u);
        continue;
      }
      if (line.trim() === '') continue;
      mode = 'explanation';
    }
    explanation.push(unquoted);
  }
  const text = joinBlock(explanation);
  return text ? { explanation: convertBreaks(text), references } : { references };
}
