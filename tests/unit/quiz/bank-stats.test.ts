import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion, MatchingQuestion } from '@/quiz';
import {
  STRATEGIES,
  bankStats,
  blindPairChance,
  byExam,
  checkGoals,
  echoPairCredit,
  parseDomainTags,
  stemWordCount,
  strategyCredit,
  worstItems,
} from '@/quiz';

const strategy = (id: string) => STRATEGIES.find((s) => s.id === id)!;

/** A single-answer question whose key is option `key` (0-based). */
function q(id: string, stem: string, options: string[], key: number, exams = ['SCS-C03']): ChoiceQuestion {
  return {
    id,
    type: 'choice',
    stem,
    options: options.map((text, i) => ({ text, correct: i === key })),
    multiple: false,
    choose: 1,
    line: 1,
    exams,
  };
}

const LONG_STEM =
  'A company runs a payments platform on Amazon EC2 in two Regions and must keep its customer managed key usable in both Regions while external auditors review every single use of the key at the end of each quarter. The platform security team wants the least operational overhead. Which solution meets these requirements?';

describe('test-taking strategies', () => {
  it('scores the longest-option strategy 1 when the key is longest, 0 when not, and splits ties', () => {
    const longest = strategy('longest');
    expect(strategyCredit(longest, q('a', 'x', ['short', 'a much longer option', 'mid one'], 1))).toBe(1);
    expect(strategyCredit(longest, q('b', 'x', ['short', 'a much longer option', 'mid one'], 0))).toBe(0);
    expect(strategyCredit(longest, q('c', 'x', ['same', 'same', 'no'], 0))).toBe(0.5);
  });

  it('reads Markdown emphasis and code ticks as the reader sees them', () => {
    // `Encrypt` is 7 visible characters, not 9: the key below is not the longest once ticks are dropped.
    expect(strategyCredit(strategy('longest'), q('d', 'x', ['`Encrypt`', 'Decrypts', 'Sign'], 0))).toBe(0);
  });

  it('counts stem words shared with each option, ignoring stop words and the (Choose N) hint', () => {
    const echo = q(
      'e',
      'Which key policy statement lets the auditors read the key? (Choose TWO)',
      ['Auditors key policy statement', 'A grant', 'An alias', 'A role'],
      0,
    );
    expect(strategyCredit(strategy('stem-words'), echo)).toBe(1);
    expect(stemWordCount('One two three (Choose TWO)')).toBe(3);
    expect(stemWordCount('Read this: ```json\n{"a": 1}\n``` now')).toBe(3);
  });
});

describe('bank statistics and goals', () => {
  // Eight items whose key is always the longest, as the banks were before issue 15.
  const gamed = Array.from({ length: 8 }, (_, i) =>
    q(
      `gamed-${i}`,
      LONG_STEM,
      ['Use a grant.', 'Use an alias.', 'Use a multi-Region key with replicas in both Regions.', 'Use SSE-S3.'],
      2,
    ),
  );
  // Eight items whose key rotates through positions and lengths, as parallel options should.
  const texts = [
    'Replicate the key as a multi-Region key',
    'Import the same key material twice',
    'Share the key with a grant per Region',
    'Create a new key in each Region',
  ];
  const fair = Array.from({ length: 8 }, (_, i) => q(`fair-${i}`, LONG_STEM, texts, i % 4));

  it('measures what a test-wise learner would exploit', () => {
    const s = bankStats(gamed);
    expect(s.single).toBe(8);
    expect(s.strategies.find((x) => x.id === 'longest')!.score).toBe(1);
    expect(s.strategies[0]!.chance).toBe(0.25);
    expect(s.lengthRatio).toBeGreaterThan(3);
    expect(s.keyPositions).toEqual([0, 0, 8]);
    expect(s.stemWords.median).toBeGreaterThanOrEqual(50);
  });

  it('fails the goals on a gamed bank and names its worst items', () => {
    const missed = checkGoals(bankStats(gamed))
      .filter((g) => !g.ok)
      .map((g) => g.goal);
    expect(missed).toEqual(
      expect.arrayContaining([
        expect.stringContaining('longest option'),
        expect.stringContaining('length'),
        expect.stringContaining('multiple response'),
      ]),
    );
    expect(worstItems(gamed, strategy('longest'), 3).map((w) => w.id)).toEqual(['gamed-0', 'gamed-1', 'gamed-2']);
  });

  it('passes the strategy and length goals when keys rotate through positions and lengths', () => {
    const results = checkGoals(bankStats(fair));
    for (const id of ['longest option', 'shortest option', 'most words with the stem', 'key length']) {
      expect(results.find((g) => g.goal.includes(id))?.ok, id).toBe(true);
    }
  });

  it('groups questions by each exam they are tagged with', () => {
    const both = q('both', LONG_STEM, texts, 0, ['SCS-C03', 'SAA-C03']);
    const groups = byExam([both, q('one', LONG_STEM, texts, 1, ['SAA-C03'])]);
    expect(groups.get('SCS-C03')!.map((x) => x.id)).toEqual(['both']);
    expect(groups.get('SAA-C03')!.map((x) => x.id)).toEqual(['both', 'one']);
  });
});

describe('exam-guide domain tags', () => {
  it('reads names, numbers and names with commas of their own', () => {
    const { tags, errors } = parseDomainTags('SCS-C03 Data Protection, SAA-C03 1, CLF-C02 Billing, Pricing, and Support');
    expect(errors).toEqual([]);
    expect(tags).toEqual([
      { exam: 'SCS-C03', domain: 'Data Protection' },
      { exam: 'SAA-C03', domain: 'Design Secure Architectures' },
      { exam: 'CLF-C02', domain: 'Billing, Pricing, and Support' },
    ]);
  });

  it('says what is wrong with an unknown domain or a missing exam code', () => {
    const { tags, errors } = parseDomainTags(['SCS-C03 Data Protektion', 'Data Protection']);
    expect(tags).toEqual([]);
    expect(errors[0]).toMatch(/"Data Protektion" is not a domain of SCS-C03 \(its domains: Detection;/);
    expect(errors[1]).toMatch(/is not an exam code followed by a domain name/);
  });
});

describe('matching items', () => {
  const matching = (prompts: [string, number][], responses: string[]): MatchingQuestion => ({
    id: 'm',
    type: 'matching',
    stem: 'Match each prompt.',
    prompts: prompts.map(([text, response]) => ({ text, response })),
    responses: responses.map((text) => ({ text })),
    line: 1,
  });

  it('finds prompts that echo their own response, and scores a clean item near a blind guess', () => {
    const echo = matching(
      [
        ['Rotation period', 0],
        ['Deletion window', 1],
        ['Alias name', 2],
      ],
      [
        'RotationPeriodInDays sets the rotation period',
        'PendingWindowInDays sets the deletion window',
        'The alias name starts with alias/',
      ],
    );
    expect(echoPairCredit(echo)).toBe(1);
    expect(blindPairChance(echo)).toBeCloseTo(1 / 3);
    const clean = matching(
      [
        ['Disabled', 0],
        ['PendingDeletion', 1],
        ['PendingImport', 2],
      ],
      ['Call EnableKey', 'Cancel the deletion, then enable', 'Import the same material'],
    );
    expect(echoPairCredit(clean)).toBeCloseTo(1 / 3);
  });

  it('gates the echo strategy in the goals', () => {
    const echo = matching(
      [
        ['Rotation period', 0],
        ['Deletion window', 1],
        ['Alias name', 2],
      ],
      ['Rotation period in days', 'Deletion window in days', 'Alias name prefix'],
    );
    const goal = checkGoals(bankStats([echo])).find((g) => g.goal.startsWith('matching'));
    expect(goal?.ok).toBe(false);
  });
});
