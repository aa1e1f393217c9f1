import type { ChoiceQuestion } from '../model.ts';
import { words } from './similarity.ts';

/**
 * Test-taking strategies that know nothing about KMS. Each looks only at the surface of a
 * single-answer question (lengths, wording, the stem) and picks an option; on a well-written bank every
 * one of them scores close to chance. Ties share the credit: a strategy torn between k options,
 * one of them right, scores 1/k on that question.
 */

/** A strategy: scores each option; the strategy picks the highest score. */
export interface Strategy {
  id: string;
  /** What the strategy does, in a few words. */
  label: string;
  /** One score per option; the highest is chosen (ties split the credit). */
  scores(q: ChoiceQuestion): number[];
  /** True when the bank goals require this strategy to stay near chance. */
  gated: boolean;
}

const STOP = new Set(
  'a an the and or but if of to in on at by for with from into onto as is are was were be been being it its this that these those which who whom whose what when where why how than then there their they them he she his her we our you your i me my not no can could should would will shall may might must do does did done has have had having so such also only just more most some any each other same both all one two three four five within without over under about after before while during because per via vs using use used'.split(
    ' ',
  ),
);

/** Content words of a text: lower case, no stop words, at least three characters. */
export function contentWords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length >= 3 && !STOP.has(w)));
}

/** The text of an option as a reader sees its length: Markdown emphasis and code ticks removed. */
export function visibleLength(text: string): number {
  return text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim().length;
}

/** The stem without the "(Choose N)" hint, which is not part of the problem. */
export function plainStem(stem: string): string {
  return stem.replace(/\((?:choose|select)\s+[a-z0-9]+\)/gi, ' ');
}

const ABSOLUTE = /\b(always|never|only|all|none|every|must|cannot|can't|impossible|guaranteed|any|no one|nothing|entirely|completely)\b/i;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The strategies the bank statistics play, the gated ones first (the goals in content/README.md). */
export const STRATEGIES: readonly Strategy[] = [
  { id: 'longest', label: 'always pick the longest option', gated: true, scores: (q) => q.options.map((o) => visibleLength(o.text)) },
  { id: 'shortest', label: 'always pick the shortest option', gated: true, scores: (q) => q.options.map((o) => -visibleLength(o.text)) },
  {
    id: 'stem-words',
    label: 'pick the option sharing most words with the stem',
    gated: true,
    scores: (q) => {
      const stem = contentWords(plainStem(q.stem));
      return q.options.map((o) => overlap(contentWords(o.text), stem));
    },
  },
  {
    id: 'convergence',
    label: 'pick the option sharing most words with the other options',
    gated: false,
    scores: (q) => {
      const sets = q.options.map((o) => contentWords(o.text));
      return sets.map((s, i) => sets.reduce((sum, t, j) => (i === j ? sum : sum + overlap(s, t)), 0));
    },
  },
  {
    id: 'no-absolutes',
    label: 'avoid options with absolutes (always, never, only ...)',
    gated: false,
    scores: (q) => q.options.map((o) => (ABSOLUTE.test(o.text) ? 0 : 1)),
  },
  {
    id: 'odd-length',
    label: 'pick the option whose length stands out most',
    gated: false,
    scores: (q) => {
      const lengths = q.options.map((o) => visibleLength(o.text));
      return lengths.map((len, i) => {
        const others = lengths.filter((_, j) => j !== i);
        const mean = others.reduce((a, b) => a + b, 0) / Math.max(1, others.length);
        return Math.abs(len - mean);
      });
    },
  },
];

/** The credit a strategy earns on one single-answer question (1, 0, or 1/k for a k-way tie). */
export function strategyCredit(strategy: Strategy, q: ChoiceQuestion): number {
  const scores = strategy.scores(q);
  const best = Math.max(...scores);
  const picked = scores.flatMap((s, i) => (s === best ? [i] : []));
  const right = picked.filter((i) => q.options[i]!.correct).length;
  return right / picked.length;
}

/**
 * How strongly a strategy points at the key on one question: the key's score minus the best wrong
 * option's score, scaled by the spread of scores. Positive means the strategy finds the key; the
 * largest values are the items an author should fix first.
 */
export function strategyMargin(strategy: Strategy, q: ChoiceQuestion): number {
  const scores = strategy.scores(q);
  const key = scores.filter((_, i) => q.options[i]!.correct);
  const wrong = scores.filter((_, i) => !q.options[i]!.correct);
  if (key.length === 0 || wrong.length === 0) return 0;
  const spread = Math.max(...scores) - Math.min(...scores) || 1;
  return (Math.max(...key) - Math.max(...wrong)) / spread;
}
