import type { Problem, Question } from '@/quiz';
import { TOPIC_LABELS, topicLabel } from '@/lib/topics';

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

/** The item kinds a learner can ask for, as the exams name them. */
export const ITEM_KINDS = [
  { value: 'single', label: 'Multiple choice' },
  { value: 'multiple', label: 'Multiple response' },
  { value: 'ordering', label: 'Ordering' },
  { value: 'matching', label: 'Matching' },
] as const;

export type ItemKind = (typeof ITEM_KINDS)[number]['value'];

/** The kind of a question: a choice item is multiple choice or multiple response. */
export function itemKind(q: Question): ItemKind {
  if (q.type === 'choice') return q.multiple ? 'multiple' : 'single';
  return q.type;
}

/** "2 ordering, 1 matching" for the items of a bank that are not choice items ('' when there are none). */
export function otherKinds(questions: readonly Question[]): string {
  const ordering = questions.filter((q) => q.type === 'ordering').length;
  const matching = questions.filter((q) => q.type === 'matching').length;
  return [ordering ? `${ordering} ordering` : '', matching ? `${matching} matching` : ''].filter(Boolean).join(', ');
}

/** What a learner can narrow practice and exams by. Empty fields mean "any". */
export interface QuestionFilter {
  topic?: string;
  tag?: string;
  exam?: string;
  bank?: string;
  /** Item kind: multiple choice, multiple response, ordering or matching. */
  type?: ItemKind;
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
  if (filter.type && itemKind(q) !== filter.type) return false;
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
  const type = pick('type');
  const kind = ITEM_KINDS.find((k) => k.value === type);
  if (kind) filter.type = kind.value;
  if (search.flagged === true || search.flagged === 'true' || search.flagged === '1' || search.flagged === 1) filter.flagged = true;
  return filter;
}

/** One entry of the "bank or topic" menu. */
export interface ScopeChoice {
  /** `topic:<id>`, `bank:<id>` or `bank:<id>|topic:<id>`, each id URI-encoded (imported topics are free text). */
  value: string;
  label: string;
}

/** A labelled group of that menu: KMS Lab's topics, or one imported bank. */
export interface ScopeGroup {
  label: string;
  choices: ScopeChoice[];
}

/**
 * The "bank or topic" menu. KMS Lab's built-in banks are one per topic, so they are listed once, as
 * topics (a topic also takes in imported questions of that topic). Each imported bank is a group of
 * its own: the whole bank, and the bank narrowed to each of its topics when it has several.
 */
export function scopeGroups(pool: readonly PoolEntry[]): ScopeGroup[] {
  const topics = new Set<string>();
  const imported = new Map<string, { title: string; topics: Set<string> }>();
  for (const { question, bank } of pool) {
    const known = question.topic && (bank.origin === 'built-in' || question.topic in TOPIC_LABELS);
    if (known) topics.add(question.topic!);
    if (bank.origin !== 'imported') continue;
    let b = imported.get(bank.id);
    if (!b) imported.set(bank.id, (b = { title: bank.title, topics: new Set() }));
    if (question.topic) b.topics.add(question.topic);
  }
  // Topics in the order the README teaches them; anything else after, alphabetically.
  const order = Object.keys(TOPIC_LABELS);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  const sortedTopics = [...topics].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const groups: ScopeGroup[] = [];
  if (sortedTopics.length > 0)
    groups.push({ label: 'Topics', choices: sortedTopics.map((t) => ({ value: scopeValue({ topic: t }), label: topicLabel(t) })) });
  for (const [id, b] of imported) {
    const choices: ScopeChoice[] = [{ value: scopeValue({ bank: id }), label: `${b.title} (every question)` }];
    if (b.topics.size > 1) {
      for (const t of [...b.topics].sort((x, y) => rank(x) - rank(y) || (x < y ? -1 : 1))) {
        choices.push({ value: scopeValue({ bank: id, topic: t }), label: `${b.title}: ${topicLabel(t)}` });
      }
    }
    groups.push({ label: `Imported: ${b.title}`, choices });
  }
  return groups;
}

/** The menu value for a filter's bank and topic ('' for any). */
export function scopeValue(filter: Pick<QuestionFilter, 'bank' | 'topic'>): string {
  const topic = filter.topic ? `topic:${encodeURIComponent(filter.topic)}` : '';
  if (filter.bank) return `bank:${encodeURIComponent(filter.bank)}${topic ? `|${topic}` : ''}`;
  return topic;
}

/** The filter with its bank and topic set from a menu value (other fields kept). */
export function withScope(filter: QuestionFilter, value: string): QuestionFilter {
  const { bank: _bank, topic: _topic, ...rest } = filter;
  const next: QuestionFilter = { ...rest };
  for (const part of value.split('|')) {
    const at = part.indexOf(':');
    const key = part.slice(0, at);
    const id = safeDecode(part.slice(at + 1));
    if (at > 0 && id && (key === 'bank' || key === 'topic')) next[key] = id;
  }
  return next;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/** The filter in words ("topic rotation, SAA-C03", "all banks"), for a folded filter's summary. */
export function describeFilter(filter: QuestionFilter, pool: readonly PoolEntry[]): string {
  const parts: string[] = [];
  if (filter.topic) parts.push(`topic ${filter.topic}`);
  if (filter.exam) parts.push(filter.exam);
  if (filter.tag) parts.push(`tag ${filter.tag}`);
  if (filter.type) parts.push(ITEM_KINDS.find((k) => k.value === filter.type)?.label.toLowerCase() ?? filter.type);
  if (filter.bank) parts.push(pool.find((e) => e.bank.id === filter.bank)?.bank.title ?? 'a removed bank');
  if (filter.question) parts.push(`question ${filter.question}`);
  if (filter.flagged) parts.push('flagged only');
  return parts.length ? parts.join(', ') : 'all banks';
}
