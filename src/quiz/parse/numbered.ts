import type { Problem } from '../model.ts';
import { fencedLines, firstCharCode, indentOf } from './lines.ts';
import { convertBreaks, extractUrls, joinBlock, type RawQuestion } from './shared.ts';

const QUESTION_RE = /^ {0,3}(\d{1,4})[.)]\s+(\S.*)$/;
/** `- A. text`, `* b) text`, or an indented `A. text` without a bullet. */
const OPTION_RE = /^(\s*)(?:[-*+]\s+([A-Za-z])[.)]|([A-Z])[.)])(?:\s+(.*))?$/;
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

/**
 * Reads the numbered-list format: `N. stem`, indented `- A. text` options and the answer inside a
 * `<details>` block as `Correct answer: B, E`, with optional `Explanation:` and `Reference:` lines.
 */
export function readNumbered(lines: readonly string[], start: number): NumberedResult {
  const problems: Problem[] = [];
  const inFence = fencedLines(lines, start);
  const questions: RawQuestion[] = [];
  let firstH1: string | undefined;

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
  let draft: Draft | undefined;
  let inDetails = false;
  // Set when the answer was written as a plain "Correct answer:" line, not inside <details>: the
  // lines after it are read like a details block until the next question or heading.
  let looseAnswer = false;
  let detailsMode: 'none' | 'answer' | 'explanation' | 'references' = 'none';

  const flush = () => {
    if (!draft) return;
    questions.push(finishDraft(draft, problems));
    draft = undefined;
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    // First non-blank character: a cheap dispatch so most lines skip most regexes.
    const c = firstCharCode(line);
    if (c === -1) {
      if (inDetails) {
        if (detailsMode === 'explanation' && draft) draft.explanation.push('');
      } else if (draft && draft.options.length === 0 && !draft.sawDetails) draft.stem.push(line);
      continue;
    }
    const isDigit = c >= 48 && c <= 57;
    if (looseAnswer && (c === 35 || (isDigit && QUESTION_RE.test(line) && indentOf(line) < 4))) {
      looseAnswer = false;
      inDetails = false;
      detailsMode = 'none';
    }
    if (inDetails) {
      if (c === 60 && /<\/details\s*>/i.test(line)) {
        inDetails = false;
        detailsMode = 'none';
        continue;
      }
      if (!draft) continue;
      // Length guard: the lazy .*? would be quadratic on a pathological line full of <summary.
      const text = line.includes('<')
        ? (line.length < 2000 && /<summary/i.test(line) ? line.replace(/<summary\b[^>]*>.*?<\/summary\s*>/gi, '') : line).replace(
            /<\/?p>/gi,
            '',
          )
        : line;
      // Every label needs a colon; lines without one skip the three label regexes.
      const hasColon = text.includes(':');
      const answer = hasColon ? ANSWER_RE.exec(text.trim()) : null;
      if (answer) {
        draft.answerLine = i + 1;
        draft.answer = answer[1]!.trim();
        detailsMode = draft.answer ? 'none' : 'answer';
        continue;
      }
      const expl = hasColon ? EXPLANATION_RE.exec(text.trim()) : null;
      if (expl) {
        detailsMode = 'explanation';
        // Keep the label line's indentation so joinBlock can dedent the whole explanation evenly.
        draft.explanation.push(' '.repeat(indentOf(text)) + expl[1]!);
        continue;
      }
      const ref = hasColon ? REFERENCE_RE.exec(text.trim()) : null;
      if (ref) {
        detailsMode = 'references';
        for (const u of extractUrls(ref[1]!)) if (!draft.references.includes(u)) draft.references.push(u);
        continue;
      }
      if (detailsMode === 'answer' && text.trim()) {
        draft.answer = text.trim();
        detailsMode = 'none';
      } else if (detailsMode === 'explanation') {
        draft.explanation.push(text);
      } else if (detailsMode === 'references') {
        for (const u of extractUrls(text)) if (!draft.references.includes(u)) draft.references.push(u);
      }
      continue;
    }
    if (inFence[i]) {
      if (draft && draft.options.length === 0) draft.stem.push(line);
      continue;
    }
    if (c === 60 && /<details\b/i.test(line)) {
      inDetails = !/<\/details\s*>/i.test(line);
      if (draft) {
        draft.sawDetails = true;
        // A one-line <details>...</details> can still carry the answer.
        const answer = ANSWER_RE.exec(line.replace(/<[^>]+>/g, ' ').trim());
        if (answer) {
          draft.answerLine = i + 1;
          draft.answer = answer[1]!.trim();
        }
      }
      continue;
    }
    const h1 = c === 35 ? /^#\s+(.*)$/.exec(line) : null;
    if (h1) {
      let title = h1[1]!.trimEnd();
      while (title.endsWith('#')) title = title.slice(0, -1);
      title = title.trim();
      if (firstH1 === undefined && title) firstH1 = title;
      flush();
      continue;
    }
    if (c === 35 && /^#{2,6}\s/.test(line)) {
      flush();
      continue;
    }
    const q = isDigit ? QUESTION_RE.exec(line) : null;
    if (q && indentOf(line) < 4 && !(draft && draft.options.length === 0 && indentOf(line) > 0)) {
      flush();
      // Indent the first stem line to its text column so joinBlock dedents continuation lines with it.
      draft = {
        line: i + 1,
        stem: [' '.repeat(line.length - q[2]!.length) + q[2]!],
        options: [],
        explanation: [],
        references: [],
        sawDetails: false,
      };
      continue;
    }
    if (!draft) continue;
    const o = c === 45 || c === 42 || c === 43 || (c >= 65 && c <= 90) ? OPTION_RE.exec(line) : null;
    // A bare "A. text" (no bullet) only counts as an option when indented under the question.
    if (o && !draft.sawDetails && (o[2] !== undefined || o[1]!.length >= 2)) {
      draft.options.push({ letter: (o[2] ?? o[3]!).toUpperCase(), line: i + 1, parts: [o[4] ?? ''] });
      continue;
    }
    if (draft.sawDetails) continue;
    if (draft.options.length > 0 && line.includes(':')) {
      const loose = ANSWER_RE.exec(line.trim());
      if (loose) {
        draft.answerLine = i + 1;
        draft.answer = loose[1]!.trim();
        draft.sawDetails = true;
        inDetails = true;
        looseAnswer = true;
        detailsMode = draft.answer ? 'none' : 'answer';
        continue;
      }
    }
    if (draft.options.length === 0) draft.stem.push(line);
    else if (line.trim()) draft.options[draft.options.length - 1]!.parts.push(line.trim());
  }
  flush();
  const result: NumberedResult = { questions, problems };
  if (firstH1 !== undefined) result.firstH1 = firstH1;
  return result;

  function finishDraft(d: Draft, probs: Problem[]): RawQuestion {
    const stem = convertBreaks(joinBlock(d.stem));
    const options: RawQuestion['options'] = d.options.map((o, k) => {
      if (o.letter !== String.fromCharCode(65 + k)) {
        probs.push({
          line: o.line,
          severity: 'warning',
          message: `Option ${o.letter} is the option number ${k + 1}; letters should run A, B, C… in order.`,
        });
      }
      return { text: convertBreaks(o.parts.join('\n')).trim(), correct: false, line: o.line };
    });
    const raw: RawQuestion = { line: d.line, stem, options, references: d.references, meta: {} };
    if (options.length === 0) {
      probs.push({
        line: d.line,
        severity: 'error',
        message: 'The question has no options; write them indented under it as "- A. text", "- B. text"…',
      });
      raw.rejected = true;
    } else if (d.answer === undefined) {
      {
        probs.push({
          line: d.line,
          severity: 'error',
          message: d.sawDetails
            ? 'The <details> block has no "Correct answer: X" line, so the answer is unknown.'
            : 'No answer found: add a <details> block with "Correct answer: B" (or "B, E" for several).',
        });
        raw.rejected = true;
      }
    } else {
      const parsed = parseAnswerLetters(d.answer);
      const line = d.answerLine ?? d.line;
      if (!parsed) {
        probs.push({ line, severity: 'error', message: `"Correct answer: ${d.answer}" has no option letters (expected e.g. B, or B, E).` });
        raw.rejected = true;
      } else {
        const bad = parsed.indexes.filter((x) => x < 0 || x >= options.length);
        if (bad.length > 0) {
          probs.push({
            line,
            severity: 'error',
            message: `"Correct answer: ${d.answer}" names ${bad.map((x) => String.fromCharCode(65 + x)).join(', ')}, but the question has only options A to ${String.fromCharCode(64 + Math.max(1, options.length))}.`,
          });
          raw.rejected = true;
        } else {
          if (parsed.irregular) {
            probs.push({
              line,
              severity: 'warning',
              message: `"Correct answer: ${d.answer}" was read as ${[...new Set(parsed.indexes)].map((x) => String.fromCharCode(65 + x)).join(', ')}; write capital letters separated by commas.`,
            });
          }
          for (const x of parsed.indexes) options[x]!.correct = true;
        }
      }
    }
    const explanation = joinBlock(d.explanation);
    if (explanation) {
      // An explanation that is only a link (common in these banks) is really a reference.
      const onlyLinks = explanation.replace(/<?https?:\/\/[^\s>]+>?/g, '').replace(/[\s,;-]/g, '') === '';
      if (onlyLinks) {
        for (const u of extractUrls(explanation)) if (!raw.references.includes(u)) raw.references.push(u);
      } else raw.explanation = convertBreaks(explanation);
    }
    return raw;
  }
}
