import { describe, expect, it } from 'vitest';
import { bankStats, byExam, byTopic, similarPairs } from '@/quiz';
import { makeMatching, makeOrdering, makeQuestion } from './make-question';

describe('bank statistics with ordering and matching items', () => {
  const choice = [0, 1, 2, 3].map((k) => makeQuestion(`c-${k}`, [k], { topic: 'rotation', exams: ['SCS-C03'], stem: 'word '.repeat(60) }));
  const ordering = { ...makeOrdering('o-1'), topic: 'rotation', exams: ['SCS-C03'] };
  const matching = { ...makeMatching('m-1', [0, 1, 2]), topic: 'key-states', exams: ['SCS-C03', 'DVA-C02'] };
  const all = [...choice, ordering, matching];

  it('counts every item type, zeros included', () => {
    const s = bankStats(all);
    expect(s.items).toBe(6);
    expect(s.types).toEqual({ choice: 4, ordering: 1, matching: 1 });
    expect(s.otherTypes).toEqual({ ordering: 1, matching: 1 });
    expect(bankStats(choice).types).toEqual({ choice: 4, ordering: 0, matching: 0 });
  });

  it('keeps the option strategies and stem goals on choice items', () => {
    const withTyped = bankStats(all);
    const choiceOnly = bankStats(choice);
    expect(withTyped.single).toBe(4);
    expect(withTyped.strategies).toEqual(choiceOnly.strategies);
    // The short stems of the typed items ("Order o-1") do not pull the median down.
    expect(withTyped.stemWords).toEqual(choiceOnly.stemWords);
  });

  it('counts them per topic and per exam', () => {
    expect([...byTopic(all)].map(([t, qs]) => [t, bankStats(qs).types])).toEqual([
      ['rotation', { choice: 4, ordering: 1, matching: 0 }],
      ['key-states', { choice: 0, ordering: 0, matching: 1 }],
    ]);
    expect(bankStats(byExam(all).get('DVA-C02')!).types).toEqual({ choice: 0, ordering: 0, matching: 1 });
  });

  it('finds near-duplicate ordering and matching items by their stem and right answer', () => {
    const copy = { ...makeOrdering('o-2'), stem: ordering.stem, topic: 'rotation' };
    const other = { ...makeMatching('m-2', [1, 0, 2]), stem: 'A completely different matching item about aliases' };
    const pairs = similarPairs([ordering, copy, matching, other]);
    expect(pairs[0]).toMatchObject({ a: 'o-1', b: 'o-2', score: 1 });
    expect(pairs.filter((p) => p.score === 1)).toHaveLength(1);
  });
});
