import { describe, expect, it } from 'vitest';
import { buildExam, EXAM_RULES, scaledEstimate, scoreExam } from '@/quiz/exam';
import { makeQuestion } from './make-question';

const topics = ['rotation', 'grants', 'policies'];
const pool = Array.from({ length: 90 }, (_, i) =>
  makeQuestion(`q${i}`, [i % 4], { topic: topics[i % 3]!, exams: i % 2 ? ['SAA-C03'] : ['SCS-C03'], tags: i < 10 ? ['hot'] : [] }),
);

describe('buildExam', () => {
  it('returns the requested number of distinct questions, the same for the same seed', () => {
    const a = buildExam(pool, { count: 65, seed: 7 });
    expect(a).toHaveLength(65);
    expect(new Set(a.map((q) => q.id)).size).toBe(65);
    expect(buildExam(pool, { count: 65, seed: 7 }).map((q) => q.id)).toEqual(a.map((q) => q.id));
    expect(buildExam(pool, { count: 65, seed: 8 }).map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it('spreads a short exam across topics in proportion to the pool', () => {
    const exam = buildExam(pool, { count: 9, seed: 'x' });
    const counts = topics.map((t) => exam.filter((q) => q.topic === t).length);
    expect(counts).toEqual([3, 3, 3]);
  });

  it('filters by exam, topic, tag or predicate and caps at what matches', () => {
    expect(buildExam(pool, { count: 100, seed: 1, filter: { exam: 'SAA-C03' } }).every((q) => q.exams!.includes('SAA-C03'))).toBe(true);
    expect(buildExam(pool, { count: 100, seed: 1, filter: { exam: 'SAA-C03' } })).toHaveLength(45);
    expect(
      buildExam(pool, { count: 100, seed: 1, filter: { topics: ['grants'], tags: ['hot'] } })
        .map((q) => q.id)
        .sort(),
    ).toEqual(['q1', 'q4', 'q7']);
    expect(buildExam(pool, { count: 5, seed: 1, filter: (q) => q.id === 'q3' }).map((q) => q.id)).toEqual(['q3']);
    expect(buildExam(pool, { count: 0 })).toEqual([]);
    expect(buildExam([], { count: 65 })).toEqual([]);
  });

  it('uses a question that appears twice only once', () => {
    expect(buildExam([pool[0]!, pool[0]!, pool[1]!], { count: 3, seed: 1 })).toHaveLength(2);
  });
});

describe('scoreExam', () => {
  const qs = [
    makeQuestion('a', [0], { topic: 'rotation' }),
    makeQuestion('b', [1, 2], { topic: 'rotation' }),
    makeQuestion('c', [3], { topic: 'grants' }),
    makeQuestion('d', [0]),
  ];

  it('scores all-or-nothing, counts unanswered as wrong and breaks down by topic', () => {
    const s = scoreExam(qs, { a: [0], b: [1], c: [3] });
    expect(s).toMatchObject({ correct: 2, total: 4, answered: 3, percent: 50 });
    expect(s.byTopic).toEqual({ rotation: { correct: 1, total: 2 }, grants: { correct: 1, total: 1 }, other: { correct: 0, total: 1 } });
  });

  it('estimates the scaled score linearly from 100 to 1000', () => {
    expect(scaledEstimate(0, 65)).toBe(100);
    expect(scaledEstimate(65, 65)).toBe(1000);
    expect(scaledEstimate(40, 65)).toBe(654);
    expect(scaledEstimate(0, 0)).toBe(100);
  });

  it('applies each exam pass mark: 720 SAA/DVA, 750 SCS, 700 CLF', () => {
    expect([
      EXAM_RULES['SAA-C03']!.passMark,
      EXAM_RULES['DVA-C02']!.passMark,
      EXAM_RULES['SCS-C03']!.passMark,
      EXAM_RULES['CLF-C02']!.passMark,
    ]).toEqual([720, 720, 750, 700]);
    // 45/65 → 723: passes SAA-C03 (720) and CLF-C02 (700) but not SCS-C03 (750).
    const many = Array.from({ length: 65 }, (_, i) => makeQuestion(`x${i}`, [0]));
    const answers = Object.fromEntries(many.map((q, i) => [q.id, [i < 45 ? 0 : 1]]));
    expect(scoreExam(many, answers, { exam: 'SAA-C03' })).toMatchObject({ scaledEstimate: 723, passMark: 720, passed: true });
    expect(scoreExam(many, answers, { exam: 'CLF-C02' }).passed).toBe(true);
    expect(scoreExam(many, answers, { exam: 'SCS-C03' })).toMatchObject({ passMark: 750, passed: false });
    expect(scoreExam(many, answers).passMark).toBe(720);
  });

  it('does not pass an empty exam', () => {
    expect(scoreExam([], {})).toMatchObject({ total: 0, percent: 0, passed: false });
  });
});
