import { EXAM_DOMAINS, findDomain, type DomainTag } from './exam-domains';
import { isCorrect } from './grade';
import type { Question } from './model';
import { seededRandom, shuffled } from './random';

/** The published format of an AWS exam the simulator can follow. */
export interface ExamRule {
  code: string;
  name: string;
  /** Questions on the real exam (50 scored + 15 unscored, which are not identified). */
  questions: number;
  minutes: number;
  /** Scaled passing score on the 100–1000 scale. */
  passMark: number;
}

/**
 * The current AWS exams' rules (AWS exam guides; see /work/shared/reference/quiz-and-exam-anchors.md
 * §5.2). Retired exams are not offered: {@link RETIRED_EXAMS} maps their codes to the successor.
 */
export const EXAM_RULES: Readonly<Record<string, ExamRule>> = {
  'SAA-C03': { code: 'SAA-C03', name: 'Solutions Architect – Associate', questions: 65, minutes: 130, passMark: 720 },
  'DVA-C02': { code: 'DVA-C02', name: 'Developer – Associate', questions: 65, minutes: 130, passMark: 720 },
  'SCS-C03': { code: 'SCS-C03', name: 'Security – Specialty', questions: 65, minutes: 170, passMark: 750 },
  'CLF-C02': { code: 'CLF-C02', name: 'Cloud Practitioner', questions: 65, minutes: 90, passMark: 700 },
};

/**
 * Retired exam codes and the exam that replaced them. SCS-C02 retired on 2025-12-01 and SCS-C03 went
 * live on 2025-12-02 (same length, time and pass mark), so older material tagged SCS-C02 is read as
 * SCS-C03 material.
 */
export const RETIRED_EXAMS: Readonly<Record<string, string>> = { 'SCS-C02': 'SCS-C03' };

/** The current code for an exam code (a retired code becomes its successor's). */
export function currentExamCode(code: string): string {
  return RETIRED_EXAMS[code] ?? code;
}

/** The rules of an exam, retired codes included (they get their successor's rules). */
export function examRule(code: string): ExamRule | undefined {
  return EXAM_RULES[currentExamCode(code)];
}

/**
 * The question as the quiz should see it: exam tags of retired exams replaced by their successor's,
 * and their domain tags mapped to the successor's domain of the same name (dropped when the new guide
 * has no such domain). Apply it where bank questions are read, so filters and exams see one code.
 * Returns the same object when nothing is retired.
 */
export function withCurrentExams(question: Question): Question {
  const retired = (code: string) => code in RETIRED_EXAMS;
  if (!(question.exams ?? []).some(retired) && !(question.domains ?? []).some((d) => retired(d.exam))) return question;
  const exams = [...new Set((question.exams ?? []).map(currentExamCode))];
  const domains: DomainTag[] = [];
  for (const tag of question.domains ?? []) {
    const exam = currentExamCode(tag.exam);
    const name = exam === tag.exam ? tag.domain : findDomain(exam, tag.domain)?.name;
    if (name && !domains.some((d) => d.exam === exam && d.domain === name)) domains.push({ exam, domain: name });
  }
  const next: Question = { ...question, exams };
  if (question.domains) next.domains = domains;
  return next;
}

/** Length, time and pass mark used when no exam is chosen: the Associate format. */
export const DEFAULT_EXAM = { questions: 65, minutes: 130, passMark: 720 } as const;

/** Which questions an exam may draw from. Every given criterion must match. */
export interface ExamFilter {
  exam?: string;
  topics?: readonly string[];
  tags?: readonly string[];
  ids?: readonly string[];
}

/** Options for {@link buildExam}. */
export interface BuildExamOptions {
  /** How many questions; fewer are returned when fewer match. */
  count: number;
  /** Same seed, same questions in the same order. Omitted: a fresh random exam. */
  seed?: number | string;
  filter?: ExamFilter | ((question: Question) => boolean);
}

function matches(q: Question, filter: ExamFilter): boolean {
  if (filter.exam && !(q.exams ?? []).includes(filter.exam)) return false;
  if (filter.topics && filter.topics.length > 0 && !(q.topic && filter.topics.includes(q.topic))) return false;
  if (filter.tags && filter.tags.length > 0 && !(q.tags ?? []).some((t) => filter.tags!.includes(t))) return false;
  if (filter.ids && !filter.ids.includes(q.id)) return false;
  return true;
}

/**
 * Picks exam questions: filters, then samples each topic in proportion to its share of the pool
 * (largest remainder), so a short exam still covers the topics the way a real one spreads across
 * domains; the result is shuffled. Duplicate ids in the input are used once.
 */
export function buildExam(questions: readonly Question[], options: BuildExamOptions): Question[] {
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const seen = new Set<string>();
  const filter = options.filter;
  const pool = questions.filter((q) => {
    if (seen.has(q.id)) return false;
    seen.add(q.id);
    if (!filter) return true;
    return typeof filter === 'function' ? filter(q) : matches(q, filter);
  });
  const count = Math.max(0, Math.min(Math.floor(options.count), pool.length));
  if (count === 0) return [];

  const groups = new Map<string, Question[]>();
  for (const q of pool) {
    const key = q.topic ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(q);
  }
  const entries = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const quotas = entries.map(([, g]) => (g.length * count) / pool.length);
  const take = quotas.map(Math.floor);
  let left = count - take.reduce((s, n) => s + n, 0);
  const order = quotas.map((q, i) => ({ i, rest: q - Math.floor(q), tie: random() })).sort((a, b) => b.rest - a.rest || a.tie - b.tie);
  for (const { i } of order) {
    if (left === 0) break;
    if (take[i]! < entries[i]![1].length) {
      take[i]!++;
      left--;
    }
  }
  const picked = entries.flatMap(([, g], i) => shuffled(g, random).slice(0, take[i]));
  return shuffled(picked, random);
}

/** Correct and total answers for one topic. */
export interface TopicScore {
  correct: number;
  total: number;
}

/** The result of an exam. */
export interface ExamScore {
  correct: number;
  total: number;
  /** Questions with an answer ({@link hasAnswer}). */
  answered: number;
  /** Whole-number percentage correct. */
  percent: number;
  /**
   * An ESTIMATE of the 100–1000 scaled score, linear in the share correct. AWS equates exam
   * forms with its own scaling, so label this as an estimate wherever it is shown.
   */
  scaledEstimate: number;
  /** The pass mark used (the chosen exam's, or 720). */
  passMark: number;
  passed: boolean;
  /** Per topic (questions without a topic under "other"). */
  byTopic: Record<string, TopicScore>;
  /**
   * Per exam-guide domain ({@link domainKey}), from each question's domain tags; with an exam given,
   * only that exam's domains. A question that serves no domain is in no entry.
   */
  byDomain: Record<string, TopicScore>;
}

/**
 * True when an answer chooses something: any index at or above 0 (a matching item's answer lists -1
 * for each prompt left without a response, so all -1 is no answer).
 */
export function hasAnswer(selected: readonly number[] | undefined): boolean {
  return !!selected && selected.some((i) => i >= 0);
}

/** `round(100 + 900 × correct / total)`: 100 for none right, 1000 for all right. */
export function scaledEstimate(correct: number, total: number): number {
  if (total <= 0) return 100;
  return Math.round(100 + (900 * Math.min(correct, total)) / total);
}

/**
 * Scores an exam all-or-nothing per question; unanswered questions count as wrong, as on the
 * real exam. `answers` maps question id to chosen option indexes.
 */
export function scoreExam(
  questions: readonly Question[],
  answers: Readonly<Record<string, readonly number[] | undefined>>,
  options: { exam?: string; passMark?: number } = {},
): ExamScore {
  const byTopic: Record<string, TopicScore> = {};
  const byDomain: Record<string, TopicScore> = {};
  let correct = 0;
  let answered = 0;
  for (const q of questions) {
    const selected = answers[q.id] ?? [];
    if (hasAnswer(selected)) answered++;
    const ok = isCorrect(q, selected);
    if (ok) correct++;
    const topic = q.topic ?? 'other';
    const t = (byTopic[topic] ??= { correct: 0, total: 0 });
    t.total++;
    if (ok) t.correct++;
    for (const tag of q.domains ?? []) {
      if (options.exam && currentExamCode(tag.exam) !== currentExamCode(options.exam)) continue;
      const d = (byDomain[domainKey(tag)] ??= { correct: 0, total: 0 });
      d.total++;
      if (ok) d.correct++;
    }
  }
  const total = questions.length;
  const passMark = options.passMark ?? (options.exam ? examRule(options.exam)?.passMark : undefined) ?? DEFAULT_EXAM.passMark;
  const scaled = scaledEstimate(correct, total);
  return {
    correct,
    total,
    answered,
    percent: total === 0 ? 0 : Math.round((100 * correct) / total),
    scaledEstimate: scaled,
    passMark,
    passed: total > 0 && scaled >= passMark,
    byTopic,
    byDomain,
  };
}

/** The key of a domain in {@link ExamScore.byDomain}: `EXAM|Domain name`. */
export function domainKey(tag: DomainTag): string {
  return `${currentExamCode(tag.exam)}|${tag.domain}`;
}

/** One row of a per-domain breakdown. */
export interface DomainRow {
  exam: string;
  domain: string;
  /** Number in the exam guide, when the exam is known. */
  number?: number;
  /** Share of the real exam's scored content, in percent, when the exam is known. */
  weight?: number;
  correct: number;
  /** Questions of this exam that served the domain; 0 when none did (the row says what was not covered). */
  total: number;
}

/**
 * The per-domain breakdown as AWS's score report lists it. For a chosen exam, every domain of its
 * guide in guide order, including those no question served (total 0), so the learner sees what the
 * questions did not cover; otherwise the domains that appear, grouped by exam.
 */
export function domainRows(byDomain: Readonly<Record<string, TopicScore>>, exam?: string): DomainRow[] {
  const rows: DomainRow[] = [];
  const seen = new Set<string>();
  const guideExams = exam ? [currentExamCode(exam)] : [...new Set(Object.keys(byDomain).map((k) => k.split('|')[0]!))].sort();
  for (const code of guideExams) {
    for (const info of EXAM_DOMAINS[code] ?? []) {
      const key = `${code}|${info.name}`;
      const score = byDomain[key];
      if (!exam && !score) continue;
      seen.add(key);
      rows.push({
        exam: code,
        domain: info.name,
        number: info.number,
        weight: info.weight,
        correct: score?.correct ?? 0,
        total: score?.total ?? 0,
      });
    }
  }
  // Domains of exams the app has no guide for (imported banks), as written.
  for (const [key, score] of Object.entries(byDomain).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (seen.has(key)) continue;
    const [code, ...name] = key.split('|');
    if (exam && code !== currentExamCode(exam)) continue;
    rows.push({ exam: code!, domain: name.join('|'), correct: score.correct, total: score.total });
  }
  return rows;
}
