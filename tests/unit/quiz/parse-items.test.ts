import { describe, expect, it } from 'vitest';
import { parseBank, type MatchingQuestion, type OrderingQuestion, type ParsedBank } from '@/quiz/parse-bank';
import { readFixture } from './read-fixture';

const byId = (b: ParsedBank, id: string) => b.questions.find((q) => q.id === id);
/** The problems on one line, as "severity: message". */
const at = (b: ParsedBank, line: number) => b.problems.filter((p) => p.line === line).map((p) => `${p.severity}: ${p.message}`);

describe('parseBank: ordering and matching items', () => {
  const bank = parseBank(readFixture('ordering-matching.md'), { fileName: 'ordering-matching.md' });

  it('loads both item types next to a choice item, with no problems', () => {
    expect(bank.format).toBe('kmslab');
    expect(bank.problems).toEqual([]);
    expect(bank.questions.map((q) => [q.id, q.type])).toEqual([
      ['fixture-ordering-001', 'ordering'],
      ['fixture-matching-001', 'matching'],
      ['fixture-choice-001', 'choice'],
    ]);
  });

  it('ordering: the steps in written order with rationales; a numbered list followed by stem text stays in the stem', () => {
    const q = byId(bank, 'fixture-ordering-001') as OrderingQuestion;
    expect(q.stem).toContain('1. The plaintext data key must never be written to disk.');
    expect(q.stem.endsWith('In which order should the service perform these steps?')).toBe(true);
    expect(q.steps.map((s) => s.text)).toEqual([
      'Read the encrypted data key and the encryption context from the file header.',
      'Call `Decrypt` with the encrypted data key\nand the same encryption context.',
      'Decrypt the file body locally with the plaintext data key.',
      'Erase the plaintext data key from memory.',
    ]);
    expect(q.steps.map((s) => s.rationale)).toEqual([
      'Everything else needs them.',
      'KMS returns the plaintext data key.\n\nA second rationale paragraph.',
      undefined,
      'Last, once it is no longer needed.',
    ]);
    expect(q).toMatchObject({ difficulty: 'medium', topic: 'envelope-encryption', exams: ['SCS-C03'], line: 8 });
    expect(q.explanation).toBe('Decrypt first, then use the key locally, then erase it.');
    expect(q.references).toEqual(['https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html']);
  });

  it('matching: prompts, shared responses, both arrows, arrows in code, distractors with rationales', () => {
    const q = byId(bank, 'fixture-matching-001') as MatchingQuestion;
    expect(q.stem).toContain('- a stem bullet without an arrow stays in the stem');
    expect(q.prompts.map((p) => [p.text, q.responses[p.response]!.text])).toEqual([
      ['`kms:ViaService`', "Requests that an AWS service makes on the caller's behalf"],
      ['`kms:CallerAccount`', 'The AWS account of the caller'],
      ['`kms:EncryptionContext:` + key', 'The encryption context pairs in the request'],
      ['`kms:EncryptionContextKeys`', 'The encryption context pairs in the request'],
      ['`a->b` in code', 'The AWS account of the caller'],
    ]);
    // Used responses once each, in order of first use, then the distractors.
    expect(q.responses.map((r) => r.text)).toEqual([
      "Requests that an AWS service makes on the caller's behalf",
      'The AWS account of the caller',
      'The encryption context pairs in the request',
      'The Region the request is sent to',
      'The time of day',
    ]);
    expect(q.responses[3]!.rationale).toBe('That is the global `aws:RequestedRegion` key.');
    expect(q.prompts[0]!.rationale).toBe('For example `s3.us-east-1.amazonaws.com`.');
    expect(q.tags).toEqual(['condition-key']);
    expect(q.explanation).toBe('Each condition key restricts a different part of the request.');
  });

  it('gives typed items without an explicit id a content id that ignores the order of steps and pairs', () => {
    const ordering = (steps: string[]) =>
      parseBank(`## Put them in order?\n<!-- type: ordering -->\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n`).questions[0]!.id;
    expect(ordering(['a', 'b', 'c'])).toMatch(/^q-[0-9a-f]{16}$/);
    expect(ordering(['a', 'b', 'c'])).toBe(ordering(['c', 'a', 'b']));
    expect(ordering(['a', 'b', 'c'])).not.toBe(ordering(['a', 'b', 'd']));
  });

  it('reads a community task-list bank whose only items are typed (### headings)', () => {
    const b = parseBank(
      '# Imported\n\n### Order these?\n<!-- type: ordering -->\n\n1. a\n2. b\n3. c\n\n### Match these?\n<!-- type: matching -->\n\n- x -> 1\n- y -> 2\n- z -> 3\n',
    );
    expect(b.problems).toEqual([]);
    expect(b.questions.map((q) => q.type)).toEqual(['ordering', 'matching']);
  });
});

describe('parseBank: malformed ordering and matching items are reported by line, and the rest still loads', () => {
  const bank = parseBank(readFixture('ordering-matching-broken.md'));

  it('loads only the usable items', () => {
    expect(bank.questions.map((q) => [q.id, q.type])).toEqual([
      ['broken-005', 'ordering'],
      ['broken-012', 'matching'],
      ['broken-013', 'choice'],
    ]);
  });

  it('ordering: too few and too many steps, a repeated step, checkbox options instead of steps', () => {
    expect(at(bank, 6)).toEqual(['error: An ordering item has 3 to 5 steps, as on AWS exams; this one has 2.']);
    expect(at(bank, 12)).toEqual([expect.stringMatching(/^error: An ordering item has 3 to 5 steps, as on AWS exams; this one has 6\./)]);
    expect(at(bank, 27)).toEqual(['error: Step 3 repeats step 1; every step must differ, or the order could not be graded.']);
    expect(at(bank, 29)).toEqual([expect.stringMatching(/checkbox options/), expect.stringMatching(/has no steps/)]);
  });

  it('ordering: steps numbered out of order load with a warning', () => {
    expect(at(bank, 38)).toEqual([expect.stringMatching(/^warning: The steps are numbered 1, 3, 2\./)]);
    const q = byId(bank, 'broken-005') as OrderingQuestion;
    expect(q.steps.map((s) => s.text)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('matching: too few and too many prompts, a prompt without a response, a repeated prompt', () => {
    expect(at(bank, 42)).toEqual(['error: A matching item has 3 to 7 prompts, as on AWS exams; this one has 2.']);
    expect(at(bank, 48)).toEqual(['error: A matching item has 3 to 7 prompts, as on AWS exams; this one has 8.']);
    expect(at(bank, 64)).toEqual(['error: The prompt "B" has no response; write it as "- B → response".']);
    expect(at(bank, 66)).toEqual(['error: The prompt "D" has no response; write it as "- D → response".']);
    expect(at(bank, 83)).toEqual(['error: Prompt 3 repeats prompt 1; every prompt must differ.']);
  });

  it('matching: a distractor that a prompt uses, and a single response with no distractor', () => {
    expect(at(bank, 76)).toEqual([
      'error: The distractor "2" is also the response of the prompt "B"; a distractor is a response that no prompt uses.',
    ]);
    expect(at(bank, 85)).toEqual([expect.stringMatching(/^error: Every prompt has the same response and there is no distractor/)]);
  });

  it('matching: responses differing only in case and an empty distractor list load with warnings', () => {
    expect(at(bank, 96)).toEqual([expect.stringMatching(/^warning: The response "enabled" differs from "Enabled" only in letter case/)]);
    expect(at(bank, 99)).toEqual(['warning: The "Distractors:" label has no list of responses under it ("- response").']);
  });

  it('an unknown item type is a warning, and the item is read as a choice item', () => {
    expect(at(bank, 102)).toEqual([
      'warning: Item type "sequence" is not one of choice, ordering, matching; the question was read as a choice item.',
    ]);
  });

  it('never reports more than the problems above', () => {
    expect(bank.problems).toHaveLength(16);
  });
});
