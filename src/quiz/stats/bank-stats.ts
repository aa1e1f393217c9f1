import { QUESTION_TYPES, type ChoiceQuestion, type MatchingQuestion, type Question, type QuestionType } from '../model.ts';
import { blindPairChance, echoPairCredit } from './matching.ts';
import { NEAR_DUPLICATE, type SimilarPair, similarPairs, words } from './similarity.ts';
import { STRATEGIES, type Strategy, plainStem, strategyCredit, strategyMargin, visibleLength } from './strategies.ts';

/**
 * Statistics that tell whether a bank measures knowledge or rewards test-taking tricks: how well
 * strategies that know nothing about the subject score against chance, how long right and wrong
 * options are, how long stems are, where the key sits, how many items are multiple response, and
 * which items nearly repeat each other. Pure: the `bank:stats` script and the bank checks print and
 * gate on these numbers.
 */

/** How one strategy did on a set of single-answer questions. */
export interface StrategyScore {
  id: string;
  label: string;
  gated: boolean;
  /** Share of questions answered right (ties split), 0..1. */
  score: number;
  /** Expected share for blind guessing on the same questions, 0..1. */
  chance: number;
}

/** The statistics of a set of questions. */
export interface BankStats {
  /** Every question counted. */
  items: number;
  /** Questions with options to choose from (multiple choice and multiple response). */
  choice: number;
  /** Single-answer questions: the set the strategies and length ratio are measured on. */
  single: number;
  /** Multiple-response questions by how many the learner must choose (2, 3, ...). */
  multipleByChoose: Record<number, number>;
  /** Multiple-response questions as a share of choice questions, 0..1. */
  multipleShare: number;
  /** Questions of other item types (ordering, matching), by type; only the types present. */
  otherTypes: Record<string, number>;
  /** Questions of every item type, zeros included. */
  types: Record<QuestionType, number>;
  strategies: StrategyScore[];
  /** Mean visible length of the key and of the distractors on single-answer questions (characters). */
  meanKeyLength: number;
  meanWrongLength: number;
  /** meanKeyLength / meanWrongLength. */
  lengthRatio: number;
  /** Share of single-answer questions whose key is the longest option (ties excluded), 0..1. */
  keyLongestShare: number;
  /** Stem length in words of the choice items (the "(Choose N)" hint and code blocks not counted). */
  stemWords: { median: number; min: number; max: number; shareAtLeast50: number };
  /** How often the key sits at each option position (1-based labels A, B, ...), single-answer only. */
  keyPositions: number[];
  /** Pairs at or above the review threshold, most similar first. */
  nearDuplicates: SimilarPair[];
  /**
   * Matching items played by the word-echo strategy (each prompt paired with the response sharing most
   * words with it): the share of prompts it pairs right, against a blind guess, both 0..1.
   */
  matchingEcho: { items: number; score: number; chance: number };
}

/** The kind of item: choice items have options; ordering and matching items are counted but not played by the strategies. */
export function itemType(q: Question): Question['type'] {
  return q.type;
}

/** True for a choice item with something to choose from: the items the option strategies play. */
function isChoice(q: Question): q is ChoiceQuestion {
  return q.type === 'choice' && q.options.length >= 2;
}

/** Words of a stem as a reader counts them (no code blocks, no "(Choose N)" hint). */
export function stemWordCount(stem: string): number {
  return words(plainStem(stem).replace(/```[\s\S]*?```/g, ' ')).length;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Similarity at which the statistics list a pair for review (the bank checks fail at {@link NEAR_DUPLICATE}). */
export const REVIEW_SIMILARITY = 0.2;

/** Computes the statistics of a set of questions. */
export function bankStats(questions: readonly Question[]): BankStats {
  const choice = questions.filter(isChoice);
  const matching = questions.filter((q): q is MatchingQuestion => q.type === 'matching');
  const single = choice.filter((q) => q.choose === 1);
  const multiple = choice.filter((q) => q.choose > 1);
  const otherTypes: Record<string, number> = {};
  const types = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
  for (const q of questions) {
    const t = itemType(q);
    types[t]++;
    if (t !== 'choice') otherTypes[t] = (otherTypes[t] ?? 0) + 1;
  }
  const multipleByChoose: Record<number, number> = {};
  for (const q of multiple) multipleByChoose[q.choose] = (multipleByChoose[q.choose] ?? 0) + 1;

  const chance = mean(single.map((q) => 1 / q.options.length));
  const strategies = STRATEGIES.map((s) => ({
    id: s.id,
    label: s.label,
    gated: s.gated,
    score: mean(single.map((q) => strategyCredit(s, q))),
    chance,
  }));

  const keyLengths = single.flatMap((q) => q.options.filter((o) => o.correct).map((o) => visibleLength(o.text)));
  const wrongLengths = single.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => visibleLength(o.text)));
  const meanKeyLength = mean(keyLengths);
  const meanWrongLength = mean(wrongLengths);
  const keyLongest = single.filter((q) => {
    const lengths = q.options.map((o) => visibleLength(o.text));
    const key = q.options.findIndex((o) => o.correct);
    return lengths.every((l, i) => i === key || l < lengths[key]!);
  }).length;

  // Stem goals are about choice items (issue 15's table): an ordering or matching stem is mostly the
  // instruction ("Put the steps in order"), and its work is in the steps or pairs.
  const stems = choice.map((q) => stemWordCount(q.stem));
  const keyPositions: number[] = [];
  for (const q of single) {
    const at = q.options.findIndex((o) => o.correct);
    while (keyPositions.length <= at) keyPositions.push(0);
    keyPositions[at]!++;
  }

  return {
    items: questions.length,
    choice: choice.length,
    single: single.length,
    multipleByChoose,
    multipleShare: choice.length ? multiple.length / choice.length : 0,
    otherTypes,
    types,
    strategies,
    meanKeyLength,
    meanWrongLength,
    lengthRatio: meanWrongLength ? meanKeyLength / meanWrongLength : 0,
    keyLongestShare: single.length ? keyLongest / single.length : 0,
    stemWords: {
      median: median(stems),
      min: stems.length ? Math.min(...stems) : 0,
      max: stems.length ? Math.max(...stems) : 0,
      shareAtLeast50: stems.length ? stems.filter((n) => n >= 50).length / stems.length : 0,
    },
    keyPositions,
    nearDuplicates: similarPairs(questions, REVIEW_SIMILARITY),
    matchingEcho: {
      items: matching.length,
      score: mean(matching.map(echoPairCredit)),
      chance: mean(matching.map(blindPairChance)),
    },
  };
}

/** One goal of an exam-grade bank and whether a set of questions meets it. */
export interface GoalResult {
  goal: string;
  ok: boolean;
  /** The measured value, as printed. */
  measured: string;
}

/** Goals, in percentage points and ratios, that an exam-grade bank meets (issue 15's table). */
export const GOALS = {
  /** Each gated strategy within this many points of chance. */
  strategyPoints: 5,
  lengthRatio: [0.9, 1.1] as const,
  medianStemWords: 50,
  /** More than this share of stems have 50 words or more. */
  longStemShare: 0.5,
  multipleShare: [0.2, 0.3] as const,
  /** Multiple-response counts that must each occur ("Choose TWO" and "Choose THREE"). */
  chooseCounts: [2, 3] as const,
};

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Checks a set of statistics against {@link GOALS}. */
export function checkGoals(stats: BankStats): GoalResult[] {
  const results: GoalResult[] = [];
  for (const s of stats.strategies.filter((x) => x.gated)) {
    results.push({
      goal: `"${s.label}" within ${GOALS.strategyPoints} points of chance`,
      ok: Math.abs(s.score - s.chance) * 100 <= GOALS.strategyPoints,
      measured: `${pct(s.score)} vs chance ${pct(s.chance)}`,
    });
  }
  results.push({
    goal: `mean key length / mean distractor length in ${GOALS.lengthRatio[0]}..${GOALS.lengthRatio[1]}`,
    ok: stats.lengthRatio >= GOALS.lengthRatio[0] && stats.lengthRatio <= GOALS.lengthRatio[1],
    measured: `${stats.lengthRatio.toFixed(2)} (${stats.meanKeyLength.toFixed(0)} vs ${stats.meanWrongLength.toFixed(0)} characters)`,
  });
  results.push({
    goal: `median stem of ${GOALS.medianStemWords} words or more`,
    ok: stats.stemWords.median >= GOALS.medianStemWords,
    measured: `${stats.stemWords.median} words`,
  });
  results.push({
    goal: `most stems (over ${pct(GOALS.longStemShare)}) of 50 words or more`,
    ok: stats.stemWords.shareAtLeast50 > GOALS.longStemShare,
    measured: pct(stats.stemWords.shareAtLeast50),
  });
  results.push({
    goal: `multiple response ${pct(GOALS.multipleShare[0])} to ${pct(GOALS.multipleShare[1])} of choice items`,
    ok: stats.multipleShare >= GOALS.multipleShare[0] && stats.multipleShare <= GOALS.multipleShare[1],
    measured: pct(stats.multipleShare),
  });
  results.push({
    goal: `multiple response includes ${GOALS.chooseCounts.map((n) => `"Choose ${n}"`).join(' and ')}`,
    ok: GOALS.chooseCounts.every((n) => (stats.multipleByChoose[n] ?? 0) > 0),
    measured:
      Object.entries(stats.multipleByChoose)
        .map(([n, c]) => `${c} x choose ${n}`)
        .join(', ') || 'none',
  });
  if (stats.matchingEcho.items > 0) {
    results.push({
      goal: `matching: pairing by shared words within ${GOALS.strategyPoints} points of a blind guess`,
      ok: Math.abs(stats.matchingEcho.score - stats.matchingEcho.chance) * 100 <= GOALS.strategyPoints,
      measured: `${pct(stats.matchingEcho.score)} of pairs vs ${pct(stats.matchingEcho.chance)}`,
    });
  }
  results.push({
    goal: `no near-duplicate pair (similarity ${NEAR_DUPLICATE} or more)`,
    ok: !stats.nearDuplicates.some((p) => p.score >= NEAR_DUPLICATE),
    measured: `${stats.nearDuplicates.filter((p) => p.score >= NEAR_DUPLICATE).length} pairs`,
  });
  return results;
}

/** A question a strategy finds too easily, with how strongly it points at the key. */
export interface WorstItem {
  id: string;
  margin: number;
  detail: string;
}

/**
 * The single-answer questions on which a strategy finds the key by the widest margin: what an author
 * should rewrite first to bring that strategy back to chance.
 */
export function worstItems(questions: readonly Question[], strategy: Strategy, limit = 10): WorstItem[] {
  return questions
    .filter((q): q is ChoiceQuestion => isChoice(q) && q.choose === 1)
    .map((q) => {
      const scores = strategy.scores(q);
      const key = q.options.findIndex((o) => o.correct);
      return {
        id: q.id,
        margin: strategyMargin(strategy, q),
        detail: `key ${scores[key]} vs best other ${Math.max(...scores.filter((_, i) => i !== key))}`,
      };
    })
    .filter((w) => w.margin > 0)
    .sort((a, b) => b.margin - a.margin)
    .slice(0, limit);
}

/** Questions grouped by topic (questions without one under ""), in first-seen order. */
export function byTopic(questions: readonly Question[]): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  for (const q of questions) {
    const t = q.topic ?? '';
    if (!out.has(t)) out.set(t, []);
    out.get(t)!.push(q);
  }
  return out;
}

/** Questions grouped by each exam they are tagged with (a question with several exams is in each). */
export function byExam(questions: readonly Question[]): Map<string, Question[]> {
  const out = new Map<string, Question[]>();
  for (const q of questions) {
    for (const e of q.exams ?? []) {
      if (!out.has(e)) out.set(e, []);
      out.get(e)!.push(q);
    }
  }
  return out;
}
