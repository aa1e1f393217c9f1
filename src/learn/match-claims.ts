import { HISTORY_MARKERS, STALE_CLAIMS, type StaleClaim } from './stale-claims';

/** A sentence of a text: its bounds (UTF-16 offsets, end exclusive) and its text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One stale claim found in a text: the sentence that states it. */
export interface ClaimMatch {
  claim: StaleClaim;
  sentence: Sentence;
}

// A sentence ends at . ! ? (and closing quotes or brackets after them) followed by white space, or at
// a line break: notes are full of one-line bullets without a full stop. A full stop between digits or
// letters ("140-2.", "v1.5", "e.g.") ends nothing unless white space follows and the next word starts
// like a sentence (a capital, a digit, a quote or a bracket).
const BOUNDARY = /[.!?]+["')\]»”’]*(?=\s+["'([«“‘]?[A-Z0-9])|\n+/g;

/** Splits text into sentences; blank ones are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/**
 * Whether one sentence states `claim`: a pattern matches, no `unless` matches, and, for a claim that
 * was true once, the sentence does not put it in the past ("until 2023", "used to", "older exams").
 */
export function statesClaim(sentence: string, claim: StaleClaim): boolean {
  if (!claim.patterns.some((p) => p.test(sentence))) return false;
  if (claim.unless?.some((p) => p.test(sentence))) return false;
  if (claim.kind !== 'wrong' && HISTORY_MARKERS.some((p) => p.test(sentence))) return false;
  return true;
}

/** Options for {@link findStaleClaims}. */
export interface FindOptions {
  claims?: readonly StaleClaim[];
  /**
   * Ids of `oncePerNote` claims already flagged earlier in the same note (the caller checks a note
   * block by block). Found ones are added, so the caller can pass the same set to every block.
   */
  seen?: Set<string>;
}

/** Every stale claim stated in `text`, sentence by sentence, in text order. */
export function findStaleClaims(text: string, options: FindOptions = {}): ClaimMatch[] {
  const claims = options.claims ?? STALE_CLAIMS;
  const seen = options.seen ?? new Set<string>();
  const matches: ClaimMatch[] = [];
  for (const sentence of splitSentences(text)) {
    for (const claim of claims) {
      if (claim.oncePerNote && seen.has(claim.id)) continue;
      if (!statesClaim(sentence.text, claim)) continue;
      if (claim.oncePerNote) seen.add(claim.id);
      matches.push({ claim, sentence });
    }
  }
  return matches;
}
