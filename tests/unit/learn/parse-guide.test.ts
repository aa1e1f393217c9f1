import { describe, expect, it } from 'vitest';
import { parseGuide } from '@/learn/parse-guide';
import { formatChangeDate, slugify } from '@/learn';

const GOOD = `---
topic: rotation
title: Key rotation
summary: What rotation changes and the rules that changed over time.
exams: [SAA-C03]
scenarios:
  - { id: key-rotation, step: 3, stepId: year-passes, label: A year passes }
labs: [rotate-a-key]
---

## What rotation changes

- Only the key material ([Rotating keys](https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html)).

> [!changed] 2024-04 The period became configurable
> <!-- questions: rotation-001, rotation-014 -->
> **Older material:** yearly.
> **Now:** 90 to 2,560 days.

\`\`\`
## not a section
\`\`\`

## Exam angle

- Something.
`;

describe('parseGuide', () => {
  it('reads front matter, sections and dated changes', () => {
    const { guide, problems } = parseGuide(GOOD, 'rotation.md');
    expect(problems).toEqual([]);
    expect(guide.scenarios).toEqual([{ id: 'key-rotation', step: 3, stepId: 'year-passes', label: 'A year passes' }]);
    expect(guide.labs).toEqual(['rotate-a-key']);
    expect(guide.sections.map((s) => s.id)).toEqual(['what-rotation-changes', 'exam-angle']);
    expect(guide.changes).toEqual([
      {
        date: '2024-04',
        title: 'The period became configurable',
        markdown: '**Older material:** yearly.\n**Now:** 90 to 2,560 days.',
        questions: ['rotation-001', 'rotation-014'],
        sectionId: 'what-rotation-changes',
      },
    ]);
    const text = guide.sections[0]!.markdown;
    expect(text).toContain('> [!changed] April 2024: The period became configurable');
    expect(text).not.toContain('questions:');
    expect(text).toContain('## not a section');
  });

  it('lists problems instead of throwing', () => {
    const bad = `---\ntopic: grants\n---\nstray text\n## A\n> [!changed] 2024-13 Bad month\n> body\n## A\n`;
    const { problems } = parseGuide(bad, 'rotation.md');
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/must match the file name rotation.md/);
    expect(messages).toMatch(/needs a `title`/);
    expect(messages).toMatch(/one-sentence `summary`/);
    expect(messages).toMatch(/Text before the first/);
    expect(messages).toMatch(/"2024-13" is not a valid/);
    expect(messages).toMatch(/Two sections have the anchor "a"/);
    expect(parseGuide('no front matter', 'x.md').problems[0]!.message).toMatch(/starts with YAML front matter/);
  });

  it('formats dates and slugs', () => {
    expect(formatChangeDate('2022-05')).toBe('May 2022');
    expect(formatChangeDate('2023-10-10')).toBe('10 October 2023');
    expect(slugify('AWS managed and `AWS owned` keys!')).toBe('aws-managed-and-aws-owned-keys');
  });
});
