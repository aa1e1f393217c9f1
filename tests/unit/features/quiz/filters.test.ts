import { describe, expect, it } from 'vitest';
import {
  buildPool,
  filterFromSearch,
  filterPool,
  itemKind,
  scopeGroups,
  scopeValue,
  withScope,
  type BankInfo,
  type LoadedBank,
} from '@/features/quiz/question-pool';
import { makeMatching, makeOrdering, makeQuestion } from '../../quiz/make-question';

const info = (id: string, title: string, origin: BankInfo['origin']): BankInfo => ({
  id,
  title,
  fileName: `${id}.md`,
  origin,
  problems: [],
  questionCount: 0,
});

const banks: LoadedBank[] = [
  {
    info: info('builtin:rotation.md', 'Key rotation', 'built-in'),
    questions: [makeQuestion('rotation-001', [0], { topic: 'rotation' }), makeQuestion('rotation-002', [0, 1], { topic: 'rotation' })],
  },
  { info: info('builtin:aliases.md', 'Aliases', 'built-in'), questions: [makeQuestion('aliases-001', [1], { topic: 'aliases' })] },
  {
    info: info('bank-abc', 'My SCS notes', 'imported'),
    questions: [
      makeQuestion('mine-1', [0], { topic: 'rotation' }),
      { ...makeOrdering('mine-2'), topic: 'iam|scp' },
      { ...makeMatching('mine-3', [0, 1, 2]), topic: 'rotation' },
    ],
  },
  { info: info('bank-def', 'One-topic bank', 'imported'), questions: [makeQuestion('one-1', [0], { topic: 'aliases' })] },
];
const pool = buildPool(banks);

describe('one "bank or topic" menu', () => {
  it('lists each built-in bank once, as its topic, in the order the topics are taught; each imported bank as a group', () => {
    const groups = scopeGroups(pool);
    expect(groups.map((g) => g.label)).toEqual(['Topics', 'Imported: My SCS notes', 'Imported: One-topic bank']);
    expect(groups[0]!.choices.map((c) => c.label)).toEqual(['Key rotation', 'Aliases']);
    // An imported bank with several topics offers itself whole and per topic; free-text topics are kept safe.
    expect(groups[1]!.choices.map((c) => c.label)).toEqual([
      'My SCS notes (every question)',
      'My SCS notes: Key rotation',
      'My SCS notes: iam|scp',
    ]);
    expect(groups[2]!.choices.map((c) => c.label)).toEqual(['One-topic bank (every question)']);
  });

  it('turns a menu value into a bank and topic filter and back, keeping the other fields', () => {
    for (const g of scopeGroups(pool)) for (const c of g.choices) expect(scopeValue(withScope({}, c.value))).toBe(c.value);
    const narrowed = withScope({ exam: 'SCS-C03', type: 'ordering' }, scopeValue({ bank: 'bank-abc', topic: 'iam|scp' }));
    expect(narrowed).toEqual({ exam: 'SCS-C03', type: 'ordering', bank: 'bank-abc', topic: 'iam|scp' });
    expect(filterPool(pool, { ...narrowed, exam: undefined }).map((e) => e.question.id)).toEqual(['mine-2']);
    expect(withScope(narrowed, '')).toEqual({ exam: 'SCS-C03', type: 'ordering' });
    expect(filterPool(pool, withScope({}, 'topic:rotation')).map((e) => e.question.id)).toEqual([
      'rotation-001',
      'rotation-002',
      'mine-1',
      'mine-3',
    ]);
  });
});

describe('question type filter', () => {
  it('tells multiple choice, multiple response, ordering and matching apart', () => {
    expect(pool.map((e) => itemKind(e.question))).toEqual(['single', 'multiple', 'single', 'single', 'ordering', 'matching', 'single']);
    expect(filterPool(pool, { type: 'matching' }).map((e) => e.question.id)).toEqual(['mine-3']);
    expect(filterPool(pool, { type: 'multiple' }).map((e) => e.question.id)).toEqual(['rotation-002']);
  });

  it('reads the type from a link and ignores unknown ones', () => {
    expect(filterFromSearch({ type: 'ordering', topic: 'rotation' })).toEqual({ type: 'ordering', topic: 'rotation' });
    expect(filterFromSearch({ type: 'essay' })).toEqual({});
  });
});
