import { describe, expect, it } from 'vitest';
import { choiceOnly } from './choice-only';
import { parseBank, type ParsedBank } from '@/quiz/parse-bank';
import { parseAnswerLetters } from '@/quiz/parse/numbered';
import { readFixture } from './read-fixture';

const errors = (b: ParsedBank) => b.problems.filter((p) => p.severity === 'error');
const correctTexts = (b: ParsedBank, i: number) => {
  const q = choiceOnly(b.questions)[i]!;
  return q.options.filter((o) => o.correct).map((o) => o.text);
};

describe('parseBank: KMS Lab format', () => {
  const bank = parseBank(readFixture('kmslab-basic.md'), { fileName: 'kmslab-basic.md' });

  it('reads front matter and every question without problems', () => {
    expect(bank.format).toBe('kmslab');
    expect(bank.title).toBe('Fixture – rotation basics');
    expect(bank.topic).toBe('rotation');
    expect(bank.exams).toEqual(['SAA-C03', 'SCS-C03']);
    expect(bank.problems).toEqual([]);
    expect(bank.questions.map((q) => q.id)).toEqual(['fx-rotation-001', 'fx-rotation-002', expect.stringMatching(/^q-[0-9a-f]{16}$/)]);
    expect(bank.questions.map((q) => q.line)).toEqual([12, 31, 44]);
  });

  it('reads metadata, stem body, rationales, explanation and references', () => {
    const q = choiceOnly(bank.questions)[0]!;
    expect(q.stem).toBe(
      'A team must keep one key ID while the key material changes yearly. What should it do?\n\nThe key is a symmetric customer managed key.',
    );
    expect(q).toMatchObject({
      difficulty: 'medium',
      scenario: 'key-rotation',
      changed: '2024-04',
      topic: 'rotation',
      multiple: false,
      choose: 1,
    });
    expect(q.tags).toEqual(['rotation', 'customer-managed']);
    expect(q.exams).toEqual(['SAA-C03', 'SCS-C03']);
    expect(q.options.map((o) => o.correct)).toEqual([false, true, false]);
    expect(q.options[0]!.rationale).toBe('This changes the key ID, which the team wants to avoid.');
    expect(q.explanation).toMatch(/^Automatic rotation adds new key material behind the same key ID; older material\nstays available/);
    expect(q.references).toEqual([
      'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
      'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html',
    ]);
  });

  it('reads multiple response with [x] and [X], and per-question exams override the file', () => {
    const q = choiceOnly(bank.questions)[1]!;
    expect(q.multiple).toBe(true);
    expect(q.choose).toBe(2);
    expect(correctTexts(bank, 1)).toEqual([
      'It can be used on keys that also rotate automatically.',
      'It is limited in how many times it can run per key.',
    ]);
    expect(q.exams).toEqual(['SCS-C03']);
    expect(q.tags).toEqual(['kms', 'rotation']);
  });

  it('reads an unindented "> " line right under an option as its rationale, but a later blockquote as the explanation', () => {
    const b = parseBank('## Q?\n\n- [x] a\n> why a\n- [ ] b\n> why not b\n\n> **Explanation:** because.\n');
    expect(choiceOnly(b.questions)[0]!.options).toEqual([
      { text: 'a', correct: true, rationale: 'why a' },
      { text: 'b', correct: false, rationale: 'why not b' },
    ]);
    expect(choiceOnly(b.questions)[0]!.explanation).toBe('because.');
  });

  it('keeps fenced code in the stem', () => {
    expect(choiceOnly(bank.questions)[2]!.stem).toContain('```json\n{\n  "Effect": "Allow",');
  });

  it('keeps a sub-heading inside a question as part of its stem', () => {
    const src =
      '## First question?\n\n- [x] a\n- [ ] b\n\n## Second question?\n\n### Scenario\n\nA company has two accounts.\n\n- [ ] c\n- [x] d\n\n## Third question?\n\n- [x] e\n- [ ] f\n';
    const b = parseBank(src);
    expect(b.problems).toEqual([]);
    expect(b.questions.map((q) => q.stem)).toEqual([
      'First question?',
      'Second question?\n\n### Scenario\n\nA company has two accounts.',
      'Third question?',
    ]);
    expect(choiceOnly(b.questions)[1]!.options.map((o) => o.text)).toEqual(['c', 'd']);
  });

  it('ignores headings and task lists inside code fences', () => {
    const src = '## Real question?\n\n```md\n## Not a question\n- [x] not an option\n```\n\n- [ ] a\n- [x] b\n';
    const b = parseBank(src);
    expect(b.questions).toHaveLength(1);
    expect(choiceOnly(b.questions)[0]!.options.map((o) => o.text)).toEqual(['a', 'b']);
    expect(choiceOnly(b.questions)[0]!.stem).toContain('## Not a question');
  });
});

describe('parseBank: community task-list format', () => {
  const source = readFixture('task-list-community.md');
  const bank = parseBank(source);

  it('finds only the questions among marketing sections, a table of contents and back-to-top links', () => {
    expect(bank.format).toBe('task-list');
    expect(bank.title).toBe('Practice questions for a made-up cloud exam 🚀');
    expect(bank.questions).toHaveLength(4);
    expect(errors(bank)).toEqual([]);
    expect(choiceOnly(bank.questions)[0]!.stem).toBe('Which service creates and controls encryption keys in this exam? 🔑');
    for (const q of bank.questions) {
      expect(JSON.stringify(q)).not.toMatch(/Back to Top|marketing|Star the repository/);
    }
  });

  it('keeps images before options in the stem and joins lazy continuation lines', () => {
    const q = choiceOnly(bank.questions)[1]!;
    expect(q.stem).toContain('![Question 2](images/question2.png)');
    expect(q.multiple).toBe(true);
    expect(correctTexts(bank, 1)).toEqual([
      'Generate a data key and encrypt\nthe payload locally with it.',
      'Use an envelope encryption library.',
    ]);
  });

  it('attaches images inside options to their option, whether after a blank line, directly below or indented', () => {
    const q = choiceOnly(bank.questions)[2]!;
    expect(q.options.map((o) => o.text)).toEqual([
      'Option A.\n![Option A](images/q3-a.png)',
      'Option B.\n![Option B](images/q3-b.png)',
      'Option C.\n![Option C](images/q3-c.png)',
    ]);
    expect(q.options[1]!.correct).toBe(true);
  });

  it('reads a blockquote explanation and drops the back-to-top link', () => {
    expect(choiceOnly(bank.questions)[3]!.explanation).toBe(
      'A disabled key cannot be used in cryptographic operations until it is enabled again.',
    );
  });

  it('reads CRLF files exactly like LF files', () => {
    const crlf = parseBank(source.replace(/\n/g, '\r\n'));
    expect(crlf.questions).toEqual(bank.questions);
    expect(JSON.stringify(crlf)).not.toContain('\\r');
  });

  it('reads the LinkedIn-style "#### Q1." headings with [Reference](url) lines', () => {
    const src = [
      '#### Q1. Which call creates a data key?',
      '',
      '- [ ] `Encrypt`',
      '- [x] `GenerateDataKey`',
      '',
      '[Reference](https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html)',
      '',
      '#### Q2. Which call signs a message?',
      '',
      '- [x] `Sign`',
      '- [ ] `Decrypt`',
    ].join('\n');
    const b = parseBank(src);
    expect(b.format).toBe('task-list');
    expect(b.questions.map((q) => q.stem)).toEqual(['Which call creates a data key?', 'Which call signs a message?']);
    expect(choiceOnly(b.questions)[0]!.references).toEqual([
      'https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html',
    ]);
    expect(choiceOnly(b.questions)[0]!.explanation).toBeUndefined();
  });

  it('reads "Question:" lines with options right below and an Explanation: line', () => {
    const src =
      'Question: Which key type do you control fully?\n- [ ] AWS owned\n- [X] Customer managed\nExplanation: You manage its policy and rotation.\n';
    const b = parseBank(src);
    expect(b.questions).toHaveLength(1);
    expect(choiceOnly(b.questions)[0]!.stem).toBe('Which key type do you control fully?');
    expect(correctTexts(b, 0)).toEqual(['Customer managed']);
    expect(choiceOnly(b.questions)[0]!.explanation).toBe('You manage its policy and rotation.');
  });

  it('reads a one-question file whose stem is a paragraph with no heading, and a **Solution:** after a rule', () => {
    const src =
      '---\ntags: [kms]\ndifficulty: 2\n---\n\nWhich key type can you rotate on demand?\n\n- [ ] AWS owned keys\n- [x] Symmetric customer managed keys\n\n---\n\n**Solution:** On-demand rotation is for customer managed keys.\n';
    const b = parseBank(src);
    expect(errors(b)).toEqual([]);
    expect(b.questions).toHaveLength(1);
    expect(choiceOnly(b.questions)[0]).toMatchObject({
      stem: 'Which key type can you rotate on demand?',
      line: 6,
      tags: ['kms'],
      explanation: 'On-demand rotation is for customer managed keys.',
    });
  });

  it('reads the common "choose N" hint styles and checks them against the key', () => {
    const q = (hint: string, marks: string) =>
      `### Pick the right ones ${hint}\n\n${marks
        .split('')
        .map((m, i) => `- [${m === 'x' ? 'x' : ' '}] option ${i}`)
        .join('\n')}\n`;
    for (const hint of ['(Choose TWO)', '(Select TWO)', '(Choose 2 answers)', '(Choose two.)', '(Select 2)']) {
      const ok = parseBank(q(hint, 'x.x..'));
      expect(ok.problems, hint).toEqual([]);
      expect(choiceOnly(ok.questions)[0]!.multiple).toBe(true);
      const bad = parseBank(q(hint, 'x....'));
      expect(bad.problems[0]?.message, hint).toMatch(/asks to choose two but 1 option is marked correct/);
    }
  });

  it('reads an explanation folded into <details> after the options', () => {
    const src =
      '### Which key type rotates yearly?\n\n- [x] AWS managed keys\n- [ ] AWS owned keys\n\n<details><summary>Answer</summary>\n\n**Explanation:** AWS managed keys rotate every year.\n\n</details>\n';
    const b = parseBank(src);
    expect(choiceOnly(b.questions)[0]!.explanation).toBe('AWS managed keys rotate every year.');
    expect(choiceOnly(b.questions)[0]!.options.map((o) => o.text)).toEqual(['AWS managed keys', 'AWS owned keys']);
  });

  it('turns <br/> in stems into Markdown line breaks', () => {
    const b = parseBank('### First line<br/>second line?\n\n- [x] a\n- [ ] b\n');
    expect(choiceOnly(b.questions)[0]!.stem).toBe('First line  \nsecond line?');
  });
});

describe('parseBank: numbered-list format', () => {
  const bank = parseBank(readFixture('numbered-details.md'));

  it('detects the format, ignores layout: exam and takes the title from the heading', () => {
    expect(bank.format).toBe('numbered');
    expect(bank.title).toBe('Practice Exam 99');
    expect(bank.questions).toHaveLength(6);
    expect(errors(bank)).toEqual([]);
  });

  it('reads answer keys written B, "A, C", AC, "A,C", the typo Ac and ABD', () => {
    expect(
      choiceOnly(bank.questions).map((q) => q.options.flatMap((o, i) => (o.correct ? [String.fromCharCode(65 + i)] : [])).join('')),
    ).toEqual(['B', 'AC', 'AC', 'AC', 'AC', 'ABD']);
    const typo = bank.problems.find((p) => p.line === 71);
    expect(typo?.severity).toBe('warning');
    expect(typo?.message).toContain('read as A, C');
  });

  it('turns <br/> into a line break and a link-only explanation into a reference', () => {
    const q = choiceOnly(bank.questions)[0]!;
    expect(q.stem).toBe('Which service manages encryption keys for other services?  \nPick the best answer.');
    expect(q.explanation).toBeUndefined();
    expect(q.references).toEqual(['https://docs.aws.amazon.com/kms/latest/developerguide/overview.html']);
  });

  it('keeps paragraphs and fenced code (with blank lines) in a numbered stem', () => {
    const src =
      '1. Read the policy.\n\n   It applies to one key.\n\n   ```json\n   {\n\n   "Effect": "Deny"\n   }\n   ```\n    - A. Deny\n    - B. Allow\n    <details>\n    Correct answer: A\n    </details>\n';
    const b = parseBank(src);
    expect(errors(b)).toEqual([]);
    expect(choiceOnly(b.questions)[0]!.stem).toBe('Read the policy.\n\nIt applies to one key.\n\n```json\n{\n\n"Effect": "Deny"\n}\n```');
  });

  it('reads a multi-line explanation and a Reference: line', () => {
    const q = choiceOnly(bank.questions)[1]!;
    expect(q.explanation).toBe('Caching data keys and bucket keys both cut calls.\nFewer calls also cost less.');
    expect(q.references).toEqual(['https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html']);
    expect(q.choose).toBe(2);
  });

  it('reports a missing answer and an answer letter with no option, and still loads the rest', () => {
    const src = [
      '1. First?',
      '    - A. yes',
      '    - B. no',
      '',
      '2. Second has no answer?',
      '    - A. yes',
      '    - B. no',
      '',
      '3. Third names a missing option?',
      '    - A. yes',
      '    - B. no',
      '    <details><summary>Answer</summary>',
      '    Correct answer: D',
      '    </details>',
      '',
      '4. Fourth?',
      '    - A. yes',
      '    - B. no',
      '    <details><summary>Answer</summary>',
      '    Correct answer: A',
      '    </details>',
    ].join('\n');
    const b = parseBank(src);
    expect(b.format).toBe('numbered');
    expect(b.questions.map((q) => q.stem)).toEqual(['Fourth?']);
    const errs = errors(b);
    expect(errs.map((e) => e.line)).toEqual([1, 5, 13]);
    expect(errs[0]!.message).toMatch(/No answer found/);
    expect(errs[2]!.message).toMatch(/names D, but the question has only options A to B/);
  });
});

describe('numbered list without <details>', () => {
  it('reads a plain "Correct answer:" line with the explanation and reference after it', () => {
    const src = [
      '1. Which key type is free of monthly charges?',
      '    - A. Customer managed keys',
      '    - B. AWS owned keys',
      '',
      '    Correct answer: B',
      '    Explanation: AWS owned keys are used by services and cost nothing.',
      '    Reference: https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html',
      '',
      '2. Which API creates a data key?',
      '    - A. GenerateDataKey',
      '    - B. CreateKey',
      '',
      'Correct Answer: A',
    ].join('\n');
    const b = parseBank(src);
    expect(b.format).toBe('numbered');
    expect(errors(b)).toEqual([]);
    expect(choiceOnly(b.questions).map((q) => q.options.map((o) => o.correct))).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(choiceOnly(b.questions)[0]!.options[1]!.text).toBe('AWS owned keys');
    expect(choiceOnly(b.questions)[0]!.explanation).toBe('AWS owned keys are used by services and cost nothing.');
    expect(choiceOnly(b.questions)[0]!.references).toEqual(['https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html']);
  });
});

describe('parseAnswerLetters', () => {
  it.each([
    ['B', [1], false],
    ['B, E', [1, 4], false],
    ['BE', [1, 4], false],
    ['B,E', [1, 4], false],
    ['A, B, C', [0, 1, 2], false],
    ['ABC', [0, 1, 2], false],
    ['Ac', [0, 2], true],
    ['B and E', [1, 4], false],
    ['**D**', [3], false],
  ])('reads %s', (value, indexes, irregular) => {
    expect(parseAnswerLetters(value)).toEqual({ indexes, irregular });
  });

  it('returns undefined when there are no letters', () => {
    expect(parseAnswerLetters('42')).toBeUndefined();
    expect(parseAnswerLetters('')).toBeUndefined();
  });
});

describe('parseBank: problems', () => {
  const bank = parseBank(readFixture('broken-mixed.md'));

  it('loads the good questions and reports each broken one by line with what is wrong', () => {
    expect(bank.questions.map((q) => q.id)).toEqual(['fx-good-1', 'fx-good-2', expect.stringMatching(/^q-/)]);
    const errs = errors(bank);
    expect(errs.map((e) => e.line)).toEqual([12, 17, 22, 32]);
    expect(errs[0]!.message).toMatch(/no answer options/);
    expect(errs[1]!.message).toMatch(/No option is marked correct/);
    expect(errs[2]!.message).toMatch(/only one option/);
    expect(errs[3]!.message).toMatch(/id "fx-good-1" is already used by the question on line 6/);
  });

  it('warns about bad metadata and a Choose hint that does not match the key', () => {
    const warnings = bank.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((w) => w.line)).toEqual([27, 27, 38]);
    expect(warnings[0]!.message).toMatch(/Difficulty "impossible"/);
    expect(warnings[1]!.message).toMatch(/Unknown metadata key "colour"/);
    expect(warnings[2]!.message).toMatch(/asks to choose two but 1 option is marked correct/);
  });

  it('warns about option lines with a broken checkbox', () => {
    const b = parseBank('## Q?\n\n- [x] a\n-[ ] b\n- [ x] c\n- [v] d\n[x] e\n- [ ] f\n- [link](https://example.invalid) is text\n');
    expect(choiceOnly(b.questions)[0]!.options.map((o) => o.text[0])).toEqual(['a', 'f']);
    expect(b.problems.map((p) => p.line)).toEqual([4, 5, 6, 7]);
    expect(b.problems[0]!.message).toMatch(/looks like an option but is not written as "- \[ \] text"/);
  });

  it('reports broken YAML front matter but still loads the questions', () => {
    const b = parseBank('---\ntitle: [unclosed\n---\n\n## Q?\n\n- [x] a\n- [ ] b\n');
    expect(b.questions).toHaveLength(1);
    expect(errors(b)[0]).toMatchObject({ line: 1, message: expect.stringMatching(/front matter could not be read/) });
  });

  it('says so when a file holds no questions', () => {
    for (const src of ['', 'Just a README with no questions.', '# Title\n\nSome text.']) {
      const b = parseBank(src);
      expect(b.questions).toEqual([]);
      expect(errors(b)[0]!.message).toMatch(/No questions were found/);
    }
  });

  it('skips an exact duplicate question', () => {
    const q = '## Same?\n\n- [x] a\n- [ ] b\n\n';
    const b = parseBank(q + q);
    expect(b.questions).toHaveLength(1);
    expect(errors(b)[0]).toMatchObject({ line: 6, message: expect.stringMatching(/repeats the question on line 1/) });
  });
});

describe('question ids', () => {
  const a = '## Which key type rotates yearly by default?\n\n- [ ] AWS owned\n- [x] AWS managed\n- [ ] None\n';
  const b = '## Which service logs KMS calls?\n\n- [x] CloudTrail\n- [ ] Route 53\n';

  it('are derived from content, not position: reordering and adding questions keeps them', () => {
    const first = parseBank(a + '\n' + b).questions;
    const reordered = parseBank('## New question?\n\n- [x] y\n- [ ] n\n\n' + b + '\n' + a).questions;
    expect(reordered.find((q) => q.stem.startsWith('Which key type'))!.id).toBe(first[0]!.id);
    expect(reordered.find((q) => q.stem.startsWith('Which service'))!.id).toBe(first[1]!.id);
    expect(first[0]!.id).not.toBe(first[1]!.id);
  });

  it('ignore case, spacing, option order and the answer key, but change with the wording', () => {
    const id = parseBank(a).questions[0]!.id;
    const cosmetic = '## which KEY type   rotates yearly by default?\r\n\r\n- [ ] None\r\n- [x] AWS owned\r\n- [ ] AWS   managed\r\n';
    expect(parseBank(cosmetic).questions[0]!.id).toBe(id);
    expect(parseBank(a.replace('yearly', 'monthly')).questions[0]!.id).not.toBe(id);
    expect(parseBank(a.replace('None', 'All of them')).questions[0]!.id).not.toBe(id);
  });

  it('are the same across formats for the same question text', () => {
    const numbered =
      '1. Which service logs KMS calls?\n    - A. CloudTrail\n    - B. Route 53\n    <details>\n    Correct answer: A\n    </details>\n';
    expect(parseBank(numbered).questions[0]!.id).toBe(parseBank(b).questions[0]!.id);
  });
});

describe('duplicate options', () => {
  it('warns about an option repeated word for word, but not about code options that differ only in letter case', () => {
    const b = parseBank(
      '## Which context matches?\n\n- [x] `"Project": "Atlas"`\n- [ ] `"project": "atlas"`\n- [ ] `"Project": "Atlas"`\n',
    );
    expect(b.questions).toHaveLength(1);
    expect(b.problems).toEqual([{ line: 5, severity: 'warning', message: 'Option 3 repeats option 1 word for word.' }]);
  });

  it('warns about prose options that differ only in letter case', () => {
    const b = parseBank('## Which period?\n\n- [x] A 120-day period.\n- [ ] A 120-DAY period.\n');
    expect(b.problems).toEqual([{ line: 4, severity: 'warning', message: 'Option 2 repeats option 1, differing only in letter case.' }]);
  });
});

describe('front matter safety', () => {
  it('refuses alias-expansion front matter instead of blowing up memory', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'.split('').map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill('*' + 'abcdefghij'[i])
            .join(',')}]`,
      ),
      'title: boom',
      '---',
      '',
      '## Q?',
      '',
      '- [x] a',
      '- [ ] b',
    ].join('\n');
    const b = parseBank(bomb);
    expect(b.questions).toHaveLength(1);
    expect(b.title).toBeUndefined();
    expect(b.problems[0]).toMatchObject({ line: 1, severity: 'error', message: expect.stringMatching(/front matter could not be read/) });
  });
});

describe('numbered list with the first option on the stem line', () => {
  // A real community bank writes question 47 as "47. stem?   - A. option" with B to D on the next lines.
  const bank = parseBank(readFixture('numbered-stem-line.md'));

  it('loads every option, and maps the letter answer by letter', () => {
    expect(bank.format).toBe('numbered');
    expect(bank.problems).toEqual([]);
    const q = choiceOnly(bank.questions)[1]!;
    expect(q.stem).toBe('What is a responsibility of the customer under the AWS shared responsibility model?');
    expect(q.options.map((o) => o.text)).toEqual([
      'Managing physical hardware',
      'Patching the hypervisor',
      'Securing data centre facilities',
      'Configuring security group rules',
    ]);
    expect(q.options.map((o) => o.correct)).toEqual([false, false, false, true]);
    expect(q.line).toBe(15);
  });

  it('leaves a stem that only mentions "- A." with a single space alone, and the questions around it unchanged', () => {
    const [before, , after] = choiceOnly(bank.questions);
    expect(before!.options.map((o) => o.correct)).toEqual([false, true, false, false]);
    expect(after!.stem).toBe('Which statement uses a dash - A. in its text without being an option?');
    expect(after!.options.map((o) => o.text)).toEqual(['The first option', 'The second option']);
  });
});
