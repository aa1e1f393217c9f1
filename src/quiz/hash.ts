/**
 * A small, fast, synchronous string hash for content-derived question ids.
 * Not cryptographic: it only has to be stable across runs and platforms and rarely collide
 * within a few thousand questions. WebCrypto is async, which would make parsing async for no gain.
 */

/**
 * Hashes a string to 16 lowercase hex characters (two independent 32-bit FNV-1a/Murmur-mixed lanes,
 * about 64 bits, so collisions among thousands of questions are negligible).
 */
export function hashString(input: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Normalises Markdown text for hashing so cosmetic edits (case, spacing, line endings, `<br/>`)
 * do not change a question's id.
 */
export function normaliseForId(text: string): string {
  // Same result as replace(<br>) → collapse \s+ → trim → lower-case, but skips the regex
  // replacements when there is nothing to replace (the common case; this runs per option).
  let t = text.toLowerCase();
  if (t.includes('<br')) t = t.replace(/<br\s*\/?>/g, ' ');
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

/**
 * The content-derived id of a question: a hash of its normalised stem and its normalised options,
 * sorted so that shuffling options in the file keeps the id (and the learner's history).
 * The answer key is deliberately not part of it: fixing a wrong key keeps the history too.
 */
export function questionContentId(stem: string, optionTexts: readonly string[]): string {
  const opts = optionTexts.map(normaliseForId).sort();
  return 'q-' + hashString(normaliseForId(stem) + '\u0000' + opts.join('\u0001'));
}
