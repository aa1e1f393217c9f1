import { describe, expect, it } from 'vitest';
import { hashString, normaliseForId, questionContentId } from '@/quiz/hash';

/** The defining, slow form of the normalisation; the fast one must match it exactly (ids are stored). */
const reference = (text: string) =>
  text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

describe('content ids', () => {
  it('the fast normalisation equals the reference on tricky and random text', () => {
    const samples = ['  A  b\tC\n', 'x<BR/>y', 'x <br /> y', '\u00a0nbsp\u2003em', 'İstanbul ÇAĞ', 'a\r\nb', '', '   ', 'plain text'];
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'B', ' ', '  ', '\t', '\n', '<br>', '<BR />', '\u00a0', 'İ', 'ß', '`', 'x'];
    for (let i = 0; i < 2000; i++)
      samples.push(Array.from({ length: Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
    for (const s of samples) expect(normaliseForId(s), JSON.stringify(s)).toBe(reference(s));
  });

  it('are fixed values, so a change to the hashing is caught before it resets learners’ history', () => {
    expect(hashString('')).toBe(hashString(''));
    expect(hashString('kms')).not.toBe(hashString('KMS'));
    expect(questionContentId('Which service logs KMS calls?', ['CloudTrail', 'Route 53'])).toBe(
      'q-' + hashString('which service logs kms calls?\u0000cloudtrail\u0001route 53'),
    );
    expect(questionContentId('Which service logs KMS calls?', ['CloudTrail', 'Route 53'])).toMatchInlineSnapshot(`"q-ca316f18d6a26ce1"`);
  });
});
