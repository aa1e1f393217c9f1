import type { Problem, Question } from '@/quiz';

/** One bank as the UI lists it: built in (content/banks) or imported by the learner. */
export interface BankInfo {
  /** `builtin:<file>` or the IndexedDB id of an imported bank. */
  id: string;
  title: string;
  fileName: string;
  origin: 'built-in' | 'imported';
  format?: string;
  problems: Problem[];
  questionCount: number;
  addedAt?: string;
}

export interface LoadedBank {
  info: BankInfo;
  questions: Question[];
}

/** A question together with the bank it came from. */
export interface PoolEntry {
  question: Question;
  bank: BankInfo;
}

/** What a learner can narrow practice and exams by. Empty fields mean "any". */
export interface QuestionFilter {
  topic?: string;
  tag?: string;
  exam?: string;
  bank?: string;
  /** One question by id (the study guides' "what changed" page links a question this way). */
  question?: string;
  /** Only questions the learner flagged for later (applied by the page, which knows the flags). */
  flagged?: boolean;
}

/**
 * Joins banks into one list of questions. Ids are unique: a question whose id is already taken
 * (the same question in two files) keeps its first copy, so progress keyed by id stays unambiguous.
 */
export function buildPool(banks: readonly LoadedBank[]): PoolEntry[] {
  const seen = new Set<string>();
  const pool: PoolEntry[] = [];
  for (const bank of banks) {
    for (const question of bank.questions) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      pool.push({ question, bank: bank.info });
    }
  }
  return pool;
}

export function matchesFilter(entry: PoolEntry, filter: QuestionFilter, flags?: Readonly<Record<string, true>>): boolean {
  const q = entry.question;
  if (filter.flagged && !flags?.[q.id]) return false;
  if (filter.topic && q.topic !== filter.topic) return false;
  if (filter.tag && !(q.tags ?? []).includes(filter.tag)) return false;
  if (filter.exam && !(q.exams ?? []).includes(filter.exam)) return false;
  if (filter.bank && entry.bank.id !== filter.bank) return false;
  if (filter.question && q.id !== filter.question) return false;
  return true;
}

export function filterPool(pool: readonly PoolEntry[], filter: QuestionFilter, flags?: Readonly<Record<string, true>>): PoolEntry[] {
  return pool.filter((e) => matchesFilter(e, filter, flags));
}

/** The distinct topics, tags, exams and banks present, for the filter menus. */
export function filterChoices(pool: readonly PoolEntry[]) {
  const topics = new Set<string>();
  const tags = new Set<string>();
  const exams = new Set<string>();
  const banks = new Map<string, string>();
  for (const { question, bank } of pool) {
    if (question.topic) topics.add(question.topic);
    for (const t of question.tags ?? []) tags.add(t);
    for (const x of question.exams ?? []) exams.add(x);
    banks.set(bank.id, bank.title);
  }
  // Plain comparisons, not localeCompare: that builds an ICU collator per call (tens of milliseconds
  // for the hub's ~100 tags on a phone, in the middle of its first render). Topics, tags and exam
  // codes are ASCII ids; bank titles are ordered case-insensitively.
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = (s: Set<string>) => [...s].sort(byText);
  return {
    topics: sorted(topics),
    tags: sorted(tags),
    exams: sorted(exams),
    banks: [...banks]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => byText(a.title.toLowerCase(), b.title.toLowerCase()) || byText(a.title, b.title)),
  };
}

/** Filter from URL search params, ignoring anything that is not a non-empty string. */
export function filterFromSearch(search: Record<string, unknown>): QuestionFilter {
  const pick = (key: string) => (typeof search[key] === 'string' && search[key] ? search[key] : undefined);
  const filter: QuestionFilter = {};
  for (const key of ['topic', 'tag', 'exam', 'bank', 'question'] as const) {
    const value = pick(key);
    if (value) filter[key] = value;
  }
  if (search.flagged === true || search.flagged === 'true' || search.flagged === '1' || search.flagged === 1) filter.flagged = true;
  return filter;
}

/** Fisher–Yates shuffle with an injectable random source (tests pass a seeded one). */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
