import type { MatchingQuestion } from '../model.ts';
import { contentWords } from './strategies.ts';

/**
 * A test-taking strategy for matching items: pair each prompt with the response that shares the most
 * words with it (an "echo", such as "rotation period" with "RotationPeriodInDays"). On a well-written
 * matching item it does no better than picking responses blindly. Ties split the credit, as for the
 * choice strategies.
 */

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Expected share of a matching item's prompts that the word-echo strategy pairs correctly, 0..1. */
export function echoPairCredit(q: MatchingQuestion): number {
  const responses = q.responses.map((r) => contentWords(r.text));
  let credit = 0;
  for (const prompt of q.prompts) {
    const words = contentWords(prompt.text);
    const scores = responses.map((r) => overlap(words, r));
    const best = Math.max(...scores);
    const picked = scores.flatMap((s, i) => (s === best ? [i] : []));
    if (picked.includes(prompt.response)) credit += 1 / picked.length;
  }
  return q.prompts.length ? credit / q.prompts.length : 0;
}

/** Share of a matching item's prompts a blind guess pairs correctly, 0..1. */
export function blindPairChance(q: MatchingQuestion): number {
  return q.responses.length ? 1 / q.responses.length : 0;
}
