import { describe, expect, it } from 'vitest';
import { parseBank } from '@/quiz/parse-bank';
import { readFixture } from './read-fixture';

/** Small deterministic PRNG (mulberry32) so a failing fuzz case can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '---',
  '## ',
  '### ',
  '# ',
  '- [ ] ',
  '- [x] ',
  '- [X] ',
  '* [x] ',
  '1. [ ] ',
  '  > ',
  '> ',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<!-- id: ',
  '<details>',
  '</details>',
  'Correct answer: ',
  'Correct Answer: BE',
  'Explanation:',
  '**Explanation:**',
  '**References:**',
  'Reference: ',
  'https://docs.aws.amazon.com/kms/',
  '![img](a.png)',
  '<br/>',
  '(Choose TWO)',
  '\r\n',
  '\n',
  '\r',
  '\t',
  '    - A. ',
  '    - B. ',
  '12. ',
  'title: x',
  'topic: [',
  ': :',
  '\u0000',
  '\ufeff',
  '😀',
  'ß',
  '[',
  ']',
  '(',
  ')',
  '**[⬆ Back to Top](#table-of-contents)**',
  '|---|',
  'Question: ',
  '**Question 3: x**',
  ' ',
  '  ',
  'difficulty: hard;',
];

function randomDoc(next: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(next() * 80);
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.6) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
    else if (r < 0.8) parts.push(String.fromCharCode(Math.floor(next() * 0x3000)));
    else parts.push(next().toString(36).slice(2));
  }
  return parts.join('');
}

function checkInvariants(source: string) {
  const bank = parseBank(source);
  const lineCount = source.split(/\r\n|\r|\n/).length;
  for (const p of bank.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
    expect(p.message.length).toBeGreaterThan(10);
    expect(['error', 'warning']).toContain(p.severity);
  }
  const ids = new Set<string>();
  for (const q of bank.questions) {
    if (q.type === 'ordering') {
      expect(q.steps.length).toBeGreaterThanOrEqual(3);
      expect(q.steps.length).toBeLessThanOrEqual(5);
    } else if (q.type === 'matching') {
      expect(q.prompts.length).toBeGreaterThanOrEqual(3);
      expect(q.prompts.length).toBeLessThanOrEqual(7);
      for (const p of q.prompts) expect(q.responses[p.response]).toBeDefined();
    } else {
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(q.choose).toBe(q.options.filter((o) => o.correct).length);
      expect(q.choose).toBeGreaterThan(0);
      expect(q.multiple).toBe(q.choose > 1);
    }
    expect(q.stem.length).toBeGreaterThan(0);
    expect(ids.has(q.id)).toBe(false);
    ids.add(q.id);
  }
  return bank;
}

// Generous timeouts: these run thousands of parses and other test suites may share the CPU.
describe('parseBank never throws', { timeout: 60_000 }, () => {
  it('on 3,000 random documents built from Markdown fragments and random characters', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const doc = randomDoc(rng(seed));
      expect(() => checkInvariants(doc), `seed ${seed}`).not.toThrow();
    }
  });

  it('on every prefix and random mutation of the real fixtures', () => {
    const next = rng(42);
    for (const name of [
      'kmslab-basic.md',
      'task-list-community.md',
      'numbered-details.md',
      'broken-mixed.md',
      'ordering-matching.md',
      'ordering-matching-broken.md',
    ]) {
      const text = readFixture(name);
      for (let cut = 0; cut <= text.length; cut += 11) checkInvariants(text.slice(0, cut));
      for (let k = 0; k < 300; k++) {
        const chars = [...text];
        for (let m = 0; m < 5; m++) {
          const at = Math.floor(next() * chars.length);
          const op = next();
          if (op < 0.33) chars.splice(at, 1);
          else if (op < 0.66) chars.splice(at, 0, FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
          else chars[at] = String.fromCharCode(Math.floor(next() * 128));
        }
        checkInvariants(chars.join(''));
      }
    }
  });

  it('on non-string input passed from untyped code', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol.iterator]) {
      expect(() => parseBank(value as string)).not.toThrow();
    }
  });

  it('stays fast on pathological lines (no catastrophic regex backtracking)', () => {
    const evil = [
      'a'.repeat(50_000),
      '- [x] ' + ' '.repeat(50_000) + 'x',
      'Correct answer: ' + 'A, '.repeat(20_000) + '!',
      '![' + '['.repeat(20_000),
      '**Question 1: ' + '*'.repeat(20_000),
      '## ' + '#'.repeat(20_000) + ' x',
      '    - A. ' + 'A.'.repeat(20_000),
      'https://' + 'a'.repeat(50_000),
      '<details>' + '<summary>'.repeat(20_000),
      '<summary>'.repeat(20_000),
      'Explanation: ' + ' '.repeat(50_000) + 'x',
    ];
    for (const line of evil) {
      const start = performance.now();
      checkInvariants(`## Q?\n\n${line}\n- [x] a\n- [ ] b\n`);
      checkInvariants(`1. Q?\n${line}\n    - A. a\n    - B. b\n<details>\nCorrect answer: A\n</details>\n`);
      checkInvariants(`## Q?\n\n- [x] a\n- [ ] b\n\n${line}\n`);
      checkInvariants(`1. Q?\n    - A. a\n    - B. b\n<details>\n${line}\nCorrect answer: A\n</details>\n`);
      expect(performance.now() - start, line.slice(0, 20)).toBeLessThan(1500); // quadratic backtracking on these lines takes minutes; 1.5 s leaves room for a busy machine
    }
  });
});
