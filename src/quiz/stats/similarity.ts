import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion } from '../model.ts';

/**
 * Word-overlap measures between questions, used to find near-duplicates (the same question lightly
 * reworded) in a bank. Paraphrases that rewrite most of the wording are not caught by any word-overlap
 * measure; those need a reviewer.
 */

/** Lower-case words of a text, with Markdown code ticks, emphasis and punctuation removed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** What a question teaches, as text: its stem plus the right answer (correct options, steps, or pairs). */
export function answerText(q: SimilarityInput): string {
  if (q.type === 'ordering') return `${q.stem} ${q.steps.map((s) => s.text).join(' ')}`;
  if (q.type === 'matching') return `${q.stem} ${q.prompts.map((p) => `${p.text} ${q.responses[p.response]?.text ?? ''}`).join(' ')}`;
  return `${q.stem} ${q.options
    .filter((o) => o.correct)
    .map((o) => o.text)
    .join(' ')}`;
}

/** The parts of a question the similarity measures read (a choice item written without `type` counts as choice). */
export type SimilarityInput =
  | (Pick<ChoiceQuestion, 'stem' | 'options'> & { type?: 'choice' })
  | Pick<OrderingQuestion, 'type' | 'stem' | 'steps'>
  | Pick<MatchingQuestion, 'type' | 'stem' | 'prompts' | 'responses'>;

/** Word-bigram shingles of a question's stem plus its right answer: what the question teaches. */
export function shingles(q: SimilarityInput): Set<string> {
  const w = words(answerText(q));
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/** Jaccard similarity of two sets (0 = nothing shared, 1 = identical). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A pair of questions and how similar they are. */
export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/** Every pair of questions scoring at least `min`, most similar first. */
export function similarPairs<T extends SimilarityInput & { id: string }>(qs: readonly T[], min = 0): SimilarPair[] {
  const sets = qs.map(shingles);
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      const score = jaccard(sets[i]!, sets[j]!);
      if (score >= min) pairs.push({ a: qs[i]!.id, b: qs[j]!.id, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}

/**
 * Near-duplicate threshold on the Jaccard similarity of word-bigram shingles of stem + correct
 * options. Calibrated on the 241 questions of 2026-11: the most similar pair of distinct questions
 * scored 0.18 and seven pairs exceeded 0.15. Copying a question and replacing every fourth word scores
 * 0.30 to 0.45 (each replaced word breaks two bigrams), every fifth word 0.42 or more. 0.28 flags such
 * lightly edited copies and stays clear of real pairs.
 */
export const NEAR_DUPLICATE = 0.28;
