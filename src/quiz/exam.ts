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
 * AWS exam rules (AWS exam guides; see /work/shared/reference/quiz-and-exam-anchors.md §5.2).
 * SCS-C02 retired on 2025-12-01 and is kept so older imported banks still score sensibly.
 */
export const EXAM_RULES: Readonly<Record<string, ExamRule>> = {
  'SAA-C03': { code: 'SAA-C03', name: 'Solutions Architect – Associate', questions: 65, minutes: 130, passMark: 720 },
  'DVA-C02': { code: 'DVA-C02', name: 'Developer – Associate', questions: 65, minutes: 130, passMark: 720 },
  'SCS-C03': { code: 'SCS-C03', name: 'Security – Specialty', questions: 65, minutes: 170, passMark: 750 },
  'SCS-C02': { code: 'SCS-C02', name: 'Security – Specialty (retired 2025-12-01)', questions: 65, minutes: 170, passMark: 750 },
  'CLF-C02': { code: 'CLF-C02', name: 'Cloud Practitioner', questions: 65, minutes: 90, passMark: 700 },
};

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
  /** Questions with at least one option chosen. */
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
  let correct = 0;
  let answered = 0;
  for (const q of questions) {
    const selected = answers[q.id] ?? [];
    if (selected.length > 0) answered++;
    const ok = isCorrect(q, selected);
    if (ok) correct++;
    const topic = q.topic ?? 'other';
    const t = (byTopic[topic] ??= { correct: 0, total: 0 });
    t.total++;
    if (ok) t.correct++;
  }
  const total = questions.length;
  const passMark = options.passMark ?? (options.exam ? EXAM_RULES[options.exam]?.passMark : undefined) ?? DEFAULT_EXAM.passMark;
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
  };
}
