/**
 * Quality gate for KMS Lab's own question banks (issue 9, "Quality checks"). Every check is also run
 * on a small bad example first, so a check that could never fail would show up here.
 */
import { describe, expect, it } from 'vitest';
import { parseBank } from '@/quiz/parse-bank';
import { choiceOnly } from '../quiz/choice-only';
import { NEAR_DUPLICATE, STRATEGIES, bankStats, byExam, checkGoals, worstItems } from '@/quiz/stats';
import { SCENARIO_CATALOG } from '@/scenarios/catalog';
import {
  type AllowedProblem,
  type BankQuestion,
  SCENARIOS,
  changedIssues,
  isScenario,
  jaccard,
  nearDuplicateTags,
  questionIssues,
  readBankFiles,
  readTopics,
  shingles,
  similarPairs,
  unexpectedProblems,
} from './bank-checks';

/**
 * Parse problems accepted on purpose. Empty today. Known parser false positive to expect here: the
 * parser compares options case-insensitively, so two options that differ only in letter case (for
 * example encryption context values `"Project": "Atlas"` vs `"project": "atlas"`, where the case is
 * the whole point) are reported as "repeats option N word for word". If a bank needs such options,
 * allowlist that one warning here with its file, line and a reason, rather than weakening the test.
 */
const ALLOWED_PROBLEMS: readonly AllowedProblem[] = [];


/** Issue 15's depth: at least 400 items, counting ordering and matching items, and every topic at least 18. */
const MIN_PER_TOPIC = 18;
const MIN_ITEMS = 400;

/**
 * Ordering and matching items the banks must hold once the content writers have added them (issue 16
 * asks for at least 30 of each on KMS).
 */
const MIN_ITEMS_PER_NEW_TYPE = 30;

const TOPICS = readTopics();
const files = readBankFiles();
const banks = files.map((f) => ({ ...f, bank: parseBank(f.source, { fileName: f.fileName }) }));
const questions: BankQuestion[] = banks.flatMap((b) => b.bank.questions.map((q) => ({ ...q, fileName: b.fileName })));

/** A one-question bank in the KMS Lab format, for the negative examples. */
function oneQuestion(meta: string, body: string, topic = 'rotation'): string {
  return `---\ntopic: ${topic}\nexams: [SAA-C03]\ndomains: [SAA-C03 Design Secure Architectures, SCS-C03 Data Protection]\n---\n\n${body.replace('<META>', `<!-- ${meta} -->`)}`;
}

const GOOD = `## A company must rotate its key every 120 days without changing the key ARN. Which solution meets this requirement?
<META>

- [ ] Create a new key every 120 days.
  > The ARN would change.
- [x] Enable automatic rotation with a 120-day period.
  > Since April 2024 the period can be 90 to 2,560 days.

**Explanation:** Since April 2024 automatic rotation takes a period of 90 to 2,560 days; before April 2024 it was fixed at one year, as older material from 2022 still says.

**References:**
- https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
`;

describe('bank checks can fail (negative examples)', () => {
  const issuesOf = (source: string, topic?: string) => {
    const b = parseBank(source);
    expect(b.questions).toHaveLength(1);
    return questionIssues(b.questions[0]!, topic ? [...TOPICS, topic] : TOPICS);
  };

  it('reads the 18 documented topics from content/README.md', () => {
    expect(TOPICS).toHaveLength(18);
    expect(TOPICS).toContain('rotation');
    expect(TOPICS).toContain('kms-vs-cloudhsm');
  });

  it('accepts a complete question', () => {
    expect(issuesOf(oneQuestion('id: rotation-900; difficulty: medium; changed: 2024-04; scenario: key-rotation', GOOD))).toEqual([]);
  });

  it('reports each missing or wrong field', () => {
    const bad = GOOD.replace(/\*\*Explanation:\*\*[^\n]*/, '**Explanation:** Short.')
      .replace('https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html', 'https://example.com/kms')
      .replace('  > The ARN would change.\n', '');
    const issues = issuesOf(oneQuestion('id: rotation-9; scenario: key-rotations; exams: SAA-C03, SCS-C02', bad));
    expect(issues).toEqual([
      'explanation missing or shorter than 80 characters',
      'no https://docs.aws.amazon.com/ reference',
      'unknown exam tag "SCS-C02"',
      'no difficulty',
      'option 1 has no rationale',
      'id "rotation-9" does not match <topic>-NNN',
      'unknown scenario "key-rotations"',
    ]);
    expect(questionIssues(parseBank(oneQuestion('id: rotatoin-001; difficulty: easy', GOOD, 'rotatoin')).questions[0]!, TOPICS)).toEqual([
      'topic "rotatoin" is not in the content/README.md topic list',
    ]);
  });

  it('requires one exam-guide domain per exam, and none for an exam the question does not list', () => {
    // The front matter's default SCS-C03 domain is dropped for a question that lists SAA-C03 only.
    expect(issuesOf(oneQuestion('id: rotation-904; difficulty: easy', GOOD))).toEqual([]);
    expect(issuesOf(oneQuestion('id: rotation-904; difficulty: easy; exams: SAA-C03, CLF-C02', GOOD))).toEqual([
      '0 domain tags for CLF-C02 (tag exactly one, e.g. "domains: CLF-C02 Cloud Concepts")',
    ]);
    expect(issuesOf(oneQuestion('id: rotation-904; difficulty: easy; domains: SAA-C03 Design Secure Architectures, DVA-C02 Security', GOOD))).toEqual([
      'domain tag for DVA-C02, which is not in the question\'s exams',
    ]);
  });

  it('reports a question without any correct option, and a question with no exam tag', () => {
    const q = choiceOnly(parseBank(oneQuestion('id: rotation-901; difficulty: easy', GOOD)).questions)[0]!;
    expect(questionIssues({ ...q, options: q.options.map((o) => ({ ...o, correct: false })), exams: [], domains: [] }, TOPICS)).toEqual([
      'no exam tag',
      'no correct option',
    ]);
  });

  it('checks that "(Choose N)" matches the number of correct options', () => {
    const two = GOOD.replace('- [ ] Create a new key every 120 days.', '- [x] Call RotateKeyOnDemand on a schedule.');
    expect(issuesOf(oneQuestion('id: rotation-902; difficulty: easy', two))).toEqual(['2 correct options but the stem does not say "(Choose TWO)"']);
    const three = two.replace('requirement?', 'requirement? (Choose THREE)');
    expect(issuesOf(oneQuestion('id: rotation-902; difficulty: easy', three))).toContain('2 correct options but the stem does not say "(Choose TWO)"');
    expect(issuesOf(oneQuestion('id: rotation-902; difficulty: easy', two.replace('requirement?', 'requirement? (Choose TWO)')))).toEqual([]);
    expect(issuesOf(oneQuestion('id: rotation-902; difficulty: easy', GOOD.replace('requirement?', 'requirement? (Choose TWO)')))).toEqual([
      'the stem says "(Choose TWO)" but only one option is correct',
    ]);
  });

  it('requires old and new rule with a year for changed: questions', () => {
    expect(changedIssues({ changed: '2024-04', explanation: 'Since April 2024 the period is configurable.' })).toEqual([]);
    expect(changedIssues({ changed: '2022-05', explanation: 'Three years in 2021 material, one year in 2026.' })).toEqual([
      'changed: 2022-05 but the explanation never mentions 2022',
    ]);
    expect(changedIssues({ changed: '2024-04', explanation: 'In 2024 the period became configurable.' })).toEqual([
      'changed: the explanation does not contrast the old rule with the new one (needs two years or before/since wording)',
    ]);
  });

  it('tells scenario stems from plain recall stems', () => {
    expect(isScenario('A company stores 2 GB files in Amazon S3. Which solution encrypts them with the least effort?')).toBe(true);
    expect(isScenario('A developer sees ThrottlingException at peak. What should the developer do? (Choose TWO)')).toBe(true);
    expect(isScenario('Which statements about aliases are true? (Choose TWO)')).toBe(false);
    expect(isScenario('What is the maximum size of plaintext for Encrypt?')).toBe(false);
    expect(isScenario('KMS keys are regional. Which statement is true?')).toBe(false);
  });

  it('flags an edited copy of a real question as a near-duplicate, but not two different questions', () => {
    const original = choiceOnly(questions.filter((q) => q.id === 'rotation-001'))[0]!;
    expect(original).toBeDefined();
    // Replace every fifth word of the stem and the correct option: a lazy rewrite of the same question.
    const edit = (t: string) => t.split(' ').map((w, i) => (i % 5 === 4 ? 'changed' : w)).join(' ');
    const copy = { stem: edit(original.stem), options: original.options.map((o) => ({ ...o, text: o.correct ? edit(o.text) : 'other' })) };
    expect(jaccard(shingles(original), shingles(copy))).toBeGreaterThan(NEAR_DUPLICATE);
    // Options reordered and a few words swapped: still the same question.
    const reworded = {
      stem: original.stem.replace('A payments company', 'A fintech company').replace('least operational effort', 'least effort'),
      options: [...original.options].reverse(),
    };
    expect(jaccard(shingles(original), shingles(reworded))).toBeGreaterThan(0.8);
    const other = questions.find((q) => q.id === 'aliases-001')!;
    expect(jaccard(shingles(original), shingles(other))).toBeLessThan(NEAR_DUPLICATE);
    const pairs = similarPairs([original, other, { ...copy, id: 'copy-of-rotation-001' }]);
    expect(pairs[0]).toMatchObject({ a: 'rotation-001', b: 'copy-of-rotation-001' });
  });

  it('finds tags that spell one concept two ways, and leaves different concepts apart', () => {
    expect(nearDuplicateTags(['data-key-pair', 'data-key-pairs', 'quota', 'Quotas', 're-encrypt', 'reencrypt', 'tag', 'tagging', 'limit', 'limitation'])).toEqual([
      ['data-key-pair', 'data-key-pairs'],
      ['Quotas', 'quota'],
      ['re-encrypt', 'reencrypt'],
      ['tag', 'tagging'],
      ['limit', 'limitation'],
    ]);
    expect(nearDuplicateTags(['encrypt', 'encryption', 'key', 'key-policy', 'access', 'alias', 'aliases', 'policy', 'policies', 'caching', 'cache'])).toEqual([
      ['alias', 'aliases'],
      ['policies', 'policy'],
    ]);
  });

  it('reports parse problems unless a specific one is allowlisted', () => {
    // An exact repeat (not a case-only difference, which the parser should not flag) is a real warning.
    const source = oneQuestion('id: rotation-903; difficulty: easy', GOOD.replace('- [ ] Create a new key every 120 days.', '- [ ] Enable automatic rotation with a 120-day period.'));
    const bank = parseBank(source);
    expect(unexpectedProblems('x.md', bank, [])).toEqual([expect.stringMatching(/^x\.md:\d+ warning: Option 2 repeats option 1/)]);
    const line = bank.problems[0]!.line;
    expect(unexpectedProblems('x.md', bank, [{ fileName: 'x.md', line, message: /repeats option 1/, why: 'example of an accepted problem' }])).toEqual([]);
    expect(unexpectedProblems('y.md', bank, [{ fileName: 'x.md', line, message: /repeats option 1/, why: 'other file' }])).toHaveLength(1);
  });
});

describe('content/banks', () => {
  it('has banks to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  it.each(banks.map((b) => [b.fileName, b] as const))('%s parses with no problems and is named after its topic', (fileName, b) => {
    expect(unexpectedProblems(fileName, b.bank, ALLOWED_PROBLEMS)).toEqual([]);
    expect(b.bank.format).toBe('kmslab');
    expect(b.bank.questions.length).toBeGreaterThan(0);
    expect(`${b.bank.topic}.md`).toBe(fileName);
  });

  it('every allowlisted problem still occurs (remove stale entries)', () => {
    for (const a of ALLOWED_PROBLEMS) {
      const b = banks.find((x) => x.fileName === a.fileName);
      expect(b?.bank.problems.some((p) => p.line === a.line && a.message.test(p.message)), `${a.fileName}:${a.line}`).toBe(true);
    }
  });

  it('every question has explanation, docs reference, topic, exam tag, difficulty, rationales, a correct answer and a matching (Choose N)', () => {
    const issues = questions.flatMap((q) => questionIssues(q, TOPICS).map((m) => `${q.fileName} ${q.id}: ${m}`));
    expect(issues).toEqual([]);
  });

  it('tags are normalised: one spelling per concept (no singular/plural, hyphenation or case variants)', () => {
    const tags = new Set([...questions.flatMap((q) => q.tags ?? []), ...banks.flatMap((b) => b.bank.tags ?? [])]);
    expect(nearDuplicateTags(tags)).toEqual([]);
  });

  it('ids are unique across all banks', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const q of questions) {
      const prev = seen.get(q.id);
      if (prev) dups.push(`${q.id} in ${prev} and ${q.fileName}`);
      seen.set(q.id, q.fileName);
    }
    expect(dups).toEqual([]);
  });

  it('every scenario id exists in the scenario catalog', () => {
    const catalog = SCENARIO_CATALOG.map((s) => s.id as string);
    for (const s of SCENARIOS) expect(catalog).toContain(s);
  });

  it(`no two questions are near-duplicates (bigram Jaccard of stem + correct options <= ${NEAR_DUPLICATE})`, () => {
    const pairs = similarPairs(questions);
    const top = pairs
      .slice(0, 5)
      .map((p) => `${p.score.toFixed(3)} ${p.a} ~ ${p.b}`)
      .join('\n');
    expect(pairs.filter((p) => p.score > NEAR_DUPLICATE), `most similar pairs:\n${top}`).toEqual([]);
  });

  it(`has at least ${MIN_ITEMS} questions and at least ${MIN_PER_TOPIC} per topic`, () => {
    expect(questions.length).toBeGreaterThanOrEqual(MIN_ITEMS);
    const counts = Object.fromEntries(TOPICS.map((t) => [t, questions.filter((q) => q.topic === t).length]));
    const thin = Object.entries(counts).filter(([, n]) => n < MIN_PER_TOPIC);
    expect(thin, JSON.stringify(counts)).toEqual([]);
  });

  // Issue 15: a learner who knows no KMS must not score above chance with test-taking tricks, on all
  // banks and on every exam's questions alone (learners filter by exam). `npm run bank:stats` prints
  // the same figures with the worst items per strategy.
  it.each([['all banks', questions] as const, ...[...byExam(questions)].sort().map(([exam, qs]) => [`exam ${exam}`, qs] as const)])(
    'meets the exam-grade goals: %s',
    (_name, qs) => {
      const missed = checkGoals(bankStats(qs)).filter((g) => !g.ok);
      const worst = STRATEGIES.filter((s) => s.gated)
        .map((s) => `${s.label}: ${worstItems(qs, s, 5).map((w) => w.id).join(', ')}`)
        .join('\n');
      expect(missed.map((g) => `${g.goal}: ${g.measured}`), `fix these first (npm run bank:stats lists more):\n${worst}`).toEqual([]);
    },
  );

  // Issue 16: today's exams ask ordering and matching items; the banks teach both.
  it(`has at least ${MIN_ITEMS_PER_NEW_TYPE} ordering and ${MIN_ITEMS_PER_NEW_TYPE} matching items`, () => {
    const count = (type: string) => questions.filter((q) => q.type === type).length;
    expect(count('ordering'), 'ordering items').toBeGreaterThanOrEqual(MIN_ITEMS_PER_NEW_TYPE);
    expect(count('matching'), 'matching items').toBeGreaterThanOrEqual(MIN_ITEMS_PER_NEW_TYPE);
  });

  it('at least half of the questions are scenario-style', () => {
    const scenarios = questions.filter((q) => isScenario(q.stem)).length;
    expect(scenarios * 2, `${scenarios} of ${questions.length} are scenario-style`).toBeGreaterThanOrEqual(questions.length);
  });

  it('has multiple-response questions and questions about rules that changed', () => {
    // The issue asks for some "Choose TWO" questions and for the changed facts to be asked about.
    expect(questions.filter((q) => q.type === 'choice' && q.multiple).length).toBeGreaterThanOrEqual(10);
    const changed = new Set(questions.map((q) => q.changed).filter(Boolean));
    for (const month of ['2022-05', '2023-05', '2024-04']) expect(changed).toContain(month);
  });
});
