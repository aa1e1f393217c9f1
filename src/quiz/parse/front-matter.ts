import { parseDocument } from 'yaml';
import { type DomainTag, parseDomainTags } from '../exam-domains.ts';
import type { Problem } from '../model.ts';

/** What a bank's YAML front matter can tell the parser. */
export interface FrontMatter {
  title?: string;
  topic?: string;
  exams?: string[];
  /** Default exam domains for every question of the bank. */
  domains?: DomainTag[];
  tags?: string[];
}

/** Front matter read from the top of a file, and where the body starts. */
export interface FrontMatterResult {
  data: FrontMatter;
  /** Index (0-based) of the first body line after the closing `---`. */
  bodyStart: number;
  problems: Problem[];
}

/** Turns a YAML value that may be a list or a comma-separated string into a clean string list. */
export function toStringList(value: unknown): string[] | undefined {
  if (value == null) return undefined;
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const list = raw
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter((v) => v.length > 0);
  return list.length > 0 ? list : undefined;
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/**
 * Reads optional YAML front matter (between `---` lines at the very top).
 * Unknown keys such as Jekyll's `layout: exam` are ignored; invalid YAML becomes a Problem and the
 * body is still parsed, because one bad header must not hide every question.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatterResult {
  const problems: Problem[] = [];
  if (lines.length === 0 || lines[0]!.trim() !== '---') return { data: {}, bodyStart: 0, problems };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t === '---' || t === '...') {
      end = i;
      break;
    }
  }
  if (end === -1) {
    problems.push({
      line: 1,
      severity: 'warning',
      message: 'The file starts with "---" but the front matter is never closed by another "---" line; it was read as ordinary text.',
    });
    return { data: {}, bodyStart: 0, problems };
  }
  let parsed: unknown;
  try {
    // parseDocument collects errors instead of throwing and never logs warnings to the console.
    const doc = parseDocument(lines.slice(1, end).join('\n'), { prettyErrors: false, uniqueKeys: false });
    const first = doc.errors[0];
    if (first) throw first;
    // maxAliasCount guards against alias-expansion ("billion laughs") front matter in imported banks.
    parsed = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({
      line: 1,
      severity: 'error',
      message: `The YAML front matter could not be read (${detail}). Title, topic, exams and tags from it were ignored; the questions were still loaded.`,
    });
    return { data: {}, bodyStart: end + 1, problems };
  }
  if (parsed == null) return { data: {}, bodyStart: end + 1, problems };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push({
      line: 1,
      severity: 'warning',
      message: 'The front matter is not a list of "key: value" pairs, so it was ignored.',
    });
    return { data: {}, bodyStart: end + 1, problems };
  }
  const record = parsed as Record<string, unknown>;
  const data: FrontMatter = {};
  const title = toText(record.title);
  if (title) data.title = title;
  const topic = toText(record.topic);
  if (topic) data.topic = topic;
  const exams = toStringList(record.exams ?? record.exam);
  if (exams) data.exams = exams;
  const domainList = record.domains ?? record.domain;
  if (typeof domainList === 'string' || (Array.isArray(domainList) && domainList.every((d) => typeof d === 'string'))) {
    const read = parseDomainTags(domainList);
    for (const message of read.errors)
      problems.push({ line: 1, severity: 'warning', message: `Front matter domain ${message} It was ignored.` });
    if (read.tags.length > 0) data.domains = read.tags;
  } else if (domainList != null) {
    problems.push({
      line: 1,
      severity: 'warning',
      message: 'The front matter "domains" is not a list of "EXAM Domain name" entries; it was ignored.',
    });
  }
  const tags = toStringList(record.tags);
  if (tags) data.tags = tags;
  return { data, bodyStart: end + 1, problems };
}
