import type { BankFormat, ParsedBank, Problem, Question } from './model.ts';
import { readFrontMatter } from './parse/front-matter.ts';
import { firstCharCode, splitLines } from './parse/lines.ts';
import { readNumbered } from './parse/numbered.ts';
import { finishQuestion } from './parse/finish-items.ts';
import type { RawQuestion } from './parse/shared.ts';
import { readTaskList } from './parse/task-list.ts';

export type {
  BankFormat,
  ChoiceQuestion,
  Difficulty,
  MatchingQuestion,
  OrderingQuestion,
  ParsedBank,
  Problem,
  Question,
  QuestionOption,
} from './model.ts';

/** Options for {@link parseBank}. */
export interface ParseBankOptions {
  /** File name, used as a fallback title when the bank has neither front matter title nor `# ` heading. */
  fileName?: string;
}

/**
 * Guesses a file's syntax from cheap line counts: numbered-list banks have lettered options and
 * `Correct answer:` keys; the rest use task-list options under headings.
 */
function detectNumbered(lines: readonly string[], start: number): boolean {
  let taskOptions = 0;
  let answers = 0;
  let lettered = 0;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    const c = firstCharCode(l);
    // Cheap character checks first: this loop sees every line of every bank.
    if ((c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) && /^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\]/.test(l)) taskOptions++;
    else if ((l.includes('orrect') || l.includes('ORRECT')) && /correct\s+answers?\s*(?:(?:\*\*|__)\s*)?:/i.test(l)) answers++;
    else if ((c === 45 || c === 42 || c === 43) && /^\s+[-*+]\s+[A-Za-z][.)]\s/.test(l)) lettered++;
  }
  if (answers === 0 && lettered === 0) return false;
  // Roughly four options per question in either style; compare the evidence for questions.
  return Math.max(answers, lettered / 4) > taskOptions / 4;
}

/**
 * Parses a question bank written in the KMS Lab format, the community task-list format or the
 * numbered-list format (detected per file). Never throws: anything wrong becomes a {@link Problem}
 * with its line, and every question without an error still loads.
 */
export function parseBank(source: string, options: ParseBankOptions = {}): ParsedBank {
  try {
    return parseUnsafe(typeof source === 'string' ? source : String(source ?? ''), options);
  } catch (error) {
    // A safety net: the readers are written not to throw, but a learner's import must never crash the app.
    return {
      format: 'kmslab',
      questions: [],
      problems: [
        {
          line: 1,
          severity: 'error',
          message: `The file could not be read (${error instanceof Error ? error.message : String(error)}). Please report this file.`,
        },
      ],
    };
  }
}

function parseUnsafe(source: string, options: ParseBankOptions): ParsedBank {
  const lines = splitLines(source);
  const front = readFrontMatter(lines);
  const problems: Problem[] = [...front.problems];
  let format: BankFormat;
  let raws: RawQuestion[];
  let firstH1: string | undefined;
  if (detectNumbered(lines, front.bodyStart)) {
    const r = readNumbered(lines, front.bodyStart);
    format = 'numbered';
    raws = r.questions;
    problems.push(...r.problems);
    firstH1 = r.firstH1;
  } else {
    const r = readTaskList(lines, front.bodyStart);
    format = r.questionLevel === 2 || r.hasMeta || (r.questionLevel === undefined && r.questions.length === 0) ? 'kmslab' : 'task-list';
    raws = r.questions;
    problems.push(...r.problems);
    firstH1 = r.firstH1;
  }

  const questions: Question[] = [];
  const byId = new Map<string, Question>();
  for (const raw of raws) {
    const q = finishQuestion(raw, front.data, problems);
    if (!q) continue;
    const dup = byId.get(q.id);
    if (dup) {
      problems.push({
        line: q.line,
        severity: 'error',
        message: raw.meta.id
          ? `The id "${q.id}" is already used by the question on line ${dup.line}; ids must be unique, so this question was skipped.`
          : `This question repeats the question on line ${dup.line} (same text and options), so it was skipped.`,
      });
      continue;
    }
    byId.set(q.id, q);
    questions.push(q);
  }
  if (questions.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      line: 1,
      severity: 'error',
      message:
        'No questions were found. Write each question as a "## " heading followed by options "- [ ] wrong" / "- [x] right", or as "1. question" with "- A. option" lines and a <details> block holding "Correct answer: B".',
    });
  }
  problems.sort((a, b) => a.line - b.line);

  const bank: ParsedBank = { format, questions, problems };
  const title = front.data.title ?? firstH1 ?? titleFromFileName(options.fileName);
  if (title) bank.title = title;
  if (front.data.topic) bank.topic = front.data.topic;
  if (front.data.exams) bank.exams = [...front.data.exams];
  if (front.data.domains) bank.domains = front.data.domains.map((d) => ({ ...d }));
  if (front.data.tags) bank.tags = [...front.data.tags];
  return bank;
}

function titleFromFileName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const name = base
    .replace(/\.(md|markdown|txt)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return name || undefined;
}
